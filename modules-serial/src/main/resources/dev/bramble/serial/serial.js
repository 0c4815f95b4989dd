// SPDX-License-Identifier: Apache-2.0
'use strict';
// require('serial') / require('bramble:serial') / require('serialport'): serialport 12's SerialPort (a
// Duplex stream) and its parsers. Options are checked here with serialport's rules; SerialBinding.java
// checks --allow-serial and drives the port (jSerialComm, or the simulator's UART). Reads are pushed
// from the port's event thread; a full stream buffer pauses them until the stream is read again.

const { Duplex, Transform } = require('stream');

const binding = internalBinding('serial');

const DATA_BITS = [5, 6, 7, 8];
const STOP_BITS = [1, 1.5, 2];
const PARITIES = ['none', 'even', 'odd', 'mark', 'space'];

const defaults = {
  autoOpen: true, endOnClose: false, highWaterMark: 64 * 1024, dataBits: 8, stopBits: 1, parity: 'none',
  rtscts: false, xon: false, xoff: false, xany: false, hupcl: true, lock: true,
};
const defaultSetFlags = { brk: false, cts: false, dsr: false, dtr: true, rts: true };

class DisconnectedError extends Error {
  constructor(message) {
    super(message);
    this.disconnected = true;
  }
}

function argError(Ctor, code, message) {
  const err = new Ctor(message);
  err.code = code;
  return err;
}

function validate(settings) {
  if (!settings.path) throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', `"path" is not defined: ${settings.path}`);
  if (typeof settings.path !== 'string') throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', `"path" is not a string: ${settings.path}`);
  if (typeof settings.baudRate !== 'number') {
    throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', `"baudRate" must be a number: ${settings.baudRate}`);
  }
  if (!Number.isInteger(settings.baudRate) || settings.baudRate <= 0) {
    throw argError(RangeError, 'ERR_OUT_OF_RANGE', `"baudRate" must be a positive integer: ${settings.baudRate}`);
  }
  if (!DATA_BITS.includes(settings.dataBits)) {
    throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', `"dataBits" must be one of ${DATA_BITS.join(', ')}: ${settings.dataBits}`);
  }
  if (!STOP_BITS.includes(settings.stopBits)) {
    throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', `"stopBits" must be one of ${STOP_BITS.join(', ')}: ${settings.stopBits}`);
  }
  if (!PARITIES.includes(settings.parity)) {
    throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', `"parity" must be one of ${PARITIES.join(', ')}: ${settings.parity}`);
  }
  for (const flag of ['rtscts', 'xon', 'xoff', 'xany', 'hupcl', 'autoOpen', 'endOnClose']) {
    if (typeof settings[flag] !== 'boolean') {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', `"${flag}" must be a boolean: ${settings[flag]}`);
    }
  }
  if (!Number.isInteger(settings.highWaterMark) || settings.highWaterMark < 0) {
    throw argError(RangeError, 'ERR_OUT_OF_RANGE', `"highWaterMark" must be a non-negative integer: ${settings.highWaterMark}`);
  }
}

class SerialPort extends Duplex {
  #handle;
  #reading = true;

  /** new SerialPort({ path, baudRate, ... }[, openCallback]), or serialport 9's new SerialPort(path[, options][, openCallback]). */
  constructor(options, openCallback, legacyCallback) {
    if (typeof options === 'string') {
      if (typeof openCallback === 'function') {
        legacyCallback = openCallback;
        openCallback = {};
      }
      options = { baudRate: 9600, ...(openCallback || {}), path: options };
      openCallback = legacyCallback;
    }
    if (options === null || typeof options !== 'object') {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', `"options" must be an object: ${options}`);
    }
    const settings = { ...defaults, ...options };
    // The port emits 'close' itself when it closes (with the DisconnectedError after a disconnect), once.
    super({ highWaterMark: settings.highWaterMark, emitClose: false });
    validate(settings);
    if (openCallback !== undefined && typeof openCallback !== 'function') {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', `"openCallback" must be a function: ${openCallback}`);
    }
    this.settings = settings;
    this.opening = false;
    this.closing = false;
    if (settings.autoOpen) this.open(openCallback);
  }

