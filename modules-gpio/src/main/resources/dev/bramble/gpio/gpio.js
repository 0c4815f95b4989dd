// SPDX-License-Identifier: Apache-2.0
'use strict';
// require('gpio') / require('bramble:gpio') / require('onoff'): onoff's Gpio, plus bias, a promise API,
// edges() as an async iterator with nanosecond timestamps, and Pwm. Arguments are checked here with
// Node's error codes; the binding (GpioBinding.java) checks --allow-gpio and does the work.

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE, ERR_INVALID_STATE } = codes;
const binding = internalBinding('gpio');

const HIGH = 1;
const LOW = 0;
const DIRECTIONS = ['in', 'out', 'high', 'low'];
const EDGES = ['none', 'rising', 'falling', 'both'];
const BIASES = ['as-is', 'pull-up', 'pull-down', 'disable'];
const DEBOUNCE_MODES = ['software', 'driver'];

function validatePin(pin) {
  if (typeof pin === 'number') {
    if (!Number.isInteger(pin) || pin < 0) throw new ERR_OUT_OF_RANGE('gpio', 'a non-negative integer', pin);
  } else if (typeof pin !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('gpio', ['number', 'string'], pin);
  }
}

function validateOneOf(name, value, allowed) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
  if (!allowed.includes(value)) {
    throw new ERR_INVALID_ARG_VALUE(name, value, `must be one of ${allowed.map((s) => `'${s}'`).join(', ')}`);
  }
}

function validateFunction(name, fn) {
  if (typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', fn);
}

function validateBoolean(name, value) {
  if (typeof value !== 'boolean') throw new ERR_INVALID_ARG_TYPE(name, 'boolean', value);
}

function validateNumber(name, value, min, max, range) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!(value >= min && value <= max)) throw new ERR_OUT_OF_RANGE(name, range, value);
}

function bit(value) {
  if (value === 0 || value === 1) return value;
  if (value === false || value === true) return value ? 1 : 0;
  throw new ERR_OUT_OF_RANGE('value', '0 or 1', value);
}

// onoff's callbacks run after the call returns, as its fs-based reads and writes do.
function later(callback, op) {
  process.nextTick(() => {
    let result;
    try {
      result = op();
    } catch (err) {
      callback(err);
      return;
    }
    callback(null, result);
  });
}

function promised(op) {
  return new Promise((resolve, reject) => later((err, v) => (err ? reject(err) : resolve(v)), op));
}

class Gpio {
  #handle;
  #direction;
  #edge;
  #activeLow;
  #bias;
  #listeners = [];
  #iterators = new Set();

