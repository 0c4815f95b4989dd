// SPDX-License-Identifier: Apache-2.0
'use strict';
// require('i2c') / require('bramble:i2c') / require('i2c-bus'): i2c-bus 5's API. Arguments are checked
// here with i2c-bus's rules and messages (plus a Node-style code); I2cBinding.java checks --allow-i2c
// and does the transfers, on the worker pool for the callback forms, at once for the *Sync forms.

const binding = internalBinding('i2c');

const FIRST_SCAN_ADDR = 0x03;
const LAST_SCAN_ADDR = 0x77;
const I2C_BLOCK_MAX = 32;

// I2C_FUNCS bits (linux/i2c.h) and the names i2c-bus gives them.
const FUNCS = [
  ['i2c', 0x1], ['tenBitAddr', 0x2], ['protocolMangling', 0x4], ['smbusPec', 0x8],
  ['smbusBlockProcCall', 0x8000], ['smbusQuick', 0x10000], ['smbusReceiveByte', 0x20000],
  ['smbusSendByte', 0x40000], ['smbusReadByte', 0x80000], ['smbusWriteByte', 0x100000],
  ['smbusReadWord', 0x200000], ['smbusWriteWord', 0x400000], ['smbusProcCall', 0x800000],
  ['smbusReadBlock', 0x1000000], ['smbusWriteBlock', 0x2000000], ['smbusReadI2cBlock', 0x4000000],
  ['smbusWriteI2cBlock', 0x8000000],
];

// Manufacturer codes of the I2C device ID (UM10204, table 4).
const MANUFACTURERS = new Map([
  [0x000, 'NXP Semiconductors'], [0x001, 'NXP Semiconductors (reserved)'], [0x002, 'NXP Semiconductors (reserved)'],
  [0x003, 'NXP Semiconductors (reserved)'], [0x004, 'Ramtron International'], [0x005, 'Analog Devices'],
  [0x006, 'STMicroelectronics'], [0x007, 'ON Semiconductor'], [0x008, 'Sprintek Corporation'],
  [0x009, 'ESPROS Photonics AG'], [0x00a, 'Fujitsu Semiconductor'], [0x00b, 'Flir'], [0x00c, 'O\u2082Micro'],
  [0x00d, 'Atmel'],
]);

function invalid(message, value, code) {
  const err = code === 'ERR_INVALID_ARG_TYPE' || typeof value !== 'number' ? new TypeError(message) : new RangeError(message);
  err.code = code || (typeof value === 'number' ? 'ERR_OUT_OF_RANGE' : 'ERR_INVALID_ARG_TYPE');
  return err;
}

function checkInt(what, value, max) {
  if (!Number.isInteger(value) || value < 0 || value > max) throw invalid(`Invalid ${what} ${value}`, value);
}

const checkAddress = (addr) => checkInt('I2C address', addr, 0x7f);
const checkCommand = (cmd) => checkInt('I2C command', cmd, 0xff);
const checkByte = (byte) => checkInt('byte', byte, 0xff);
const checkWord = (word) => checkInt('word', word, 0xffff);
const checkBit = (bit) => checkInt('bit', bit, 1);

function checkBusNumber(bus) {
  const ok = (Number.isInteger(bus) && bus >= 0) || (typeof bus === 'string' && bus.length > 0);
  if (!ok) throw invalid(`Invalid I2C bus number ${bus}`, bus);
}

function checkCallback(cb) {
  if (typeof cb !== 'function') throw invalid(`Invalid callback ${cb}`, cb, 'ERR_INVALID_ARG_TYPE');
}

function checkBuffer(buffer) {
  if (!Buffer.isBuffer(buffer)) throw invalid(`Invalid buffer ${buffer}`, buffer, 'ERR_INVALID_ARG_TYPE');
}

function checkBufferAndLength(length, buffer, maxLength) {
  if (!Number.isInteger(length) || length < 0 || (maxLength !== undefined && length > maxLength)) {
    throw invalid(`Invalid buffer length ${length}`, length);
  }
  checkBuffer(buffer);
  if (buffer.length < length) {
    const err = new RangeError(`Buffer must contain at least ${length} bytes`);
    err.code = 'ERR_BUFFER_TOO_SMALL';
    throw err;
  }
}

function toArray(javaArray) {
  const out = [];
  for (let i = 0; i < javaArray.length; i++) out.push(javaArray[i]);
  return out;
}

function parseId(id) {
  const manufacturer = (id >> 12) & 0x0fff;
  const product = id & 0x0fff;
  const name = MANUFACTURERS.has(manufacturer) ? MANUFACTURERS.get(manufacturer) : `<0x${manufacturer.toString(16)}>`;
  return { manufacturer, product, name };
}

class I2cFuncs {
  constructor(bits) {
    for (const [name, bit] of FUNCS) this[name] = (bits & bit) !== 0;
  }
}

class Bus {
  #spec;
  #handle;

  constructor(busNumber, options) {
    options = options || {};
    this._busNumber = busNumber;
    this._forceAccess = !!options.forceAccess;
    this.#spec = busNumber;
    this.#handle = binding.open(String(busNumber), 'i2c.open()');
    this._promisifiedBus = new PromisifiedBus(this);
  }

