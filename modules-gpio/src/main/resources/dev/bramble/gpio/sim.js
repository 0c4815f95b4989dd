// SPDX-License-Identifier: Apache-2.0
'use strict';
// require('bramble:sim'): the simulated board's devices from JS — press a button, read an LED's
// level and history, read what a PWM-driven servo or LED sees. The same devices a --sim scenario
// file describes; SimBinding.java does the work.

const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } = codes;
const binding = internalBinding('bramble:sim');

function validateString(name, value) {
  if (typeof value !== 'string') throw new ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function history(flat) {
  const out = [];
  for (let i = 0; i + 1 < flat.length; i += 2) out.push({ time: flat[i], value: flat[i + 1] });
  return out;
}

class Button {
  constructor(id) { this.id = id; }

  press() { binding.press(this.id); }

  release() { binding.release(this.id); }

  /** Presses now and releases after `holdMs` (default 100). */
  click(holdMs = 100) {
    if (typeof holdMs !== 'number') throw new ERR_INVALID_ARG_TYPE('holdMs', 'number', holdMs);
    if (!(holdMs >= 0)) throw new ERR_OUT_OF_RANGE('holdMs', '>= 0', holdMs);
    binding.click(this.id, holdMs);
  }

  get pressed() { return binding.pressed(this.id); }
}

/** A pin (or an LED on one) as the simulated board sees it: physical level and its changes. */
class Probe {
  constructor(id) { this.id = id; }

  get level() { return binding.level(this.id); }

  get lit() { return this.level === 1; }

  /** [{ time, value }]: time in ms since the board opened, value the physical level after the change. */
  get history() { return history(binding.history(this.id)); }
}

class PwmDevice {
  constructor(id) { this.id = id; }

  /** { mode: 'hardware'|'software'|'none', frequency, dutyCycle, enabled, pulseWidth (µs), angle (deg or null) }. */
  get state() {
    const [mode, frequency, dutyCycle, enabled, pulseWidth, angle] = binding.pwm(this.id);
    return { mode, frequency, dutyCycle, enabled, pulseWidth, angle: Number.isNaN(angle) ? null : angle };
  }

  get dutyCycle() { return this.state.enabled ? this.state.dutyCycle : 0; }

  get angle() { return this.state.angle; }
}

function device(id, type) {
  validateString('id', id);
  const found = binding.device(id);
  if (found == null || (type && !type.includes(found[0]))) {
    const err = new Error(`the simulated board has no ${type ? type.join(' or ') : 'device'} '${id}'; devices: ${module.exports.devices().map((d) => d.id).join(', ')}`);
    err.code = 'ERR_SIM_NO_DEVICE';
    throw err;
  }
  return found;
}

/** A device on a simulated bus: { id, type, where } plus what its type can do. */
function busDevice(id) {
  validateString('id', id);
  const found = module.exports.busDevices().find((d) => d.id === id);
  if (!found) {
    const err = new Error(`the simulated board has no bus device '${id}'; bus devices: ${module.exports.busDevices().map((d) => d.id).join(', ')}`);
    err.code = 'ERR_SIM_NO_DEVICE';
    throw err;
  }
  const dev = { ...found };
  if (found.type === 'bme280') {
    /** Changes what it measures from the next measurement on: { temperature (degC), humidity (%RH), pressure (hPa) }. */
    dev.set = ({ temperature = NaN, humidity = NaN, pressure = NaN } = {}) => binding.bme280(id, temperature, humidity, pressure);
  }
  if (found.type === 'bme280' || found.type === 'i2c-registers') {
    dev.register = (r) => binding.i2cRegister(id, r);
  }
  if (found.type === 'mcp3008') {
    /** Sets input `channel` (0-7) to `volts`. */
    dev.set = (channel, volts) => {
      if (!Number.isInteger(channel) || channel < 0 || channel > 7) throw new ERR_OUT_OF_RANGE('channel', '0-7', channel);
      if (typeof volts !== 'number') throw new ERR_INVALID_ARG_TYPE('volts', 'number', volts);
      binding.adc(id, channel, volts);
    };
  }
  return dev;
}

module.exports = {
  /** The devices on the simulated I2C/SPI buses and UARTs: [{ id, type, where: 'i2c-1@0x76' | 'spi0.0' | 'UART0' }]. */
  busDevices() {
    const list = binding.busDevices();
    const out = [];
    for (let i = 0; i < list.length; i++) {
      const d = list[i];
      out.push({ id: d[0], type: d[1], where: d[2] });
    }
    return out;
  },

  /** A bus device by id: a BME280's set({ temperature, humidity, pressure }), an MCP3008's set(channel, volts), register(r). */
  bus(id) { return busDevice(id); },

  /** True when the program runs on the simulated board. */
  get active() { return binding.active(); },

  /** The --sim scenario file in use, or null when the board has its default devices. */
  get scenario() { return binding.active() ? binding.scenario() : null; },

  devices() {
    const ids = binding.devices();
    const out = [];
    for (let i = 0; i < ids.length; i++) {
      const [type, pin] = binding.device(ids[i]);
      out.push({ id: ids[i], type, pin });
    }
    return out;
  },

  button(id) { device(id, ['button']); return new Button(id); },

  led(id) { device(id, ['led']); return new Probe(id); },

  pwm(id) { device(id, ['servo', 'pwm-led']); return new PwmDevice(id); },

  /** Any pin, by any of its names (17, 'GPIO17', 'PIN11', 'LED'). */
  pin(pin) {
    if (typeof pin === 'number') pin = String(pin);
    validateString('pin', pin);
    return new Probe(pin);
  },

  /** Wires a device as a scenario file would: { type: 'button'|'led'|'servo'|'pwm-led', id, pin, ... }. */
  attach(spec) {
    if (spec === null || typeof spec !== 'object') throw new ERR_INVALID_ARG_TYPE('device', 'Object', spec);
    binding.attach(JSON.stringify({ ...spec, pin: String(spec.pin) }));
  },
};
