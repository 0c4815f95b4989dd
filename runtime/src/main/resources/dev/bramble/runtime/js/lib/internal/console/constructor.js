// SPDX-License-Identifier: Apache-2.0
'use strict';
// The Console class: printf-style logging to a stdout/stderr pair, group indentation, counters,
// timers, console.table and console.trace, with Node's output formats and warnings.
// The global console is built from the same methods by bootstrap/10_console.js.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
  define,
} = require('internal/errors');
const { formatWithOptions } = require('internal/util/format');
// Loaded on first use (dir, table, objects): the global console is made at startup.
let inspectModule;
let types;
const inspect = (value, opts) => (inspectModule ??= require('internal/util/inspect')).inspect(value, opts);
const lazyTypes = () => (types ??= require('internal/util/types'));
const isMap = (v) => lazyTypes().isMap(v);
const isSet = (v) => lazyTypes().isSet(v);
const isMapIterator = (v) => lazyTypes().isMapIterator(v);
const isSetIterator = (v) => lazyTypes().isSetIterator(v);
const engine = () => lazyTypes().engine();
const cliTable = (head, columns) => require('internal/console/table')(head, columns);

const ERR_CONSOLE_WRITABLE_STREAM = define('ERR_CONSOLE_WRITABLE_STREAM',
  'Console expects a writable stream instance for %s', TypeError);
const ERR_INCOMPATIBLE_OPTION_PAIR = define('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);

const kCounts = Symbol('counts');
const kColorMode = Symbol('kColorMode');
const kIsConsole = Symbol('kIsConsole');
const kGroupIndent = Symbol('kGroupIndent');
const kGroupIndentWidth = Symbol('kGroupIndentWidth');
const kWriteToConsole = Symbol('kWriteToConsole');
const kGetInspectOptions = Symbol('kGetInspectOptions');
const kFormatForStdout = Symbol('kFormatForStdout');
const kFormatForStderr = Symbol('kFormatForStderr');
const kInspectOptions = Symbol('kInspectOptions');
const kUseStdout = Symbol('kUseStdout');
const kUseStderr = Symbol('kUseStderr');
// Set on the global console: how to reach fds 1 and 2 without a stream.
const kDirectWrite = Symbol('kDirectWrite');

const kColorInspectOptions = { colors: true };
const kNoColorInspectOptions = {};

function defineHidden(obj, name, value) {
  Object.defineProperty(obj, name, { value, writable: true, enumerable: false, configurable: true });
}

function Console(options, stderr, ignoreErrors) {
  if (!new.target) return Reflect.construct(Console, arguments);
  if (!options || typeof options.write === 'function') {
    options = { stdout: options, stderr, ignoreErrors };
  }
  const {
    stdout,
    stderr: errStream = stdout,
    ignoreErrors: ignore = true,
    colorMode = 'auto',
    inspectOptions,
    groupIndentation,
  } = options;
  if (!stdout || typeof stdout.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stdout');
  if (!errStream || typeof errStream.write !== 'function') throw new ERR_CONSOLE_WRITABLE_STREAM('stderr');
  if (colorMode !== 'auto' && colorMode !== true && colorMode !== false) {
    throw new ERR_INVALID_ARG_VALUE('colorMode', colorMode, "must be one of: 'auto', true, false");
  }
  if (groupIndentation !== undefined) {
    if (typeof groupIndentation !== 'number') throw new ERR_INVALID_ARG_TYPE('groupIndentation', 'number', groupIndentation);
    if (!Number.isInteger(groupIndentation) || groupIndentation < 0 || groupIndentation > 1000) {
      const { codes: { ERR_OUT_OF_RANGE } } = require('internal/errors');
      throw new ERR_OUT_OF_RANGE('groupIndentation', '>= 0 && <= 1000', groupIndentation);
    }
  }
  if (inspectOptions !== undefined) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options.inspectOptions', 'object', inspectOptions);
    }
    if (inspectOptions.colors !== undefined && options.colorMode !== undefined) {
      throw new ERR_INCOMPATIBLE_OPTION_PAIR('options.inspectOptions.color', 'colorMode');
    }
  }
  // Every method is bound to this instance so that `const { log } = console` works.
  for (const key of Object.keys(Console.prototype)) {
    this[key] = Console.prototype[key].bind(this);
    Object.defineProperty(this[key], 'name', { value: key });
  }
  bindStreams(this, stdout, errStream, ignore, colorMode, inspectOptions, groupIndentation);
}

