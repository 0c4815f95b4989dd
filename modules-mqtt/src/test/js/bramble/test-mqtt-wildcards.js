// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// '+' matches one level, '#' the rest; only matching topics are delivered.
const { mustCall, assert, url, topic, watchdog } = require('../common');
const mqtt = require('mqtt');
watchdog();

const base = topic('wild');
const client = mqtt.connect(url);
const got = [];
client.subscribe({ [`${base}/home/+/temp`]: { qos: 1 }, [`${base}/office/#`]: 1 }, mustCall((err, granted) => {
  assert.strictEqual(err, null);
  assert.strictEqual(granted.length, 2);
  for (const t of ['home/kitchen/temp', 'home/kitchen/humidity', 'home/a/b/temp', 'office', 'office/desk/lamp', 'garden/temp']) {
    client.publish(`${base}/${t}`, t, { qos: 1 });
  }
  client.publish(`${base}/done`, '', { qos: 1 }, mustCall(() => setTimeout(() => client.end(), 300)));
}));
client.on('message', (t, payload) => got.push(payload.toString()));
client.on('end', mustCall(() => {
  assert.deepStrictEqual(got.sort(), ['home/kitchen/temp', 'office', 'office/desk/lamp']);
}));
client.subscribe('a/#/b', mustCall((err) => assert.match(err.message, /Invalid topic a\/#\/b/)));
