// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_AUTH_URL
// A broker that refuses the client: 'error' with MQTT.js's message and the CONNACK code, then 'close'.
const { mustCall, assert, authUrl, watchdog } = require('../common');
const mqtt = require('mqtt');
watchdog();

const client = mqtt.connect(authUrl, { reconnectPeriod: 0 });
client.on('error', mustCall((err) => {
  assert.strictEqual(err.message, 'Connection refused: Not authorized');
  assert.strictEqual(err.code, 5);
}));
client.on('close', mustCall(() => client.end()));
client.on('connect', () => { throw new Error('must not connect'); });
