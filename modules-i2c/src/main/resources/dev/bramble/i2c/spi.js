// SPDX-License-Identifier: Apache-2.0
'use strict';
// require('spi') / require('bramble:spi') / require('spi-device'): spi-device 3's API. Messages and
// options are checked here the way spi-device checks them (EINVAL errors naming the field);
// SpiBinding.java checks --allow-spi and runs the transfers.

const binding = internalBinding('spi');

const MODE0 = 0;
const MODE1 = 1;
const MODE2 = 2;
const MODE3 = 3;

const OPTION_NAMES = ['mode', 'bitsPerWord', 'maxSpeedHz', 'lsbFirst', 'chipSelectHigh', 'threeWire', 'loopback',
  'noChipSelect', 'ready'];

// spi-device's argument errors are errno errors: "EINVAL, <what>", errno 22, and the native step as syscall.
function einval(syscall, what) {
  const err = new Error(`EINVAL, ${what}`);
  err.errno = 22;
  err.code = 'EINVAL';
  err.syscall = syscall;
  return err;
}

function isUint(v, bits) {
  return Number.isInteger(v) && v >= 0 && v < 2 ** bits;
}

function toOptions(options, syscall) {
  if (options === undefined || options === null) return null;
  if (typeof options !== 'object') throw einval(syscall, 'options must be an object');
  const out = [];
  for (const name of OPTION_NAMES) {
    const v = options[name];
    if (v === undefined) {
      out.push(null);
    } else if (name === 'mode') {
      if (!isUint(v, 2)) throw einval(syscall, 'mode must be 0, 1, 2 or 3');
      out.push(v);
    } else if (name === 'bitsPerWord') {
      if (!isUint(v, 8)) throw einval(syscall, 'bitsPerWord must be an unsigned integer');
      out.push(v);
    } else if (name === 'maxSpeedHz') {
      if (!isUint(v, 32)) throw einval(syscall, 'maxSpeedHz must be an unsigned integer');
      out.push(v);
    } else {
      if (typeof v !== 'boolean') throw einval(syscall, `${name} must be a boolean`);
      out.push(v);
    }
  }
  return out;
}

function toParts(message) {
  if (!Array.isArray(message)) throw einval('transfer', 'message must be an array');
  if (message.length === 0) throw einval('transfer', 'message must contain at least one transfer');
  return message.map((t) => {
    if (t === null || typeof t !== 'object') throw einval('toSpiTransfers', 'a transfer must be an object');
    const { byteLength, sendBuffer, receiveBuffer } = t;
    if (byteLength === undefined) throw einval('toSpiTransfers', 'transfer byteLength not specified');
    if (!isUint(byteLength, 32)) throw einval('toSpiTransfers', 'transfer byteLength must be an unsigned integer');
    if (sendBuffer !== undefined && sendBuffer !== null) {
      if (!Buffer.isBuffer(sendBuffer)) throw einval('toSpiTransfers', 'transfer sendBuffer must be a Buffer');
      if (sendBuffer.length < byteLength) throw einval('toSpiTransfers', 'transfer sendBuffer contains less than byteLength bytes');
    }
    if (receiveBuffer !== undefined && receiveBuffer !== null) {
      if (!Buffer.isBuffer(receiveBuffer)) throw einval('toSpiTransfers', 'transfer receiveBuffer must be a Buffer');
      if (receiveBuffer.length < byteLength) throw einval('toSpiTransfers', 'transfer receiveBuffer contains less than byteLength bytes');
    }
    if (!sendBuffer && !receiveBuffer) throw einval('toSpiTransfers', 'transfer contains neither a sendBuffer nor a receiveBuffer');
    const num = (name, bits) => {
      const v = t[name];
      if (v === undefined) return 0;
      if (!isUint(v, bits)) throw einval('toSpiTransfers', `transfer ${name} must be an unsigned integer`);
      return v;
    };
    const speedHz = num('speedHz', 32);
    const bitsPerWord = num('bitsPerWord', 8);
    const delay = num('microSecondDelay', 16);
    const csChange = t.chipSelectChange;
    if (csChange !== undefined && typeof csChange !== 'boolean') {
      throw einval('toSpiTransfers', 'transfer chipSelectChange must be a boolean');
    }
    return [sendBuffer ? sendBuffer.subarray(0, byteLength) : null, byteLength, !!receiveBuffer, speedHz, bitsPerWord,
      delay, !!csChange];
  });
}