  // i2c-bus reopens a closed bus on the next transfer; so does this.
  #h() {
    if (this.#handle === undefined) this.#handle = binding.open(String(this.#spec), 'i2c.open()');
    return this.#handle;
  }

  // Calls binding op with a callback adapted to i2c-bus's (err, ...results) shape.
  #async(cb, op, map) {
    let handle;
    try {
      handle = this.#h();
    } catch (err) {
      setImmediate(cb, err);
      return;
    }
    op(handle, (err, result) => (err ? cb(err) : map ? map(result, cb) : cb(null, result)));
  }

  promisifiedBus() {
    return this._promisifiedBus;
  }

  close(cb) {
    checkCallback(cb);
    try {
      this.closeSync();
    } catch (err) {
      setImmediate(cb, err);
      return;
    }
    setImmediate(cb, null);
  }

  closeSync() {
    if (this.#handle !== undefined) {
      const h = this.#handle;
      this.#handle = undefined;
      binding.close(h);
    }
  }

  i2cFuncs(cb) {
    checkCallback(cb);
    if (this.funcs) {
      setImmediate(cb, null, this.funcs);
      return;
    }
    this.#async(cb, (h, done) => binding.i2cFuncs(h, done), (bits, done) => {
      this.funcs = Object.freeze(new I2cFuncs(bits));
      done(null, this.funcs);
    });
  }

  i2cFuncsSync() {
    if (!this.funcs) this.funcs = Object.freeze(new I2cFuncs(binding.i2cFuncs(this.#h(), null)));
    return this.funcs;
  }

  readByte(addr, cmd, cb) {
    checkAddress(addr); checkCommand(cmd); checkCallback(cb);
    this.#async(cb, (h, done) => binding.readByte(h, addr, cmd, done));
  }

  readByteSync(addr, cmd) {
    checkAddress(addr); checkCommand(cmd);
    return binding.readByte(this.#h(), addr, cmd, null);
  }

  readWord(addr, cmd, cb) {
    checkAddress(addr); checkCommand(cmd); checkCallback(cb);
    this.#async(cb, (h, done) => binding.readWord(h, addr, cmd, done));
  }

  readWordSync(addr, cmd) {
    checkAddress(addr); checkCommand(cmd);
    return binding.readWord(this.#h(), addr, cmd, null);
  }

  readI2cBlock(addr, cmd, length, buffer, cb) {
    checkAddress(addr); checkCommand(cmd); checkBufferAndLength(length, buffer, I2C_BLOCK_MAX); checkCallback(cb);
    this.#async(cb, (h, done) => binding.readI2cBlock(h, addr, cmd, length, buffer, done), (n, done) => done(null, n, buffer));
  }

  readI2cBlockSync(addr, cmd, length, buffer) {
    checkAddress(addr); checkCommand(cmd); checkBufferAndLength(length, buffer, I2C_BLOCK_MAX);
    return binding.readI2cBlock(this.#h(), addr, cmd, length, buffer, null);
  }

  receiveByte(addr, cb) {
    checkAddress(addr); checkCallback(cb);
    this.#async(cb, (h, done) => binding.receiveByte(h, addr, done));
  }

  receiveByteSync(addr) {
    checkAddress(addr);
    return binding.receiveByte(this.#h(), addr, null);
  }

  sendByte(addr, byte, cb) {
    checkAddress(addr); checkByte(byte); checkCallback(cb);
    this.#async(cb, (h, done) => binding.sendByte(h, addr, byte, done), (r, done) => done(null));
  }

  sendByteSync(addr, byte) {
    checkAddress(addr); checkByte(byte);
    binding.sendByte(this.#h(), addr, byte, null);
    return this;
  }

  writeByte(addr, cmd, byte, cb) {
    checkAddress(addr); checkCommand(cmd); checkByte(byte); checkCallback(cb);
    this.#async(cb, (h, done) => binding.writeByte(h, addr, cmd, byte, done), (r, done) => done(null));
  }

  writeByteSync(addr, cmd, byte) {
    checkAddress(addr); checkCommand(cmd); checkByte(byte);
    binding.writeByte(this.#h(), addr, cmd, byte, null);
    return this;
  }

  writeWord(addr, cmd, word, cb) {
    checkAddress(addr); checkCommand(cmd); checkWord(word); checkCallback(cb);
    this.#async(cb, (h, done) => binding.writeWord(h, addr, cmd, word, done), (r, done) => done(null));
  }

  writeWordSync(addr, cmd, word) {
    checkAddress(addr); checkCommand(cmd); checkWord(word);
    binding.writeWord(this.#h(), addr, cmd, word, null);
    return this;
  }

  writeQuick(addr, bit, cb) {
    checkAddress(addr); checkBit(bit); checkCallback(cb);
    this.#async(cb, (h, done) => binding.writeQuick(h, addr, bit, done), (r, done) => done(null));
  }

  writeQuickSync(addr, bit) {
    checkAddress(addr); checkBit(bit);
    binding.writeQuick(this.#h(), addr, bit, null);
    return this;
  }

  writeI2cBlock(addr, cmd, length, buffer, cb) {
    checkAddress(addr); checkCommand(cmd); checkBufferAndLength(length, buffer, I2C_BLOCK_MAX); checkCallback(cb);
    this.#async(cb, (h, done) => binding.writeI2cBlock(h, addr, cmd, buffer.subarray(0, length), done),
      (n, done) => done(null, n, buffer));
  }

  writeI2cBlockSync(addr, cmd, length, buffer) {
    checkAddress(addr); checkCommand(cmd); checkBufferAndLength(length, buffer, I2C_BLOCK_MAX);
    return binding.writeI2cBlock(this.#h(), addr, cmd, buffer.subarray(0, length), null);
  }

  i2cRead(addr, length, buffer, cb) {
    checkAddress(addr); checkBufferAndLength(length, buffer); checkCallback(cb);
    this.#async(cb, (h, done) => binding.i2cRead(h, addr, length, buffer, done), (n, done) => done(null, n, buffer));
  }

  i2cReadSync(addr, length, buffer) {
    checkAddress(addr); checkBufferAndLength(length, buffer);
    return binding.i2cRead(this.#h(), addr, length, buffer, null);
  }

  i2cWrite(addr, length, buffer, cb) {
    checkAddress(addr); checkBufferAndLength(length, buffer); checkCallback(cb);
    this.#async(cb, (h, done) => binding.i2cWrite(h, addr, buffer.subarray(0, length), done),
      (n, done) => done(null, n, buffer));
  }

  i2cWriteSync(addr, length, buffer) {
    checkAddress(addr); checkBufferAndLength(length, buffer);
    return binding.i2cWrite(this.#h(), addr, buffer.subarray(0, length), null);
  }

  scan(startAddr, endAddr, cb) {
    if (typeof startAddr === 'function') {
      cb = startAddr;
      startAddr = FIRST_SCAN_ADDR;
      endAddr = LAST_SCAN_ADDR;
    } else if (typeof endAddr === 'function') {
      cb = endAddr;
      endAddr = startAddr;
    }
    checkCallback(cb); checkAddress(startAddr); checkAddress(endAddr);
    this.#async(cb, (h, done) => binding.scan(h, startAddr, endAddr, done), (found, done) => done(null, toArray(found)));
  }

  scanSync(startAddr, endAddr) {
    if (startAddr === undefined) {
      startAddr = FIRST_SCAN_ADDR;
      endAddr = LAST_SCAN_ADDR;
    } else if (endAddr === undefined) {
      endAddr = startAddr;
    }
    checkAddress(startAddr); checkAddress(endAddr);
    return toArray(binding.scan(this.#h(), startAddr, endAddr, null));
  }

  deviceId(addr, cb) {
    checkAddress(addr); checkCallback(cb);
    this.#async(cb, (h, done) => binding.deviceId(h, addr, done), (id, done) => done(null, parseId(id)));
  }

  deviceIdSync(addr) {
    checkAddress(addr);
    return parseId(binding.deviceId(this.#h(), addr, null));
  }
}

// i2c-bus's promise API: every method resolves with what the callback would get (two-value results as
// { bytesRead | bytesWritten, buffer }); bus() is the callback Bus underneath.
class PromisifiedBus {
  constructor(bus) {
    this._bus = bus;
  }

  bus() {
    return this._bus;
  }
}

function promised(name, shape) {
  return function (...args) {
    return new Promise((resolve, reject) => this._bus[name](...args, (err, a, b) => {
      if (err) reject(err);
      else resolve(shape ? shape(a, b) : a);
    }));
  };
}

for (const name of ['close', 'i2cFuncs', 'readByte', 'readWord', 'receiveByte', 'sendByte', 'writeByte', 'writeWord',
  'writeQuick', 'scan', 'deviceId']) {
  PromisifiedBus.prototype[name] = promised(name);
}
for (const name of ['readI2cBlock', 'i2cRead']) {
  PromisifiedBus.prototype[name] = promised(name, (bytesRead, buffer) => ({ bytesRead, buffer }));
}
for (const name of ['writeI2cBlock', 'i2cWrite']) {
  PromisifiedBus.prototype[name] = promised(name, (bytesWritten, buffer) => ({ bytesWritten, buffer }));
}

function open(busNumber, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  checkBusNumber(busNumber);
  checkCallback(cb);
  let bus;
  try {
    bus = new Bus(busNumber, options);
  } catch (err) {
    // A bus the board lacks (or a denied one) fails the callback, not the caller.
    if (err && err.code === 'ERR_ACCESS_DENIED') throw err;
    setImmediate(cb, err);
    return Object.create(Bus.prototype);
  }
  setImmediate(cb, null);
  return bus;
}

function openSync(busNumber, options) {
  checkBusNumber(busNumber);
  return new Bus(busNumber, options);
}

function openPromisified(busNumber, options) {
  return new Promise((resolve, reject) => {
    const bus = open(busNumber, options, (err) => (err ? reject(err) : resolve(bus.promisifiedBus())));
  });
}

module.exports = { open, openSync, openPromisified, Bus, PromisifiedBus, I2cFuncs };
