// SPDX-License-Identifier: Apache-2.0
'use strict';
// Helpers for the mqtt JS tests, in the spirit of Node's test/common: mustCall/mustNotCall checked at
// exit, a small assert (kept here so these tests do not depend on the runtime's assert module), the
// broker the suite started (MqttJsTest passes its URLs in the environment), and a watchdog.

const pending = [];

function mustCall(fn = () => {}, times = 1) {
  const entry = { name: fn.name || '<anonymous>', times, calls: 0, stack: new Error().stack };
  pending.push(entry);
  return function (...args) {
    entry.calls++;
    return fn.apply(this, args);
  };
}

function mustNotCall(what = 'function') {
  return () => {
    throw new Error(`${what} must not be called`);
  };
}

process.on('exit', (code) => {
  if (code !== 0) return;
  for (const e of pending) {
    if (e.calls !== e.times) {
      process.stderr.write(`mustCall: expected ${e.times} call(s) of ${e.name}, got ${e.calls}\n${e.stack}\n`);
      process.exitCode = 1;
    }
  }
});

function fail(message) {
  throw new Error(message);
}

const assert = {
  ok(v, message) {
    if (!v) fail(message || `expected a truthy value, got ${v}`);
  },
  strictEqual(a, b, message) {
    if (!Object.is(a, b)) fail(message || `expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`);
  },
  deepStrictEqual(a, b, message) {
    const ja = JSON.stringify(a);
    const jb = JSON.stringify(b);
    if (ja !== jb) fail(message || `expected ${jb}, got ${ja}`);
  },
  match(s, re, message) {
    if (!re.test(s)) fail(message || `${JSON.stringify(s)} does not match ${re}`);
  },
  throws(fn, check) {
    try {
      fn();
    } catch (e) {
      if (check) check(e);
      return;
    }
    fail('expected an exception');
  },
};

const env = (name) => {
  const v = process.env[name];
  if (v == null) fail(`${name} is not set: run this test through MqttJsTest, which starts the broker`);
  return v;
};

// A hung test fails with a message instead of waiting for the harness to kill it.
function watchdog(ms = 30000) {
  setTimeout(() => {
    process.stderr.write(`test timed out after ${ms} ms\n`);
    process.exit(1);
  }, ms).unref();
}

module.exports = {
  mustCall, mustNotCall, assert, watchdog,
  get url() { return env('MQTT_URL'); },
  get tlsUrl() { return env('MQTT_TLS_URL'); },
  get authUrl() { return env('MQTT_AUTH_URL'); },
  get caPem() { return env('MQTT_CA_PEM'); },
  get deadUrl() { return env('MQTT_DEAD_URL'); },
  topic(name) { return `${name}/${Date.now()}/${Math.random().toString(16).slice(2, 8)}`; },
};
