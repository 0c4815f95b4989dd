// Flags: --allow-net=127.0.0.1 --allow-write --allow-env=MQTT_URL,MQTT_DEAD_URL,BRAMBLE_DATA_DIR
// QoS 1 messages published while no broker is reachable wait in the disk outbox; a later client using
// the same outbox directory (as after a restart of the app) delivers them, in order.
const { mustCall, assert, url, deadUrl, topic, watchdog } = require('../common');
const mqtt = require('mqtt');
watchdog();

const t = topic('handover');
const dir = `${process.env.BRAMBLE_DATA_DIR}/handover-outbox`;
const offline = mqtt.connect(deadUrl, { outbox: { dir }, reconnectPeriod: 100 });
for (let i = 0; i < 5; i++) offline.publish(t, `m${i}`, { qos: 1 });
offline.once('offline', mustCall(() => {
  assert.strictEqual(offline.outbox.size, 5);
  offline.end(true, mustCall(() => {
    const sub = mqtt.connect(url);
    const got = [];
    sub.subscribe(t, { qos: 1 }, mustCall(() => {
      const online = mqtt.connect(url, { outbox: { dir } });
      sub.on('message', (topicName, payload) => {
        got.push(payload.toString());
        if (got.length === 5) {
          assert.deepStrictEqual(got, ['m0', 'm1', 'm2', 'm3', 'm4']);
          online.end(mustCall(() => assert.strictEqual(online.outbox.size, 0)));
          sub.end();
        }
      });
    }));
  }));
}));
