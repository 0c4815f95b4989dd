// SPDX-License-Identifier: Apache-2.0
'use strict';
// util.inspect with Node 20's output: the same options, the same prefixes ("Foo {}",
// "[Object: null prototype] {}", "Map(1) {...}"), the same circular markers and line breaking.
// Primitives, layout, errors and containers live in the inspect_* files beside this one.

const types = require('internal/util/types');
const {
  formatPrimitive, formatNumber, strEscape, escapeRaw, getStringWidth, stylizeNoColor,
} = require('internal/util/inspect_primitives');
const {
  reduceToSingleString, getPrefix, kObjectType, kArrayType, kArrayExtrasType,
} = require('internal/util/inspect_layout');
const { formatError } = require('internal/util/inspect_error');
const collections = require('internal/util/inspect_collections');
const { colors, styles } = require('internal/util/inspect_colors');
const {
  getKeys, getOwnNonIndexProperties, getFunctionBase, getBoxedBase, getIteratorBraces, numberRegExp,
} = require('internal/util/inspect_bases');

const { isNativeError, engine, kindOf } = types;

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

const inspectDefaultOptions = Object.seal({
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
});

// Names of the global constructors that exist before user code runs (Object, Array, Map ...).
const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis)
  .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function isError(e) {
  return isNativeError(e) || e instanceof Error;
}

const boxedKinds = new Set(['number', 'string', 'boolean', 'bigint', 'symbol']);

function stylizeWithColor(str, styleType) {
  const style = inspect.styles[styleType];
  if (style !== undefined) {
    const color = inspect.colors[style];
    if (color !== undefined) return `\u001b[${color[0]}m${str}\u001b[${color[1]}m`;
  }
  return str;
}

/**
 * Returns a string representation of `value` for debugging.
 * Also callable as inspect(value, showHidden, depth, colors), the legacy signature.
 */
function inspect(value, opts) {
  const ctx = {
    budget: {},
    indentationLvl: 0,
    seen: [],
    currentDepth: 0,
    stylize: stylizeNoColor,
    showHidden: inspectDefaultOptions.showHidden,
    depth: inspectDefaultOptions.depth,
    colors: inspectDefaultOptions.colors,
    customInspect: inspectDefaultOptions.customInspect,
    showProxy: inspectDefaultOptions.showProxy,
    maxArrayLength: inspectDefaultOptions.maxArrayLength,
    maxStringLength: inspectDefaultOptions.maxStringLength,
    breakLength: inspectDefaultOptions.breakLength,
    compact: inspectDefaultOptions.compact,
    sorted: inspectDefaultOptions.sorted,
    getters: inspectDefaultOptions.getters,
    numericSeparator: inspectDefaultOptions.numericSeparator,
  };
  if (arguments.length > 1) {
    if (arguments.length > 2) {
      if (arguments[2] !== undefined) ctx.depth = arguments[2];
      if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
    }
    if (typeof opts === 'boolean') {
      ctx.showHidden = opts;
    } else if (opts) {
      for (const key of Object.keys(opts)) {
        if (Object.prototype.hasOwnProperty.call(inspectDefaultOptions, key) || key === 'stylize') {
          ctx[key] = opts[key];
        } else if (ctx.userOptions === undefined) {
          // Unknown keys are handed on to custom inspect functions.
          ctx.userOptions = opts;
        }
      }
    }
  }
  if (ctx.colors) ctx.stylize = stylizeWithColor;
  if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
  if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
  return formatValue(ctx, value, 0);
}

inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
  get() {
    return inspectDefaultOptions;
  },
  set(options) {
    if (options === null || typeof options !== 'object') {
      const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    Object.assign(inspectDefaultOptions, options);
  },
});

inspect.colors = colors;
inspect.styles = styles;

// The options a custom [inspect.custom](depth, options, inspect) function receives.
function getUserOptions(ctx) {
  return {
    stylize: ctx.stylize,
    showHidden: ctx.showHidden,
    depth: ctx.depth,
    colors: ctx.colors,
    customInspect: ctx.customInspect,
    showProxy: ctx.showProxy,
    maxArrayLength: ctx.maxArrayLength,
    maxStringLength: ctx.maxStringLength,
    breakLength: ctx.breakLength,
    compact: ctx.compact,
    sorted: ctx.sorted,
    getters: ctx.getters,
    numericSeparator: ctx.numericSeparator,
    ...ctx.userOptions,
  };
}

