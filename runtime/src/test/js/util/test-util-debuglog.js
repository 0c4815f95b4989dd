'use strict';
const util = require('util');

const debug = util.debuglog('bramble_test_section');
console.log(typeof debug, debug.enabled);
debug('this goes nowhere: %d', 1);
let inner;
const withCb = util.debuglog('other_section', (fn) => { inner = fn; });
withCb('first call');
console.log(typeof inner, util.debug === util.debuglog);
