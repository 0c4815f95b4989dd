// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// publish/subscribe round trips at QoS 0, 1 and 2: payload is a Buffer, packet carries qos/retain/dup.
const { mustCall, assert, url, topic, watchdog } = require('../common');
const { Buffer } = require('buffer');
const mqtt = require('mqtt');
watchdog();

const base = topic('rt');
const client = mqtt.connect(url, { clientId: 'js-roundtrip' });
const seen = [];
client.on('connect', mustCall((connack) => {
  assert.strictEqual(connack.cmd, 'connack');
  assert.strictEqual(client.connected, true);
  client.subscribe(`${base}/#`, { qos: 2 }, mustCall((err, granted) => {
    assert.strictEqual(err, null);
    assert.deepStrictEqual(granted, [{ topic: `${base}/#`, qos: 2 }]);
    for (const qos of [0, 1, 2]) {
      client.publish(`${base}/q${qos}`, qos === 1 ? Buffer.from([0, 255, 7]) : `at qos ${qos}`, { qos }, mustCall((e) => {
        assert.strictEqual(e, undefined);
      }));
    }
  }));
}));
client.on('message', mustCall((t, payload, packet) => {
  assert.ok(Buffer.isBuffer(payload), 'payload is a Buffer');
  assert.strictEqual(packet.topic, t);
  assert.strictEqual(packet.retain, false);
  seen.push([t.slice(base.length + 1), packet.qos, packet.qos === 1 ? [...payload] : payload.toString()]);
  if (packet.qos > 0) assert.ok(packet.messageId > 0, 'QoS 1/2 packets have a message id');
  if (seen.length === 3) client.end();
}, 3));
client.on('end', mustCall(() => {
  seen.sort((a, b) => a[1] - b[1]);
  assert.deepStrictEqual(seen, [['q0', 0, 'at qos 0'], ['q1', 1, [0, 255, 7]], ['q2', 2, 'at qos 2']]);
  assert.strictEqual(client.connected, false);
}));
