// MQTT publish rate to a local broker: N messages at QoS $MQTT_QOS with at most 100 in flight;
// done when every publish callback has run (for QoS 1, every PUBACK is back). The same file runs
// under node with MQTT.js and under bramble with its built-in mqtt module.
const mqtt = require('mqtt');

const N = Number(process.env.MQTT_N || 20000);
const qos = Number(process.env.MQTT_QOS || 0);
const WINDOW = 100;
const client = mqtt.connect(process.env.MQTT_URL, { clean: true, clientId: `bench-${process.pid}` });
const payload = Buffer.alloc(64, 'x');

client.on('error', (e) => {
  console.error(e);
  process.exit(1);
});
client.on('connect', () => {
  let sent = 0;
  let done = 0;
  const start = process.hrtime.bigint();
  const pump = () => {
    while (sent < N && sent - done < WINDOW) {
      sent++;
      client.publish('bench/rate', payload, { qos }, onSent);
    }
  };
  function onSent(err) {
    if (err) throw err;
    if (++done === N) {
      const s = Number(process.hrtime.bigint() - start) / 1e9;
      console.log(JSON.stringify({ qos, messages: N, perSecond: Math.round(N / s) }));
      client.end();
    } else {
      pump();
    }
  }
  pump();
});
