// SPDX-License-Identifier: Apache-2.0
'use strict';
// The `mqtt` built-in (also `bramble:mqtt`): MQTT.js's client API over internalBinding('mqtt'),
// which is Eclipse Paho plus a disk outbox for QoS 1/2 messages. Arguments are checked here,
// with Node's error codes; the binding trusts what it is given.

const EventEmitter = require('events');
const { Buffer } = require('buffer');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE } = require('internal/errors').codes;
const binding = internalBinding('mqtt');

const DEFAULT_PORTS = { mqtt: 1883, tcp: 1883, mqtts: 8883, ssl: 8883, tls: 8883, ws: 80, wss: 443 };

function randomId() {
  return `bramble_${Math.random().toString(16).slice(2, 10).padEnd(8, '0')}`;
}

function toBuffer(value, name) {
  if (typeof value === 'string') return Buffer.from(value);
  if (Buffer.isBuffer(value)) return value;
  if (value instanceof Uint8Array) return Buffer.from(value.buffer, value.byteOffset, value.byteLength);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer'], value);
}

function pemList(value, name) {
  if (value == null) return [];
  const list = Array.isArray(value) ? value : [value];
  return list.map((v, i) => {
    if (typeof v === 'string') return v;
    if (Buffer.isBuffer(v) || v instanceof Uint8Array) return Buffer.from(v).toString('latin1');
    throw new ERR_INVALID_ARG_TYPE(`${name}[${i}]`, ['string', 'Buffer'], v);
  });
}

function checkQos(qos, name) {
  if (qos !== 0 && qos !== 1 && qos !== 2) throw new ERR_OUT_OF_RANGE(name, '0, 1 or 2', qos);
  return qos;
}

function checkNumber(value, name, min, max) {
  if (typeof value !== 'number' || Number.isNaN(value)) throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} and <= ${max}`, value);
  return value;
}

// A topic filter: '+' and '#' fill a whole level, '#' only as the last one.
function validFilter(topic) {
  if (typeof topic !== 'string' || topic.length === 0) return false;
  const levels = topic.split('/');
  return levels.every((l, i) => (l === '#' ? i === levels.length - 1 : l === '+' || !/[+#]/.test(l)));
}

// Where the broker is: a URL string, or MQTT.js's {protocol, host|hostname, port, path} options.
function brokerOf(url, opts) {
  if (typeof url === 'string') return binding.parseUrl(url);
  const protocol = String(opts.protocol || 'mqtt').replace(/:$/, '');
  const host = opts.hostname || opts.host || 'localhost';
  const port = opts.port != null ? Number(opts.port) : DEFAULT_PORTS[protocol];
  return binding.parseUrl(`${protocol}://${host.includes(':') ? `[${host}]` : host}:${port}${opts.path || ''}`);
}

