// Flags: --allow-net=example.org --allow-env=MQTT_URL
// connect() needs --allow-net for the broker's host:port; the error names both.
const { assert, url } = require('../common');
const mqtt = require('mqtt');

assert.throws(() => mqtt.connect(url), (e) => {
  assert.strictEqual(e.code, 'ERR_ACCESS_DENIED');
  assert.match(e.message, /127\.0\.0\.1:\d+/);
  assert.match(e.message, /--allow-net/);
});