  get path() { return this.settings.path; }

  get baudRate() { return this.settings.baudRate; }

  get isOpen() { return this.#handle !== undefined && !this.closing; }

  _error(error, callback) {
    if (callback) callback.call(this, error);
    else this.emit('error', error);
  }

  _asyncError(error, callback) {
    process.nextTick(() => this._error(error, callback));
  }

  open(openCallback) {
    if (this.isOpen) return this._asyncError(new Error('Port is already open'), openCallback);
    if (this.opening) return this._asyncError(new Error('Port is opening'), openCallback);
    const s = this.settings;
    this.opening = true;
    binding.open(s.path, [s.baudRate, s.dataBits, s.stopBits, s.parity, s.rtscts, s.xon, s.xoff, s.xany, s.hupcl],
      (bytes) => this.#onData(bytes), (err) => this._disconnected(err), (err, handle) => {
        this.opening = false;
        if (err) return this._error(err, openCallback);
        this.#handle = handle;
        if (!this.#reading) binding.flow(handle, false);
        this.emit('open');
        if (openCallback) openCallback.call(this, null);
      });
  }

  #onData(bytes) {
    if (!this.push(Buffer.from(new ArrayBuffer(bytes))) && this.#reading) {
      this.#reading = false;
      if (this.#handle !== undefined) binding.flow(this.#handle, false);
    }
  }

  _read() {
    if (!this.#reading) {
      this.#reading = true;
      if (this.#handle !== undefined) binding.flow(this.#handle, true);
    }
  }

  update(options, callback) {
    if (options === null || typeof options !== 'object') {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', '"options" is not an object');
    }
    if (typeof options.baudRate !== 'number') {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', `"baudRate" must be a number: ${options.baudRate}`);
    }
    if (!this.isOpen) return this._asyncError(new Error('Port is not open'), callback);
    binding.update(this.#handle, options.baudRate, (err) => {
      if (err) return this._error(err, callback);
      this.settings.baudRate = options.baudRate;
      if (callback) callback.call(this, null);
    });
  }

  write(data, encoding, callback) {
    if (Array.isArray(data)) data = Buffer.from(data);
    if (typeof encoding === 'function') return super.write(data, encoding);
    return super.write(data, encoding, callback);
  }

  _write(data, encoding, callback) {
    if (!this.isOpen) {
      this.once('open', () => this._write(data, encoding, callback));
      return;
    }
    binding.write(this.#handle, data, (err) => {
      if (err && !err.canceled) this._disconnected(err);
      callback(err || null);
    });
  }

  _writev(data, callback) {
    this._write(Buffer.concat(data.map((w) => w.chunk)), undefined, callback);
  }

  _disconnected(err) {
    if (!this.isOpen) return;
    this.close(undefined, new DisconnectedError(err.message));
  }

  close(callback, disconnectError = null) {
    if (!this.isOpen) return this._asyncError(new Error('Port is not open'), callback);
    this.closing = true;
    const handle = this.#handle;
    binding.close(handle, (err) => {
      this.closing = false;
      this.#handle = undefined;
      if (err && !disconnectError) return this._error(err, callback);
      this.emit('close', disconnectError);
      if (this.settings.endOnClose) this.emit('end');
      if (callback) callback.call(this, disconnectError);
    });
  }

