// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// The last will is published when a client drops without DISCONNECT (end(true)), not on a clean end().
const { mustCall, mustNotCall, assert, url, topic, watchdog } = require('../common');
const mqtt = require('mqtt');
watchdog();

const t = topic('will');
const watcher = mqtt.connect(url);
watcher.subscribe(t, { qos: 1 }, mustCall(() => {
  const options = { will: { topic: t, payload: 'offline', qos: 1, retain: false } };
  const polite = mqtt.connect(url, options);
  polite.on('connect', mustCall(() => polite.end(false, mustCall(() => {
    watcher.on('message', mustNotCall('the will after a clean end()'));
    setTimeout(mustCall(() => {
      watcher.removeAllListeners('message');
      watcher.on('message', mustCall((topicName, payload) => {
        assert.strictEqual(payload.toString(), 'offline');
        watcher.end();
      }));
      const crashing = mqtt.connect(url, options);
      crashing.on('connect', mustCall(() => crashing.end(true)));
    }), 300);
  }))));
}));
