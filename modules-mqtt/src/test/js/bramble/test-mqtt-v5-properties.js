// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// MQTT 5: publish properties (user properties, content type, correlation data, ...) arrive intact.
const { mustCall, assert, url, topic, watchdog } = require('../common');
const { Buffer } = require('buffer');
const mqtt = require('mqtt');
watchdog();

const t = topic('v5');
const client = mqtt.connect(url, { protocolVersion: 5, properties: { sessionExpiryInterval: 0 } });
client.on('connect', mustCall((connack) => {
  assert.strictEqual(connack.reasonCode, 0);
  assert.ok(connack.properties && typeof connack.properties === 'object', 'CONNACK properties');
  client.subscribe(t, { qos: 1 }, mustCall(() => {
    client.publish(t, '{"t":21.5}', {
      qos: 1,
      properties: {
        contentType: 'application/json',
        responseTopic: 'reply/here',
        correlationData: Buffer.from([1, 2, 3]),
        payloadFormatIndicator: true,
        messageExpiryInterval: 60,
        userProperties: { site: 'greenhouse', tag: ['a', 'b'] },
      },
    });
  }));
}));
client.on('message', mustCall((topicName, payload, packet) => {
  const p = packet.properties;
  assert.strictEqual(p.contentType, 'application/json');
  assert.strictEqual(p.responseTopic, 'reply/here');
  assert.deepStrictEqual([...p.correlationData], [1, 2, 3]);
  assert.strictEqual(p.payloadFormatIndicator, true);
  assert.ok(p.messageExpiryInterval > 0 && p.messageExpiryInterval <= 60);
  assert.deepStrictEqual(p.userProperties, { site: 'greenhouse', tag: ['a', 'b'] });
  client.end();
}));