function bindStreams(self, stdout, stderr, ignoreErrors, colorMode, inspectOptions, groupIndentation = 2) {
  const streamProp = (value) => ({ value, writable: true, enumerable: false, configurable: true });
  Object.defineProperties(self, {
    _stdout: typeof stdout === 'function' ? { get: stdout, set(v) { defineHidden(self, '_stdout', v); }, enumerable: false, configurable: true } : streamProp(stdout),
    _stderr: typeof stderr === 'function' ? { get: stderr, set(v) { defineHidden(self, '_stderr', v); }, enumerable: false, configurable: true } : streamProp(stderr),
    _stdoutErrorHandler: streamProp(createWriteErrorHandler(self, kUseStdout)),
    _stderrErrorHandler: streamProp(createWriteErrorHandler(self, kUseStderr)),
    _ignoreErrors: streamProp(Boolean(ignoreErrors)),
    _times: streamProp(new Map()),
  });
  defineHidden(self, kCounts, new Map());
  defineHidden(self, kColorMode, colorMode);
  defineHidden(self, kIsConsole, true);
  defineHidden(self, kGroupIndent, '');
  defineHidden(self, kGroupIndentWidth, groupIndentation);
  defineHidden(self, kInspectOptions, inspectOptions);
}

// Errors while writing (a closed pipe) are swallowed unless ignoreErrors is false.
function createWriteErrorHandler(self, streamSymbol) {
  return (err) => {
    const stream = streamSymbol === kUseStdout ? self._stdout : self._stderr;
    if (err !== null && stream && !stream._writableState?.errorEmitted) {
      if (typeof stream.listenerCount === 'function' && stream.listenerCount('error') === 0) {
        stream.once('error', () => {});
      }
    }
  };
}

function streamHasColors(stream) {
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.hasColors === 'function') return stream.hasColors();
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return true;
}

const consoleMethods = {
  log(...args) {
    this[kWriteToConsole](kUseStdout, this[kFormatForStdout](args));
  },

  warn(...args) {
    this[kWriteToConsole](kUseStderr, this[kFormatForStderr](args));
  },

  dir(object, options) {
    this[kWriteToConsole](kUseStdout, inspect(object, {
      customInspect: false,
      ...this[kGetInspectOptions](this._stdout),
      ...options,
    }));
  },

  time(label = 'default') {
    label = `${label}`;
    if (this._times.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    this._times.set(label, process.hrtime());
  },

  timeEnd(label = 'default') {
    label = `${label}`;
    if (timeLogImpl(this, 'timeEnd', label)) this._times.delete(label);
  },

  timeLog(label = 'default', ...data) {
    timeLogImpl(this, 'timeLog', `${label}`, data);
  },

  trace: function trace(...args) {
    const err = { name: 'Trace', message: this[kFormatForStderr](args) };
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(err, trace);
    } else {
      const stack = new Error().stack || '';
      err.stack = `Trace: ${err.message}${stack.slice(stack.indexOf('\n'))}`;
    }
    this.error(err.stack);
  },

  assert(expression, ...args) {
    if (!expression) {
      args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
      Reflect.apply(this.warn, this, args);
    }
  },

  // Clears the terminal, only when stdout is one and nothing is indented.
  clear() {
    if (this._stdout && this._stdout.isTTY && process.env.TERM !== 'dumb') {
      this[kWriteToConsole](kUseStdout, '\u001b[1;1H\u001b[0J', true);
    }
  },

  count(label = 'default') {
    label = `${label}`;
    const counts = this[kCounts];
    const count = (counts.get(label) || 0) + 1;
    counts.set(label, count);
    this.log(`${label}: ${count}`);
  },

  countReset(label = 'default') {
    const counts = this[kCounts];
    if (!counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    counts.delete(`${label}`);
  },

  group(...data) {
    if (data.length > 0) Reflect.apply(this.log, this, data);
    this[kGroupIndent] += ' '.repeat(this[kGroupIndentWidth]);
  },

  groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, this[kGroupIndent].length - this[kGroupIndentWidth]);
  },

  table(tabularData, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
      throw new ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    if (tabularData === null || typeof tabularData !== 'object') return this.log(tabularData);
    this.log(renderTable(this, tabularData, properties));
  },
};

consoleMethods.debug = consoleMethods.log;
consoleMethods.info = consoleMethods.log;
consoleMethods.dirxml = consoleMethods.log;
consoleMethods.error = consoleMethods.warn;
consoleMethods.groupCollapsed = consoleMethods.group;

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;
const pad = (value) => `${value}`.padStart(2, '0');

function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    [seconds, ms] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(seconds)}.${ms} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

