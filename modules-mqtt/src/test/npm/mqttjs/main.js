// MQTT.js from node_modules (not Bramble's built-in): subscribe, publish at QoS 0, 1 and 2, receive
// them all back, then end. Prints what arrived, in a stable order.
const mqtt = require('mqtt');
const assert = require('assert');

assert.ok(require.resolve('mqtt').includes('node_modules'), 'mqtt must come from node_modules');
const client = mqtt.connect(process.env.MQTT_URL, { clientId: `mqttjs-${process.pid}`, clean: true });
const got = [];
client.on('error', (e) => {
  console.error('error', e);
  process.exit(1);
});
client.on('connect', async () => {
  console.log('connected', client.connected);
  await client.subscribeAsync('bramble/mqttjs/#', { qos: 2 });
  for (const qos of [0, 1, 2]) await client.publishAsync(`bramble/mqttjs/q${qos}`, `hello ${qos}`, { qos });
});
client.on('message', (topic, payload, packet) => {
  got.push(`${topic} ${payload.toString()} qos=${packet.qos} ${Buffer.isBuffer(payload)}`);
  if (got.length === 3) {
    console.log(got.sort().join('\n'));
    client.end(() => console.log('ended'));
  }
});