function formatValue(ctx, value, recurseTimes, typedArray) {
  if (typeof value !== 'object' && typeof value !== 'function') {
    return formatPrimitive(ctx.stylize, value, ctx);
  }
  if (value === null) return ctx.stylize('null', 'null');

  const context = value;
  // Proxies are looked through (their target is shown) so that no trap runs.
  let kind = kindOf(value);
  if (kind === 'proxy') {
    const b = engine();
    const target = b.proxyTarget(value);
    if (target === null) return ctx.stylize('<Revoked Proxy>', 'special');
    if (ctx.showProxy) return formatProxy(ctx, target, b.proxyHandler(value), recurseTimes);
    value = target;
    while ((kind = kindOf(value)) === 'proxy') {
      value = b.proxyTarget(value);
      if (value === null) return ctx.stylize('<Revoked Proxy>', 'special');
    }
  }

  if (ctx.customInspect) {
    const maybeCustom = value[customInspectSymbol];
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect &&
        !(value.constructor && value.constructor.prototype === value)) {
      const depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
      const ret = Reflect.apply(maybeCustom, context, [depth, getUserOptions(ctx), inspect]);
      if (ret !== context) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }

  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      index = ctx.circular.get(value);
      if (index === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      }
    }
    return ctx.stylize(`[Circular *${index}]`, 'special');
  }
  return formatRaw(ctx, value, recurseTimes, typedArray, kind);
}