function normalize(opts) {
  const o = {
    clientId: opts.clientId != null && opts.clientId !== '' ? String(opts.clientId) : randomId(),
    username: opts.username != null ? String(opts.username) : null,
    password: opts.password != null ? toBuffer(opts.password, 'options.password') : null,
    keepalive: checkNumber(opts.keepalive ?? 60, 'options.keepalive', 0, 65535),
    clean: opts.clean !== false,
    reconnectPeriod: checkNumber(opts.reconnectPeriod ?? 1000, 'options.reconnectPeriod', 0, 2 ** 31),
    connectTimeout: checkNumber(opts.connectTimeout ?? 30000, 'options.connectTimeout', 1, 2 ** 31),
    protocolVersion: opts.protocolVersion ?? 4,
    resubscribe: opts.resubscribe !== false,
    queueQoSZero: opts.queueQoSZero !== false,
    maxInflight: checkNumber(opts.maxInflight ?? 100, 'options.maxInflight', 1, 65535),
    properties: opts.properties ?? null,
    will: null,
    ca: pemList(opts.ca, 'options.ca'),
    cert: opts.cert != null ? pemList(opts.cert, 'options.cert').join('\n') : null,
    key: opts.key != null ? pemList(opts.key, 'options.key').join('\n') : null,
    rejectUnauthorized: opts.rejectUnauthorized !== false,
    outbox: true,
  };
  if (![3, 4, 5].includes(o.protocolVersion)) {
    throw new ERR_INVALID_ARG_VALUE('options.protocolVersion', o.protocolVersion, 'must be 3, 4 (MQTT 3.1.1) or 5');
  }
  if (opts.will != null) {
    const w = opts.will;
    if (typeof w.topic !== 'string' || w.topic === '') throw new ERR_INVALID_ARG_TYPE('options.will.topic', 'string', w.topic);
    o.will = { topic: w.topic, payload: toBuffer(w.payload ?? '', 'options.will.payload'),
      qos: checkQos(w.qos ?? 0, 'options.will.qos'), retain: !!w.retain, properties: w.properties ?? null };
  }
  if (opts.outbox === false) {
    o.outbox = false;
  } else if (opts.outbox != null && opts.outbox !== true) {
    const b = opts.outbox;
    if (typeof b !== 'object') throw new ERR_INVALID_ARG_TYPE('options.outbox', ['boolean', 'Object'], b);
    if (b.dir != null && typeof b.dir !== 'string') throw new ERR_INVALID_ARG_TYPE('options.outbox.dir', 'string', b.dir);
    o.outbox = {
      dir: b.dir ?? null,
      maxBytes: b.maxBytes != null ? checkNumber(b.maxBytes, 'options.outbox.maxBytes', 4096, 2 ** 53) : null,
      maxAge: b.maxAge != null ? checkNumber(b.maxAge, 'options.outbox.maxAge', 1, 2 ** 53) : null,
    };
  } else {
    o.outbox = {};
  }
  return o;
}

// Properties come from Java as [name, value, ...]; MQTT.js has them as an object.
function foldProps(flat) {
  if (flat == null) return undefined;
  const props = {};
  for (let i = 0; i < flat.length; i += 2) {
    const name = flat[i];
    let value = flat[i + 1];
    if (name === 'correlationData') {
      value = Buffer.from(new ArrayBuffer(value));
    } else if (name === 'userProperties') {
      const user = {};
      for (let j = 0; j < value.length; j += 2) {
        const k = value[j];
        if (k in user) user[k] = [].concat(user[k], value[j + 1]);
        else user[k] = value[j + 1];
      }
      value = user;
    } else if (typeof value === 'object' && value !== null) {
      value = Array.from(value);
    }
    props[name] = value;
  }
  return props;
}

function makeError(code, reasonCode, message) {
  const err = new Error(message);
  if (code === 'ERR_MQTT_CONNACK') {
    err.code = reasonCode; // MQTT.js: the CONNACK return/reason code, e.g. 5 "Not authorized"
  } else {
    err.code = code;
    if (reasonCode >= 0) err.reasonCode = reasonCode;
  }
  return err;
}

function callbackOf(cb) {
  return typeof cb === 'function' ? cb : null;
}

class MqttClient extends EventEmitter {
  constructor(url, opts) {
    super();
    opts = opts || {};
    const [protocol, host, port, path] = brokerOf(url, opts);
    const o = normalize(opts);
    this.options = { ...opts, ...o, protocol, host, hostname: host, port, path, password: undefined };
    this.connected = false;
    this.reconnecting = false;
    this.disconnecting = false;
    this.disconnected = false;
    this._handle = binding.connect(protocol, host, port, path, o, (...args) => this._onEvent(...args));
  }

