'use strict';
const { Console } = require('console');
const EventEmitter = require('events');

const out = [];
const err = [];
const stream = (list) => Object.assign(new EventEmitter(), { write: (s) => list.push(s) });
const c = new Console(stream(out), stream(err));
c.assert(true, 'not printed');
c.assert(false);
c.assert(false, 'with %s', 'format', { extra: 1 });
c.assert(0, { obj: true });
c.assert(null, 'plain message');
console.log(JSON.stringify(out), JSON.stringify(err));
console.assert(1 === 1, 'global console assert passes silently');