  set(options, callback) {
    if (options === null || typeof options !== 'object') {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', '"options" is not an object');
    }
    if (!this.isOpen) return this._asyncError(new Error('Port is not open'), callback);
    const f = { ...defaultSetFlags, ...options };
    binding.set(this.#handle, !!f.brk, !!f.cts, !!f.dsr, !!f.dtr, !!f.rts, (err) => {
      if (err) return this._error(err, callback);
      if (callback) callback.call(this, null);
    });
  }

  get(callback) {
    if (typeof callback !== 'function') throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', '"cb" must be a function');
    if (!this.isOpen) return this._asyncError(new Error('Port is not open'), callback);
    binding.get(this.#handle, (err, s) => {
      if (err) return this._error(err, callback);
      callback.call(this, null, { cts: s[0], dsr: s[1], dcd: s[2] });
    });
  }

  flush(callback) {
    if (!this.isOpen) return this._asyncError(new Error('Port is not open'), callback);
    binding.flush(this.#handle, (err) => {
      if (err) return this._error(err, callback);
      if (callback) callback.call(this, null);
    });
  }

  drain(callback) {
    if (!this.isOpen) {
      this.once('open', () => this.drain(callback));
      return;
    }
    // After the writes already handed to the stream: they reach the port's queue first.
    const run = () => {
      if (!this.isOpen) return this._error(new Error('Port is not open'), callback);
      binding.drain(this.#handle, (err) => {
        if (err) return this._error(err, callback);
        if (callback) callback.call(this, null);
      });
    };
    if (this.writableLength > 0) this.once('drain', run);
    else run();
  }

  /** Ports the OS knows (USB adapters, UARTs), as serialport lists them. */
  static list() {
    return new Promise((resolve, reject) => binding.list((err, ports) => {
      if (err) return reject(err);
      const out = [];
      for (let i = 0; i < ports.length; i++) {
        const p = ports[i];
        const entry = { path: p[0] };
        ['manufacturer', 'serialNumber', 'pnpId', 'locationId', 'vendorId', 'productId'].forEach((k, j) => {
          entry[k] = p[j + 1] == null ? undefined : p[j + 1];
        });
        out.push(entry);
      }
      resolve(out);
    }));
  }
}

// ---- parsers (serialport's @serialport/parser-* behaviours): Transform streams to pipe a port into ----

function positive(name, value) {
  if (typeof value !== 'number' || Number.isNaN(value)) throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', `"${name}" is not a number`);
  if (value < 1) throw argError(TypeError, 'ERR_OUT_OF_RANGE', `"${name}" is not greater than 0`);
}

/** Emits the data between delimiters (with the delimiter when includeDelimiter). */
class DelimiterParser extends Transform {
  constructor({ delimiter, includeDelimiter = false, ...options } = {}) {
    super(options);
    if (delimiter === undefined || delimiter === null) {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', '"delimiter" is not a bufferable object');
    }
    if (delimiter.length === 0) throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', '"delimiter" has a 0 or undefined length');
    this.includeDelimiter = includeDelimiter;
    this.delimiter = Buffer.from(delimiter);
    this.buffer = Buffer.alloc(0);
  }

  _transform(chunk, encoding, cb) {
    let data = Buffer.concat([this.buffer, chunk]);
    let at;
    while ((at = data.indexOf(this.delimiter)) !== -1) {
      this.push(data.subarray(0, at + (this.includeDelimiter ? this.delimiter.length : 0)));
      data = data.subarray(at + this.delimiter.length);
    }
    this.buffer = data;
    cb();
  }

  _flush(cb) {
    this.push(this.buffer);
    this.buffer = Buffer.alloc(0);
    cb();
  }
}

/** Lines as strings: a DelimiterParser on '\n' (or `delimiter`) decoding with `encoding` (utf8). */
class ReadlineParser extends DelimiterParser {
  constructor(options) {
    const opts = { delimiter: Buffer.from('\n', 'utf8'), encoding: 'utf8', ...options };
    if (typeof opts.delimiter === 'string') opts.delimiter = Buffer.from(opts.delimiter, opts.encoding);
    super(opts);
  }
}

/** Fixed-size frames of `length` bytes. */
class ByteLengthParser extends Transform {
  constructor(options = {}) {
    super(options);
    positive('length', options.length);
    this.length = options.length;
    this.position = 0;
    this.buffer = Buffer.alloc(this.length);
  }