  _onEvent(name, a, b, c, d, e, f, g) {
    switch (name) {
      case 'connect': {
        this.connected = true;
        this.reconnecting = false;
        const connack = { cmd: 'connack', sessionPresent: a, returnCode: 0 };
        if (this.options.protocolVersion === 5) {
          connack.reasonCode = 0;
          connack.properties = foldProps(b);
        }
        this.emit('connect', connack);
        break;
      }
      case 'message': {
        const payload = Buffer.from(new ArrayBuffer(b));
        const packet = { cmd: 'publish', topic: a, payload, qos: c, retain: d, dup: e };
        if (c > 0) packet.messageId = f;
        if (g != null) packet.properties = foldProps(g);
        this.emit('message', a, payload, packet);
        break;
      }
      case 'close':
        this.connected = false;
        this.emit('close');
        break;
      case 'offline':
        this.reconnecting = true;
        this.emit('offline');
        break;
      case 'reconnect':
        this.reconnecting = true;
        this.emit('reconnect');
        break;
      case 'error':
        this.emit('error', makeError(a, b, c));
        break;
      case 'disconnect':
        this.emit('disconnect', { cmd: 'disconnect', reasonCode: a, properties: foldProps(b) });
        break;
      case 'outboxexpired':
        this.emit('outboxexpired', a);
        break;
      case 'end':
        this.connected = false;
        this.reconnecting = false;
        this.disconnecting = false;
        this.disconnected = true;
        this.emit('end');
        break;
      default:
        break;
    }
  }

  /** Bramble: where QoS 1/2 messages wait (null: in memory) and how many are waiting. */
  get outbox() {
    return { dir: binding.outboxDir(this._handle), size: binding.queued(this._handle) };
  }

  publish(topic, message, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = undefined;
    }
    opts = opts || {};
    callback = callbackOf(callback);
    if (typeof topic !== 'string') throw new ERR_INVALID_ARG_TYPE('topic', 'string', topic);
    if (/[+#]/.test(topic) || (topic === '' && !(opts.properties && opts.properties.topicAlias))) {
      throw new ERR_INVALID_ARG_VALUE('topic', topic, 'must be a topic name without wildcards');
    }
    const payload = toBuffer(message ?? '', 'message');
    const qos = checkQos(opts.qos ?? 0, 'options.qos');
    if (this.disconnecting || this.disconnected) {
      if (callback) process.nextTick(callback, new Error('client disconnecting'));
      return this;
    }
    binding.publish(this._handle, topic, payload, qos, !!opts.retain, opts.properties ?? null, (code, rc, msg) => {
      if (callback) callback(code == null ? undefined : makeError(code, rc, msg));
    });
    return this;
  }

  publishAsync(topic, message, opts) {
    return new Promise((resolve, reject) => {
      this.publish(topic, message, opts, (err, packet) => (err ? reject(err) : resolve(packet)));
    });
  }