function timeLogImpl(self, name, label, data) {
  const time = self._times.get(label);
  if (time === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const duration = process.hrtime(time);
  const formatted = formatTime(duration[0] * 1000 + duration[1] / 1e6);
  if (data === undefined) self.log('%s: %s', label, formatted);
  else self.log('%s: %s', label, formatted, ...data);
  return true;
}

// Entries still to come from a Map/Set iterator, as [k, v, k, v...] or [v, v...].
function previewIterator(iterator) {
  const b = engine();
  const keys = [];
  const values = [];
  const kind = b ? b.previewEntries(iterator, (k, v) => {
    keys.push(k);
    values.push(v);
  }) : -1;
  if (kind === -1) return { entries: [], isKeyValue: false };
  const setLike = isSetIterator(iterator);
  const entries = [];
  for (let i = 0; i < keys.length; i++) {
    if (kind === 2) entries.push(keys[i], setLike ? keys[i] : values[i]);
    else entries.push(kind === 1 && !setLike ? values[i] : keys[i]);
  }
  return { entries, isKeyValue: kind === 2 };
}

function renderTable(self, tabularData, properties) {
  const cell = (v) => {
    const depth = v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 2 ? -1 : 0;
    return inspect(v, { depth, maxArrayLength: 3, breakLength: Infinity, ...self[kGetInspectOptions](self._stdout) });
  };
  const indexColumn = (length) => Array.from({ length }, (_, i) => cell(i));

  const mapIter = isMapIterator(tabularData);
  let isKeyValue = false;
  if (mapIter) {
    ({ entries: tabularData, isKeyValue } = previewIterator(tabularData));
  }
  if (isKeyValue || isMap(tabularData)) {
    const keys = [];
    const values = [];
    if (mapIter) {
      for (let i = 0; i < tabularData.length / 2; i++) {
        keys.push(cell(tabularData[i * 2]));
        values.push(cell(tabularData[i * 2 + 1]));
      }
    } else {
      for (const [k, v] of tabularData) {
        keys.push(cell(k));
        values.push(cell(v));
      }
    }
    return cliTable(['(iteration index)', 'Key', 'Values'], [indexColumn(keys.length), keys, values]);
  }

  const setIter = isSetIterator(tabularData);
  if (setIter) tabularData = previewIterator(tabularData).entries;
  if (setIter || mapIter || isSet(tabularData)) {
    const values = [];
    for (const v of tabularData) values.push(cell(v));
    return cliTable(['(iteration index)', 'Values'], [indexColumn(values.length), values]);
  }

  const map = { __proto__: null };
  let hasPrimitives = false;
  const valuesColumn = [];
  const indexKeys = Object.keys(tabularData);
  for (let i = 0; i < indexKeys.length; i++) {
    const item = tabularData[indexKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      valuesColumn[i] = cell(item);
    } else {
      const keys = properties || Object.keys(item);
      for (const key of keys) {
        map[key] ??= [];
        if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) map[key][i] = '';
        else map[key][i] = cell(item[key]);
      }
    }
  }
  const head = Object.keys(map);
  const columns = Object.values(map);
  if (hasPrimitives) {
    head.push('Values');
    columns.push(valuesColumn);
  }
  head.unshift('(index)');
  columns.unshift(indexKeys);
  return cliTable(head, columns);
}

const internalMethods = {
  [kWriteToConsole](streamSymbol, string) {
    const useStdout = streamSymbol === kUseStdout;
    const groupIndent = this[kGroupIndent];
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';
    const direct = this[kDirectWrite];
    if (direct !== undefined && direct(useStdout ? 1 : 2, string)) return;
    const stream = useStdout ? this._stdout : this._stderr;
    if (this._ignoreErrors === false) {
      stream.write(string);
      return;
    }
    // Errors writing to the stream (e.g. EPIPE) must not become uncaught exceptions.
    const noop = () => {};
    const canListen = typeof stream.once === 'function' && typeof stream.listenerCount === 'function';
    try {
      if (canListen && stream.listenerCount('error') === 0) stream.once('error', noop);
      stream.write(string, useStdout ? this._stdoutErrorHandler : this._stderrErrorHandler);
    } catch (e) {
      if (e instanceof RangeError && /call stack/i.test(e.message)) throw e;
    } finally {
      if (canListen && typeof stream.removeListener === 'function') stream.removeListener('error', noop);
    }
  },

  [kGetInspectOptions](stream) {
    let color = this[kColorMode];
    if (color === 'auto') color = streamHasColors(stream);
    const options = this[kInspectOptions];
    if (options) {
      if (options.colors === undefined) return { ...options, colors: color };
      return options;
    }
    return color ? kColorInspectOptions : kNoColorInspectOptions;
  },

  [kFormatForStdout](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stdout), ...args);
  },

  [kFormatForStderr](args) {
    return formatWithOptions(this[kGetInspectOptions](this._stderr), ...args);
  },
};

for (const [key, fn] of Object.entries(consoleMethods)) {
  Object.defineProperty(Console.prototype, key, { value: fn, writable: true, enumerable: true, configurable: true });
}
for (const key of Object.getOwnPropertySymbols(internalMethods)) {
  defineHidden(Console.prototype, key, internalMethods[key]);
}
Object.defineProperty(Console, Symbol.hasInstance, {
  value(instance) {
    return instance != null && instance[kIsConsole] === true;
  },
});

module.exports = {
  Console,
  consoleMethods,
  internalMethods,
  bindStreams,
  formatTime,
  kDirectWrite,
};
