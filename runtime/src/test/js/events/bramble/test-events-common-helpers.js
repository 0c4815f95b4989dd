'use strict';
// The common.js helpers every Bramble-only test uses: listeners counted with mustCall,
// mustNotCall failing when called, expectsError validating an error.
const common = require('../../common');
const assert = require('assert');
const EventEmitter = require('events');

const e = new EventEmitter();
e.on('tick', common.mustCall((n) => assert.strictEqual(typeof n, 'number'), 4));
e.once('done', common.mustCall());
e.on('never', common.mustNotCall('never is not emitted'));
for (let i = 0; i < 3; i++) e.emit('tick', i);
e.emit('done');
e.emit('done');
assert.throws(() => common.mustNotCall('boom')(), { code: 'ERR_ASSERTION', message: /boom/ });
assert.throws(() => e.emit('error', new TypeError('bad')), common.expectsError({ name: 'TypeError', message: 'bad' }));
const target = new EventTarget();
target.addEventListener('ping', common.mustCall((ev) => assert.strictEqual(ev.type, 'ping')));
target.dispatchEvent(new Event('ping'));
setTimeout(common.mustCall(() => e.emit('tick', 99), 1), 1);
e.on('tick', common.mustCallAtLeast(1));
