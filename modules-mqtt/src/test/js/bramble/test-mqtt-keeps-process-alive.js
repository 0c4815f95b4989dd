// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// A connected client keeps the process alive, like a socket, until end(); no timer is involved here.
const { mustCall, assert, url, topic } = require('../common');
const mqtt = require('mqtt');

const t = topic('alive');
const client = mqtt.connect(url);
let ended = false;
client.subscribe(t, { qos: 1 }, mustCall(() => client.publish(t, 'ping', { qos: 1 })));
client.on('message', mustCall(() => client.end(mustCall(() => { ended = true; }))));
process.on('exit', () => assert.ok(ended, 'the process stayed until end() finished'));