  _transform(chunk, encoding, cb) {
    let cursor = 0;
    while (cursor < chunk.length) {
      this.buffer[this.position++] = chunk[cursor++];
      if (this.position === this.length) {
        this.push(this.buffer);
        this.buffer = Buffer.alloc(this.length);
        this.position = 0;
      }
    }
    cb();
  }

  _flush(cb) {
    this.push(this.buffer.subarray(0, this.position));
    this.buffer = Buffer.alloc(this.length);
    this.position = 0;
    cb();
  }
}

/** Emits what arrived once the line has been quiet for `interval` ms (or `maxBufferSize` bytes piled up). */
class InterByteTimeoutParser extends Transform {
  constructor({ maxBufferSize = 65536, interval, ...options } = {}) {
    super(options);
    positive('interval', interval);
    positive('maxBufferSize', maxBufferSize);
    this.maxBufferSize = maxBufferSize;
    this.currentPacket = [];
    this.interval = interval;
    this.intervalID = undefined;
  }

  _transform(chunk, encoding, cb) {
    if (this.intervalID) clearTimeout(this.intervalID);
    for (let offset = 0; offset < chunk.length; offset++) {
      this.currentPacket.push(chunk[offset]);
      if (this.currentPacket.length >= this.maxBufferSize) this.emitPacket();
    }
    this.intervalID = setTimeout(this.emitPacket.bind(this), this.interval);
    cb();
  }

  emitPacket() {
    if (this.intervalID) clearTimeout(this.intervalID);
    this.intervalID = undefined;
    const packet = this.currentPacket;
    // Reset before pushing: a 'data' handler may write more bytes synchronously.
    this.currentPacket = [];
    if (packet.length > 0) this.push(Buffer.from(packet));
  }

  _flush(cb) {
    this.emitPacket();
    cb();
  }
}

/** Strings split by a regular expression. */
class RegexParser extends Transform {
  constructor({ regex, ...options } = {}) {
    const opts = { encoding: 'utf8', ...options };
    if (regex === undefined) {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', '"options.regex" must be a regular expression pattern or object');
    }
    if (!(regex instanceof RegExp)) regex = new RegExp(regex);
    super(opts);
    this.regex = regex;
    this.data = '';
  }

  _transform(chunk, encoding, cb) {
    const parts = (this.data + chunk).split(this.regex);
    this.data = parts.pop();
    for (const part of parts) this.push(part);
    cb();
  }

  _flush(cb) {
    this.push(this.data);
    this.data = '';
    cb();
  }
}

/** Drops everything until `delimiter` has been seen, emits 'ready', then passes the rest through. */
class ReadyParser extends Transform {
  constructor({ delimiter, ...options } = {}) {
    if (delimiter === undefined || delimiter === null) {
      throw argError(TypeError, 'ERR_INVALID_ARG_TYPE', '"delimiter" is not a bufferable object');
    }
    if (delimiter.length === 0) throw argError(TypeError, 'ERR_INVALID_ARG_VALUE', '"delimiter" has a 0 or undefined length');
    super(options);
    this.delimiter = Buffer.from(delimiter);
    this.readOffset = 0;
    this.ready = false;
  }

  _transform(chunk, encoding, cb) {
    if (this.ready) {
      this.push(chunk);
      return cb();
    }
    const delimiter = this.delimiter;
    let offset = 0;
    while (this.readOffset < delimiter.length && offset < chunk.length) {
      if (delimiter[this.readOffset] === chunk[offset]) {
        this.readOffset++;
      } else {
        this.readOffset = delimiter[0] === chunk[offset] ? 1 : 0;
      }
      offset++;
    }
    if (this.readOffset === delimiter.length) {
      this.ready = true;
      this.emit('ready');
      const rest = chunk.subarray(offset);
      if (rest.length > 0) this.push(rest);
    }
    cb();
  }
}

module.exports = {
  SerialPort, SerialPortStream: SerialPort, DisconnectedError,
  DelimiterParser, ReadlineParser, ByteLengthParser, InterByteTimeoutParser, RegexParser, ReadyParser,
};
