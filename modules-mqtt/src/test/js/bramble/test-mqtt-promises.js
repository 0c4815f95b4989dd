// Flags: --allow-net=127.0.0.1 --allow-env=MQTT_URL
// MQTT.js 5's promise API: connectAsync, subscribeAsync, publishAsync, unsubscribeAsync, endAsync.
const { mustCall, assert, url, topic, watchdog } = require('../common');
const mqtt = require('bramble:mqtt');
watchdog();

(async () => {
  const t = topic('async');
  const client = await mqtt.connectAsync(url, { clientId: 'js-async' });
  assert.strictEqual(client.connected, true);
  const granted = await client.subscribeAsync(t, { qos: 1 });
  assert.deepStrictEqual(granted, [{ topic: t, qos: 1 }]);
  const message = new Promise((resolve) => client.once('message', (topicName, payload) => resolve(payload.toString())));
  await client.publishAsync(t, 'awaited', { qos: 1 });
  assert.strictEqual(await message, 'awaited');
  await client.unsubscribeAsync(t);
  await client.endAsync();
  assert.strictEqual(client.disconnected, true);
})().then(mustCall());
