// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// A retained message reaches a subscriber that arrives later, flagged retain; an empty one clears it.
const { mustCall, assert, url, topic, watchdog } = require('../common');
const mqtt = require('mqtt');
watchdog();

const t = topic('retained');
const pub = mqtt.connect(url);
pub.publish(t, 'on', { qos: 1, retain: true }, mustCall((err) => {
  assert.strictEqual(err, undefined);
  const late = mqtt.connect(url);
  late.subscribe(t, { qos: 1 });
  late.on('message', mustCall((topicName, payload, packet) => {
    assert.strictEqual(payload.toString(), 'on');
    assert.strictEqual(packet.retain, true);
    // Clear it only once `late` is gone, or it would receive the empty message too.
    late.end(mustCall(() => pub.publish(t, '', { qos: 1, retain: true }, mustCall(() => pub.end()))));
  }));
}));