function formatProxy(ctx, target, handler, recurseTimes) {
  if (ctx.depth !== null && recurseTimes > ctx.depth) return ctx.stylize('Proxy [Array]', 'special');
  recurseTimes += 1;
  ctx.indentationLvl += 2;
  const res = [formatValue(ctx, target, recurseTimes), formatValue(ctx, handler, recurseTimes)];
  ctx.indentationLvl -= 2;
  return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function isInstanceof(object, ctor) {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

// The name of the nearest constructor on the prototype chain that `obj` is an instance of;
// null for objects without prototype; "Foo <Complex prototype>" style names otherwise.
function getConstructorName(obj, ctx, recurseTimes, protoProps) {
  let firstProto;
  const start = obj;
  while (obj) {
    const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
    if (descriptor !== undefined && typeof descriptor.value === 'function' &&
        descriptor.value.name !== '' && isInstanceof(start, descriptor.value)) {
      if (protoProps !== undefined &&
          (firstProto !== obj || !builtInObjects.has(descriptor.value.name))) {
        addPrototypeProperties(ctx, start, firstProto || start, recurseTimes, protoProps);
      }
      return String(descriptor.value.name);
    }
    obj = Object.getPrototypeOf(obj);
    if (firstProto === undefined) firstProto = obj;
  }
  if (firstProto === null) return null;
  const res = internalConstructorName(start);
  if (ctx.depth !== null && recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspect(firstProto, { ...ctx, customInspect: false, depth: -1 })}>`;
  }
  return `${res} <${protoConstr}>`;
}

function internalConstructorName(value) {
  if (Array.isArray(value)) return 'Array';
  if (typeof value === 'function') return 'Function';
  const tag = Object.prototype.toString.call(value).slice(8, -1);
  return tag === 'Arguments' ? 'Object' : tag;
}

// With showHidden, the non-function properties of up to three user prototypes are listed too.
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
  let depth = 0;
  let keys;
  let keySet;
  do {
    if (depth !== 0 || main === obj) {
      obj = Object.getPrototypeOf(obj);
      if (obj === null) return;
      const descriptor = Object.getOwnPropertyDescriptor(obj, 'constructor');
      if (descriptor !== undefined && typeof descriptor.value === 'function' &&
          builtInObjects.has(descriptor.value.name)) {
        return;
      }
    }
    if (depth === 0) keySet = new Set();
    else keys.forEach((key) => keySet.add(key));
    keys = Reflect.ownKeys(obj);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || Object.prototype.hasOwnProperty.call(main, key) ||
          (depth !== 0 && keySet.has(key))) {
        continue;
      }
      const desc = Object.getOwnPropertyDescriptor(obj, key);
      if (typeof desc.value === 'function') continue;
      const value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
      output.push(ctx.colors ? `\u001b[2m${value}\u001b[22m` : value);
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

// Decides the prefix, braces and entry formatter of `value`, then formats its entries and keys.
function formatRaw(ctx, value, recurseTimes, typedArray, kind) {
  let keys;
  let protoProps;
  if (ctx.showHidden && (ctx.depth === null || recurseTimes <= ctx.depth)) protoProps = [];
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag = value[Symbol.toStringTag];
  // A tag that is an own (enumerable) property is printed with the keys anyway.
  if (typeof tag !== 'string' || (tag !== '' &&
      (ctx.showHidden ? Object.prototype.hasOwnProperty : Object.prototype.propertyIsEnumerable)
        .call(value, Symbol.toStringTag))) {
    tag = '';
  }
  let base = '';
  let formatter = () => [];
  let braces;
  let noIterator = true;
  let extrasType = kObjectType;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = (constructor !== 'Array' || tag !== '') ?
        getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && protoProps === undefined) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = formatArray;
    } else if (kind === 'set') {
      const size = Reflect.apply(Object.getOwnPropertyDescriptor(Set.prototype, 'size').get, value, []);
      const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : Set.prototype.values.call(value);
      formatter = (c, v, r) => collections.formatSet(c, iterable, r, formatValue);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === 'map') {
      const size = Reflect.apply(Object.getOwnPropertyDescriptor(Map.prototype, 'size').get, value, []);
      const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      const iterable = constructor !== null ? value : Map.prototype.entries.call(value);
      formatter = (c, v, r) => collections.formatMap(c, iterable, r, formatValue);
      if (size === 0 && keys.length === 0 && protoProps === undefined) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (kind === 'typedArray') {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      let bound = value;
      let fallback = '';
      const realTag = Reflect.apply(Object.getOwnPropertyDescriptor(
        Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag).get, value, []);
      if (constructor === null) {
        fallback = realTag;
        bound = new globalThis[fallback](value);
      }
      const size = bound.length;
      const prefix = getPrefix(constructor, tag, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c, v, r) => collections.formatTypedArray(c, bound, size, r, formatValue);
      extrasType = kArrayExtrasType;
    } else if (kind === 'mapIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Map', tag);
      formatter = (c, v, r) => collections.formatIterator(c, v, r, formatValue, braces);
    } else if (kind === 'setIterator') {
      keys = getKeys(value, ctx.showHidden);
      braces = getIteratorBraces('Set', tag);
      formatter = (c, v, r) => collections.formatIterator(c, v, r, formatValue, braces);
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    if (typeof value === 'function') {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'special');
    } else if (constructor === 'Object') {
      if (kind === 'arguments') braces[0] = '[Arguments] {';
      else if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0 && protoProps === undefined) return `${braces[0]}}`;
    } else if (kind === 'regexp') {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value));
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if ((keys.length === 0 && protoProps === undefined) ||
          (ctx.depth !== null && recurseTimes > ctx.depth)) {
        return ctx.stylize(base, 'regexp');
      }
    } else if (kind === 'date') {
      const time = Date.prototype.getTime.call(value);
      base = Number.isNaN(time) ? Date.prototype.toString.call(value) : Date.prototype.toISOString.call(value);
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
    } else if (kind === 'error' || value instanceof Error) {
      // V8 creates `stack` before `message`; GraalJS the other way round. Show V8's order.
      const stackIndex = ctx.showHidden ? keys.indexOf('stack') : -1;
      if (stackIndex > 0) keys.unshift(...keys.splice(stackIndex, 1));
      base = formatError(value, constructor, tag, ctx, keys, isError);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else if (kind === 'arrayBuffer' || kind === 'sharedArrayBuffer') {
      const prefix = getPrefix(constructor, tag, kind === 'arrayBuffer' ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = collections.formatArrayBuffer;
      } else if (keys.length === 0 && protoProps === undefined) {
        return `${prefix}{ byteLength: ${formatNumber(ctx.stylize, value.byteLength, false)} }`;
      }
      braces[0] = `${prefix}{`;
      keys.unshift('byteLength');
    } else if (kind === 'dataView') {
      braces[0] = `${getPrefix(constructor, tag, 'DataView')}{`;
      keys.unshift('byteLength', 'byteOffset', 'buffer');
    } else if (kind === 'promise') {
      braces[0] = `${getPrefix(constructor, tag, 'Promise')}{`;
      formatter = (c, v, r) => collections.formatPromise(c, v, r, formatValue);
    } else if (kind === 'weakSet') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakSet')}{`;
      formatter = ctx.showHidden ? (c, v, r) => collections.formatWeak(c, v, r, formatValue, false) :
        collections.formatWeakCollection;
    } else if (kind === 'weakMap') {
      braces[0] = `${getPrefix(constructor, tag, 'WeakMap')}{`;
      formatter = ctx.showHidden ? (c, v, r) => collections.formatWeak(c, v, r, formatValue, true) :
        collections.formatWeakCollection;
    } else if (kind === 'module') {
      braces[0] = `${getPrefix(constructor, tag, 'Module')}{`;
      const nsKeys = keys;
      formatter = (c, v, r) => collections.formatNamespaceObject(c, v, r, nsKeys, formatProperty);
    } else if (boxedKinds.has(kind)) {
      base = getBoxedBase(value, ctx, keys, constructor, tag, kind);
      if (keys.length === 0 && protoProps === undefined) return base;
    } else {
      if (keys.length === 0 && protoProps === undefined) return `${getPrefix(constructor, tag, 'Object')}{}`;
      braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
    }
  }

  if (ctx.depth !== null && recurseTimes > ctx.depth) {
    let name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    if (constructor !== null) name = `[${name}]`;
    return ctx.stylize(name, 'special');
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output;
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    for (let i = 0; i < keys.length; i++) {
      output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
    }
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    const name = getPrefix(constructor, tag, 'Object').slice(0, -1);
    return handleMaxCallStackSize(ctx, err, name, indentationLvl);
  }
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = ctx.stylize(`<ref *${index}>`, 'special');
      if (ctx.compact !== true) base = base === '' ? reference : `${reference} ${base}`;
      else braces[0] = `${reference} ${braces[0]}`;
    }
  }
  ctx.seen.pop();

  if (ctx.sorted) {
    const comparator = ctx.sorted === true ? undefined : ctx.sorted;
    if (extrasType === kObjectType) {
      output.sort(comparator);
    } else if (keys.length > 1) {
      const sorted = output.slice(output.length - keys.length).sort(comparator);
      output.splice(output.length - keys.length, keys.length, ...sorted);
    }
  }

  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const budget = ctx.budget[ctx.indentationLvl] || 0;
  const newLength = budget + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past about 128 MB of output everything deeper is abbreviated, so huge graphs still finish.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

function isStackOverflowError(err) {
  return err instanceof RangeError && /call stack|stack size|too much recursion/i.test(err.message);
}

function handleMaxCallStackSize(ctx, err, constructorName, indentationLvl) {
  if (isStackOverflowError(err)) {
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    return ctx.stylize(`[${constructorName}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`,
      'special');
  }
  throw err;
}

function formatArray(ctx, value, recurseTimes) {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output = [];
  for (let i = 0; i < len; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, i)) {
      return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    }
    output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

// Holes are shown as "<n empty items>"; each counts as one entry against maxArrayLength.
function formatSparseArray(ctx, value, recurseTimes, maxLength, output, i) {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!numberRegExp.test(key)) break;
      const emptyItems = tmp - index;
      output.push(ctx.stylize(`<${emptyItems} empty item${emptyItems > 1 ? 's' : ''}>`, 'undefined'));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) {
      output.push(ctx.stylize(`<${remaining} empty item${remaining > 1 ? 's' : ''}>`, 'undefined'));
    }
  } else if (remaining > 0) {
    output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  }
  return output;
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original = value) {
  let name;
  let str;
  let extra = ' ';
  desc = desc || Object.getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
  if (desc.value !== undefined) {
    const diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
    ctx.indentationLvl += diff;
    str = formatValue(ctx, desc.value, recurseTimes);
    if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
      extra = `\n${' '.repeat(ctx.indentationLvl)}`;
    }
    ctx.indentationLvl -= diff;
  } else if (desc.get !== undefined) {
    const label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
    const s = ctx.stylize;
    const sp = 'special';
    if (ctx.getters && (ctx.getters === true ||
        (ctx.getters === 'get' && desc.set === undefined) ||
        (ctx.getters === 'set' && desc.set !== undefined))) {
      try {
        const tmp = Reflect.apply(desc.get, original, []);
        ctx.indentationLvl += 2;
        if (tmp === null) str = `${s(`[${label}:`, sp)} ${s('null', 'null')}${s(']', sp)}`;
        else if (typeof tmp === 'object') str = `${s(`[${label}]`, sp)} ${formatValue(ctx, tmp, recurseTimes)}`;
        else str = `${s(`[${label}:`, sp)} ${formatPrimitive(s, tmp, ctx)}${s(']', sp)}`;
        ctx.indentationLvl -= 2;
      } catch (err) {
        str = `${s(`[${label}:`, sp)} <Inspection threw (${err.message})>${s(']', sp)}`;
      }
    } else {
      str = s(`[${label}]`, sp);
    }
  } else if (desc.set !== undefined) {
    str = ctx.stylize('[Setter]', 'special');
  } else {
    str = ctx.stylize('undefined', 'undefined');
  }
  if (type === kArrayType) return str;
  if (typeof key === 'symbol') {
    name = `[${ctx.stylize(escapeRaw(Symbol.prototype.toString.call(key)), 'symbol')}]`;
  } else if (key === '__proto__') {
    name = "['__proto__']";
  } else if (desc.enumerable === false) {
    name = `[${escapeRaw(key)}]`;
  } else if (keyStrRegExp.test(key)) {
    name = ctx.stylize(key, 'name');
  } else {
    name = ctx.stylize(strEscape(key), 'string');
  }
  return `${name}:${extra}${str}`;
}

module.exports = {
  inspect,
  inspectDefaultOptions,
  stylizeNoColor,
  builtInObjects,
  isError,
  customInspectSymbol,
};