function deliver(message, received) {
  for (let i = 0; i < message.length; i++) {
    const rb = message[i].receiveBuffer;
    if (rb && received[i] != null) Buffer.from(new ArrayBuffer(received[i])).copy(rb, 0);
  }
}

function fromOptions(a) {
  const out = {};
  OPTION_NAMES.forEach((name, i) => { out[name] = a[i]; });
  return {
    mode: out.mode, chipSelectHigh: out.chipSelectHigh, lsbFirst: out.lsbFirst, threeWire: out.threeWire,
    loopback: out.loopback, noChipSelect: out.noChipSelect, ready: out.ready, bitsPerWord: out.bitsPerWord,
    maxSpeedHz: out.maxSpeedHz,
  };
}

function checkCallback(cb) {
  if (typeof cb !== 'function') {
    const err = new TypeError(`Invalid callback ${cb}`);
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

function checkNumber(what, n) {
  if (!Number.isInteger(n) || n < 0) {
    const err = new RangeError(`Invalid SPI ${what} number ${n}`);
    err.code = typeof n === 'number' ? 'ERR_OUT_OF_RANGE' : 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
}

class SpiDevice {
  #handle;

  constructor(handle) {
    this.#handle = handle;
  }

  static _opened(handle) {
    return new SpiDevice(handle);
  }

  _setHandle(h) {
    this.#handle = h;
  }

  #h(api) {
    if (this.#handle === undefined) {
      const err = new Error(`EBADF, ${api}: the device is closed`);
      err.code = 'EBADF';
      err.errno = 9;
      throw err;
    }
    return this.#handle;
  }

  transfer(message, cb) {
    checkCallback(cb);
    const parts = toParts(message);
    binding.transfer(this.#h('transfer'), parts, (err, received) => {
      if (err) return cb(err);
      deliver(message, received);
      cb(null, message);
    });
    return this;
  }

  transferSync(message) {
    const parts = toParts(message);
    deliver(message, binding.transfer(this.#h('transferSync'), parts, null));
    return this;
  }

  getOptions(cb) {
    checkCallback(cb);
    binding.getOptions(this.#h('getOptions'), (err, a) => (err ? cb(err) : cb(null, fromOptions(a))));
    return this;
  }

  getOptionsSync() {
    return fromOptions(binding.getOptions(this.#h('getOptionsSync'), null));
  }

  setOptions(options, cb) {
    checkCallback(cb);
    binding.setOptions(this.#h('setOptions'), toOptions(options, 'setOptions') || [], (err) => cb(err || null));
    return this;
  }

  setOptionsSync(options) {
    binding.setOptions(this.#h('setOptionsSync'), toOptions(options, 'setOptionsSync') || [], null);
    return this;
  }

  close(cb) {
    checkCallback(cb);
    try {
      this.closeSync();
    } catch (err) {
      setImmediate(cb, err);
      return null;
    }
    setImmediate(cb, null);
    return null;
  }

  closeSync() {
    if (this.#handle !== undefined) {
      const h = this.#handle;
      this.#handle = undefined;
      binding.close(h);
    }
    return null;
  }
}

function open(busNumber, deviceNumber, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  checkNumber('bus', busNumber);
  checkNumber('device', deviceNumber);
  checkCallback(cb);
  const device = new SpiDevice(undefined);
  binding.open(busNumber, deviceNumber, toOptions(options, 'open'), (err, handle) => {
    if (err) return cb(err);
    device._setHandle(handle);
    cb(null);
  });
  return device;
}

function openSync(busNumber, deviceNumber, options) {
  checkNumber('bus', busNumber);
  checkNumber('device', deviceNumber);
  return new SpiDevice(binding.open(busNumber, deviceNumber, toOptions(options, 'openSync'), null));
}

module.exports = { open, openSync, MODE0, MODE1, MODE2, MODE3, SpiDevice };
