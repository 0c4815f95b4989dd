// Flags: --allow-net=localhost --allow-env=MQTT_TLS_URL,MQTT_CA_PEM
// mqtts:// with the broker's CA given as PEM text; without it the certificate is refused with an 'error'.
const { mustCall, assert, tlsUrl, caPem, topic, watchdog } = require('../common');
const mqtt = require('mqtt');
watchdog();

const t = topic('tls');
const client = mqtt.connect(tlsUrl, { ca: caPem });
client.subscribe(t, { qos: 1 });
client.on('connect', mustCall(() => client.publish(t, 'over tls', { qos: 1 })));
client.on('message', mustCall((topicName, payload) => {
  assert.strictEqual(payload.toString(), 'over tls');
  client.end();
  const untrusting = mqtt.connect(tlsUrl, { reconnectPeriod: 0 });
  untrusting.on('error', mustCall((err) => {
    assert.strictEqual(err.code, 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY');
    untrusting.end();
  }));
}));
