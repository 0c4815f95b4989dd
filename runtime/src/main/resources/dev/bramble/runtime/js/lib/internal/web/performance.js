// SPDX-License-Identifier: Apache-2.0
'use strict';
// The `performance` global: now(), timeOrigin, marks and measures, toJSON().

const { codes: { ERR_INVALID_ARG_TYPE, ERR_MISSING_ARGS, ERR_ILLEGAL_CONSTRUCTOR } } = require('internal/errors');
const { DOMException } = require('internal/web/dom_exception');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const hr0 = process.hrtime.bigint();
const uptimeAtLoad = typeof process.uptime === 'function' ? process.uptime() * 1000 : 0;
const timeOrigin = Date.now() - uptimeAtLoad;

function now() {
  return uptimeAtLoad + Number(process.hrtime.bigint() - hr0) / 1e6;
}

const kCreate = Symbol('kCreate');

class PerformanceEntry {
  constructor(key, name, type, start, duration, detail) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.name = name;
    this.entryType = type;
    this.startTime = start;
    this.duration = duration;
    if (type !== 'node') this.detail = detail;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    const start = options && options.startTime !== undefined ? options.startTime : now();
    if (typeof start !== 'number') throw new ERR_INVALID_ARG_TYPE('options.startTime', 'number', start);
    const detail = options && options.detail !== undefined ? structuredClone(options.detail) : null;
    super(kCreate, `${name}`, 'mark', start, 0, detail);
  }
}

class PerformanceMeasure extends PerformanceEntry {}

const entries = [];

function markTime(name) {
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

class Performance {
  constructor(key) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get timeOrigin() { return timeOrigin; }
  now() { return now(); }

  mark(name, options) {
    const m = new PerformanceMark(name, options);
    entries.push(m);
    return m;
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    let start = 0;
    let end;
    let detail = null;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      const o = startOrOptions;
      if (o.start !== undefined) start = markTime(o.start);
      if (o.end !== undefined) end = markTime(o.end);
      else if (o.duration !== undefined) end = start + o.duration;
      if (o.detail !== undefined) detail = structuredClone(o.detail);
    } else if (startOrOptions !== undefined) start = markTime(startOrOptions);
    if (endMark !== undefined) end = markTime(endMark);
    if (end === undefined) end = now();
    const m = new PerformanceMeasure(kCreate, `${name}`, 'measure', start, end - start, detail);
    entries.push(m);
    return m;
  }

  clearMarks(name) { clear('mark', name); }
  clearMeasures(name) { clear('measure', name); }
  getEntries() { return entries.slice().sort((a, b) => a.startTime - b.startTime); }
  getEntriesByName(name, type) {
    return this.getEntries().filter((e) => e.name === `${name}` && (type === undefined || e.entryType === type));
  }
  getEntriesByType(type) { return this.getEntries().filter((e) => e.entryType === `${type}`); }

  eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; }

  toJSON() {
    return {
      nodeTiming: { name: 'node', entryType: 'node', startTime: 0, duration: now() },
      timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  [customInspect](depth, options, inspect) {
    const fmt = inspect || require('internal/util/inspect').inspect;
    return `Performance ${fmt(this.toJSON(), options)}`;
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

function clear(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === `${name}`)) entries.splice(i, 1);
  }
}

const performance = new Performance(kCreate);

module.exports = { performance, Performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