  constructor(gpio, direction, edge, options) {
    if (edge !== null && typeof edge === 'object' && options === undefined) {
      options = edge;
      edge = undefined;
    }
    validatePin(gpio);
    validateOneOf('direction', direction, DIRECTIONS);
    if (edge === undefined) edge = 'none';
    validateOneOf('edge', edge, EDGES);
    if (options === undefined || options === null) options = {};
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const {
      debounceTimeout = 0, activeLow = false, reconfigureDirection = true, bias = 'as-is', debounceMode = 'software',
    } = options;
    validateNumber('options.debounceTimeout', debounceTimeout, 0, 2 ** 31 - 1, '>= 0 and <= 2147483647');
    validateBoolean('options.activeLow', activeLow);
    validateBoolean('options.reconfigureDirection', reconfigureDirection);
    validateOneOf('options.bias', bias, BIASES);
    validateOneOf('options.debounceMode', debounceMode, DEBOUNCE_MODES);
    if (edge !== 'none' && direction !== 'in') {
      throw new ERR_INVALID_ARG_VALUE('edge', edge, "needs direction 'in'");
    }
    this.#handle = binding.open(gpio, direction, edge, debounceTimeout, debounceMode, activeLow, bias,
      (value, kind, seconds, nanos) => this.#onEdge(value, kind, seconds, nanos));
    this.#direction = direction === 'in' ? 'in' : 'out';
    this.#edge = edge;
    this.#activeLow = activeLow;
    this.#bias = bias;
    const [name, header] = binding.pin(this.#handle);
    // Which line this is, however the caller named it: { name: 'GPIO17', header: 11 }.
    Object.defineProperty(this, 'pin', { value: Object.freeze({ name, header }), enumerable: true });
  }

  #onEdge(value, edge, seconds, nanos) {
    const timestamp = BigInt(seconds) * 1000000000n + BigInt(nanos);
    for (const it of this.#iterators) it.push({ value, edge, timestamp });
    for (const callback of this.#listeners.slice()) callback(null, value, timestamp);
  }

  #open() {
    if (this.#handle === undefined) throw new ERR_INVALID_STATE(`${this.pin.name} has been unexported`);
    return this.#handle;
  }

  // A pin with watchers or an open edges() iterator keeps the process alive.
  #updateRef() {
    if (this.#handle !== undefined) binding.ref(this.#handle, this.#listeners.length + this.#iterators.size > 0);
  }

  read(callback) {
    if (callback === undefined) return promised(() => this.readSync());
    validateFunction('callback', callback);
    later(callback, () => this.readSync());
  }

  readSync() {
    return binding.read(this.#open());
  }

  write(value, callback) {
    const v = bit(value);
    if (callback === undefined) return promised(() => this.writeSync(v));
    validateFunction('callback', callback);
    later(callback, () => this.writeSync(v));
  }

  writeSync(value) {
    binding.write(this.#open(), bit(value));
  }

  watch(callback) {
    validateFunction('callback', callback);
    this.#open();
    this.#listeners.push(callback);
    this.#updateRef();
  }

  unwatch(callback) {
    if (callback === undefined) {
      this.#listeners = [];
    } else {
      validateFunction('callback', callback);
      this.#listeners = this.#listeners.filter((cb) => cb !== callback);
    }
    this.#updateRef();
  }

  unwatchAll() {
    this.#listeners = [];
    for (const it of [...this.#iterators]) it.return();
    this.#updateRef();
  }

  /** Edges as an async iterator: `for await (const { value, edge, timestamp } of pin.edges())`. */
  edges() {
    this.#open();
    if (this.#edge === 'none') throw new ERR_INVALID_STATE("edges() needs an edge other than 'none'; use setEdge()");
    const queue = [];
    const iterators = this.#iterators;
    let waiting = null;
    let done = false;
    const it = {
      push(edge) {
        if (waiting) {
          const resolve = waiting;
          waiting = null;
          resolve({ value: edge, done: false });
        } else {
          queue.push(edge);
        }
      },
      next() {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { waiting = resolve; });
      },
      return: () => {
        done = true;
        iterators.delete(it);
        if (waiting) {
          waiting({ value: undefined, done: true });
          waiting = null;
        }
        this.#updateRef();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return it; },
    };
    iterators.add(it);
    this.#updateRef();
    return it;
  }

  direction() {
    return this.#direction;
  }

  setDirection(direction) {
    validateOneOf('direction', direction, DIRECTIONS);
    binding.setDirection(this.#open(), direction);
    this.#direction = direction === 'in' ? 'in' : 'out';
  }

  edge() {
    return this.#edge;
  }

  setEdge(edge) {
    validateOneOf('edge', edge, EDGES);
    binding.setEdge(this.#open(), edge);
    this.#edge = edge;
  }

  activeLow() {
    return this.#activeLow;
  }

  setActiveLow(invert) {
    validateBoolean('invert', invert);
    binding.setActiveLow(this.#open(), invert);
    this.#activeLow = invert;
  }

  bias() {
    return this.#bias;
  }

  setBias(bias) {
    validateOneOf('bias', bias, BIASES);
    binding.setBias(this.#open(), bias);
    this.#bias = bias;
  }

  unexport() {
    if (this.#handle === undefined) return;
    this.unwatchAll();
    binding.close(this.#handle);
    this.#handle = undefined;
  }

  static get accessible() {
    return binding.accessible();
  }
}
Gpio.HIGH = HIGH;
Gpio.LOW = LOW;

class Pwm {
  #handle;
  #frequency;
  #dutyCycle;
  #enabled = false;

  constructor(pin, options) {
    validatePin(pin);
    if (options === undefined || options === null) options = {};
    if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { frequency = 1000, dutyCycle = 0, enabled = true } = options;
    validateNumber('options.frequency', frequency, Number.MIN_VALUE, Number.MAX_VALUE, '> 0');
    validateNumber('options.dutyCycle', dutyCycle, 0, 1, '>= 0 and <= 1');
    validateBoolean('options.enabled', enabled);
    this.#handle = binding.pwmOpen(pin, frequency, dutyCycle);
    this.#frequency = frequency;
    this.#dutyCycle = dutyCycle;
    // 'hardware' where the board has a PWM channel on the pin, 'software' (a toggling thread) elsewhere.
    Object.defineProperty(this, 'mode', { value: binding.pwmMode(this.#handle), enumerable: true });
    if (enabled) this.enable();
  }

  #open() {
    if (this.#handle === undefined) throw new ERR_INVALID_STATE('this Pwm has been closed');
    return this.#handle;
  }

  get frequency() { return this.#frequency; }

  get dutyCycle() { return this.#dutyCycle; }

  get enabled() { return this.#enabled; }

  setDutyCycle(dutyCycle) {
    validateNumber('dutyCycle', dutyCycle, 0, 1, '>= 0 and <= 1');
    binding.pwmSet(this.#open(), this.#frequency, dutyCycle);
    this.#dutyCycle = dutyCycle;
  }

  setFrequency(frequency) {
    validateNumber('frequency', frequency, Number.MIN_VALUE, Number.MAX_VALUE, '> 0');
    binding.pwmSet(this.#open(), frequency, this.#dutyCycle);
    this.#frequency = frequency;
  }

  enable() {
    binding.pwmEnable(this.#open(), true);
    this.#enabled = true;
  }

  /** Stops the waveform; the pin is left low. */
  disable() {
    binding.pwmEnable(this.#open(), false);
    this.#enabled = false;
  }

  close() {
    if (this.#handle === undefined) return;
    binding.pwmClose(this.#handle);
    this.#handle = undefined;
    this.#enabled = false;
  }

  unexport() {
    this.close();
  }
}

module.exports = {
  Gpio,
  Pwm,
  HIGH,
  LOW,
  /** The board in use: { id, name, backend }. Opening it is the first hardware access. */
  get board() {
    const [id, name, backend] = binding.boardInfo();
    return { id, name, backend };
  },
};
