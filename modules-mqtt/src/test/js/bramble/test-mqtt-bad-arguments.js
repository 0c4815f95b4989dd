// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// Bad URLs and options fail at once with Node's error codes; nothing is left running.
const { assert, url } = require('../common');
const mqtt = require('mqtt');

const code = (c) => (e) => assert.strictEqual(e.code, c);
assert.throws(() => mqtt.connect('http://127.0.0.1:1883'), (e) => {
  assert.strictEqual(e.code, 'ERR_INVALID_URL');
  assert.match(e.message, /unsupported protocol 'http:'/);
});
assert.throws(() => mqtt.connect(42), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => mqtt.connect(url, { protocolVersion: 6 }), code('ERR_INVALID_ARG_VALUE'));
assert.throws(() => mqtt.connect(url, { keepalive: -1 }), code('ERR_OUT_OF_RANGE'));
assert.throws(() => mqtt.connect(url, { will: { payload: 'x' } }), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => mqtt.connect(url, { outbox: 'yes' }), code('ERR_INVALID_ARG_TYPE'));

const client = mqtt.connect(url, { outbox: false });
assert.throws(() => client.publish('a/+', 'x'), code('ERR_INVALID_ARG_VALUE'));
assert.throws(() => client.publish('a', 'x', { qos: 3 }), code('ERR_OUT_OF_RANGE'));
assert.throws(() => client.publish('a', 12), code('ERR_INVALID_ARG_TYPE'));
assert.throws(() => client.publish(7, 'x'), code('ERR_INVALID_ARG_TYPE'));
assert.strictEqual(client.outbox.dir, null);
client.end(true);
