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
  published = true;
  maybeEnd();
});
let published = false;
client.on('message', (topic, payload, packet) => {
  got.push(`${topic} ${payload.toString()} qos=${packet.qos} ${Buffer.isBuffer(payload)}`);
  maybeEnd();
});
// Ends once every publish is acknowledged and all three came back, a moment later: MQTT.js emits a
// QoS 2 message on PUBREL and sends its PUBCOMP after the handler, so ending inside the handler
// would race the broker (under Node too).
function maybeEnd() {
  if (!published || got.length < 3) return;
  console.log(got.sort().join('\n'));
  setTimeout(() => client.end(() => console.log('ended')), 100);
}