  subscribe(topicObject, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = undefined;
    }
    opts = opts || {};
    callback = callbackOf(callback);
    let filters;
    const one = (topic, o) => ({ topic, qos: checkQos(o.qos ?? 0, 'options.qos'), nl: !!o.nl, rap: !!o.rap, rh: o.rh ?? 0 });
    if (typeof topicObject === 'string') {
      filters = [one(topicObject, opts)];
    } else if (Array.isArray(topicObject)) {
      filters = topicObject.map((t) => one(t, opts));
    } else if (topicObject !== null && typeof topicObject === 'object') {
      filters = Object.keys(topicObject).filter((k) => k !== 'resubscribe').map((t) => {
        const v = topicObject[t];
        return one(t, typeof v === 'number' ? { qos: v } : { ...opts, ...v });
      });
    } else {
      throw new ERR_INVALID_ARG_TYPE('topic', ['string', 'Array', 'Object'], topicObject);
    }
    const invalid = filters.find((f) => !validFilter(f.topic));
    if (invalid || filters.length === 0) {
      if (callback) process.nextTick(callback, new Error(`Invalid topic ${invalid ? invalid.topic : ''}`));
      return this;
    }
    if (this.disconnecting || this.disconnected) {
      if (callback) process.nextTick(callback, new Error('client disconnecting'));
      return this;
    }
    binding.subscribe(this._handle, filters, opts.properties ?? null, (code, rc, msg, granted) => {
      if (!callback) return;
      if (code != null) {
        callback(makeError(code, rc, msg));
        return;
      }
      callback(null, filters.map((f, i) => ({ topic: f.topic, qos: granted[i] })));
    });
    return this;
  }

  subscribeAsync(topicObject, opts) {
    return new Promise((resolve, reject) => {
      this.subscribe(topicObject, opts, (err, granted) => (err ? reject(err) : resolve(granted)));
    });
  }

  unsubscribe(topic, opts, callback) {
    if (typeof opts === 'function') {
      callback = opts;
      opts = undefined;
    }
    opts = opts || {};
    callback = callbackOf(callback);
    const topics = typeof topic === 'string' ? [topic] : topic;
    if (!Array.isArray(topics) || topics.some((t) => typeof t !== 'string')) {
      throw new ERR_INVALID_ARG_TYPE('topic', ['string', 'Array'], topic);
    }
    if (this.disconnecting || this.disconnected) {
      if (callback) process.nextTick(callback, new Error('client disconnecting'));
      return this;
    }
    binding.unsubscribe(this._handle, topics, opts.properties ?? null, (code, rc, msg) => {
      if (callback) callback(code == null ? undefined : makeError(code, rc, msg), code == null ? { cmd: 'unsuback' } : undefined);
    });
    return this;
  }

  unsubscribeAsync(topic, opts) {
    return new Promise((resolve, reject) => {
      this.unsubscribe(topic, opts, (err, packet) => (err ? reject(err) : resolve(packet)));
    });
  }

  // end([force], [opts], [cb]): not forced, it waits until every stored QoS 1/2 message is
  // acknowledged (while connected) and sends DISCONNECT; forced, it drops the socket (the will fires).
  end(force, opts, cb) {
    if (typeof force === 'function') {
      cb = force;
      force = false;
    } else if (typeof opts === 'function') {
      cb = opts;
    }
    cb = callbackOf(cb);
    if (this.disconnected) {
      if (cb) process.nextTick(cb);
      return this;
    }
    this.disconnecting = true;
    binding.end(this._handle, force === true, () => {
      if (cb) cb();
    });
    return this;
  }

  endAsync(force, opts) {
    return new Promise((resolve) => this.end(force, opts, resolve));
  }

  reconnect() {
    throw new Error('client.reconnect() is not supported by Bramble\'s mqtt: the client reconnects by itself every ' +
      'reconnectPeriod; after end(), call mqtt.connect() again');
  }
}

function connect(url, opts) {
  if (url !== null && typeof url === 'object' && opts === undefined) {
    opts = url;
    url = undefined;
  }
  if (url !== undefined && typeof url !== 'string') throw new ERR_INVALID_ARG_TYPE('url', 'string', url);
  if (opts != null && typeof opts !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', opts);
  return new MqttClient(url, opts);
}

// Resolves with the client on its first connect; rejects on an error (and, without retries, when
// the first attempt fails).
function connectAsync(url, opts, allowRetries = true) {
  return new Promise((resolve, reject) => {
    const client = connect(url, opts);
    const done = () => {
      client.removeListener('connect', onConnect);
      client.removeListener('error', onError);
      client.removeListener('close', onClose);
    };
    const onConnect = () => {
      done();
      resolve(client);
    };
    const onError = (err) => {
      done();
      client.end(true);
      reject(err);
    };
    const onClose = () => {
      if (!allowRetries) onError(new Error('Couldn\'t connect to server'));
    };
    client.on('connect', onConnect);
    client.on('error', onError);
    client.on('close', onClose);
  });
}

module.exports = { connect, connectAsync, MqttClient, Client: MqttClient };
module.exports.default = module.exports;
