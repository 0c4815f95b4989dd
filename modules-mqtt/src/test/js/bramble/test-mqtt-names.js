// The built-in answers to 'mqtt' (when node_modules has no mqtt package) and 'bramble:mqtt'.
const { assert } = require('../common');
const a = require('mqtt');
const b = require('bramble:mqtt');
assert.strictEqual(a, b);
assert.strictEqual(typeof a.connect, 'function');
assert.strictEqual(typeof a.connectAsync, 'function');
assert.strictEqual(a.Client, a.MqttClient);
assert.strictEqual(a.default.connect, a.connect);
