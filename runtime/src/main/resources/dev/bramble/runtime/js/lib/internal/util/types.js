// SPDX-License-Identifier: Apache-2.0
'use strict';
// util.types: what kind of built-in object a value really is (internal slots, not prototypes).
// The engine answers in one call through internalBinding('util').typeTag; without the binding
// the same kinds are worked out in JavaScript with brand checks (a built-in method that throws
// on the wrong receiver), which cannot see proxies or promises' states.

let binding;
function engine() {
  if (binding === undefined) {
    try {
      binding = internalBinding('util');
      if (!binding.available()) binding = null;
    } catch {
      binding = null;
    }
  }
  return binding;
}

const isObj = (v) => (typeof v === 'object' && v !== null) || typeof v === 'function';
const uncurry = (fn) => (self, ...args) => Reflect.apply(fn, self, args);
const getter = (proto, name) => uncurry(Object.getOwnPropertyDescriptor(proto, name).get);

// Returns true when `check(value)` does not throw.
function brand(check) {
  return (value) => {
    try {
      check(value);
      return true;
    } catch {
      return false;
    }
  };
}

const typedArrayTag = getter(Object.getPrototypeOf(Uint8Array.prototype), Symbol.toStringTag);
const objectToString = uncurry(Object.prototype.toString);
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);

// The fallback classification, in the order that keeps the throwing checks rare.
const jsChecks = [
  ['date', brand(uncurry(Date.prototype.getTime))],
  ['regexp', (v) => v !== RegExp.prototype && brand(getter(RegExp.prototype, 'source'))(v)],
  ['map', brand(getter(Map.prototype, 'size'))],
  ['set', brand(getter(Set.prototype, 'size'))],
  ['weakMap', brand((v) => weakMapHas(v, {}))],
  ['weakSet', brand((v) => weakSetHas(v, {}))],
  ['arrayBuffer', brand(getter(ArrayBuffer.prototype, 'byteLength'))],
  ['sharedArrayBuffer', typeof SharedArrayBuffer === 'function' ?
    brand(getter(SharedArrayBuffer.prototype, 'byteLength')) : () => false],
  ['dataView', brand(getter(DataView.prototype, 'buffer'))],
  ['number', brand(uncurry(Number.prototype.valueOf))],
  ['string', brand(uncurry(String.prototype.valueOf))],
  ['boolean', brand(uncurry(Boolean.prototype.valueOf))],
  ['bigint', brand(uncurry(BigInt.prototype.valueOf))],
  ['symbol', brand(uncurry(Symbol.prototype.valueOf))],
];
const tagKinds = {
  '[object Promise]': 'promise', '[object Error]': 'error', '[object Arguments]': 'arguments',
  '[object Generator]': 'generator', '[object AsyncGenerator]': 'asyncGenerator',
  '[object Map Iterator]': 'mapIterator', '[object Set Iterator]': 'setIterator',
};

function jsKind(value) {
  if (typeof value === 'function') return 'function';
  if (Array.isArray(value)) return 'array';
  if (typedArrayTag(value) !== undefined) return 'typedArray';
  const tagged = tagKinds[objectToString(value)];
  if (tagged !== undefined) return tagged;
  if (Object.getPrototypeOf(value) === null && value[Symbol.toStringTag] === 'Module' && !Object.isExtensible(value)) {
    return 'module';
  }
  for (const [kind, check] of jsChecks) if (check(value)) return kind;
  return 'object';
}

/** The kind of an object or function ("map", "date", "proxy", ...; see UtilBinding.typeTag). */
function kindOf(value) {
  const b = engine();
  return b ? b.typeTag(value) : jsKind(value);
}

const kindIs = (...kinds) => (value) => isObj(value) && kinds.includes(kindOf(value));
const typedArrayIs = (name) => (v) => isObj(v) && typedArrayTag(v) === name;

// Prototypes of the function kinds, for the fallback without the engine.
const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});

/** "async", "generator", "asyncGenerator", "class" or "function". */
function functionKind(fn) {
  const b = engine();
  if (b) return b.functionKind(fn);
  const proto = Object.getPrototypeOf(fn);
  if (proto === AsyncFunctionProto) return 'async';
  if (proto === GeneratorFunctionProto) return 'generator';
  if (proto === AsyncGeneratorFunctionProto) return 'asyncGenerator';
  return 'function';
}

function isAsyncFunction(value) {
  if (typeof value !== 'function') return false;
  const kind = functionKind(value);
  return kind === 'async' || kind === 'asyncGenerator';
}

function isGeneratorFunction(value) {
  if (typeof value !== 'function') return false;
  const kind = functionKind(value);
  return kind === 'generator' || kind === 'asyncGenerator';
}

function isProxy(value) {
  if (!isObj(value)) return false;
  if (engine()) return kindOf(value) === 'proxy';
  try {
    return internalBinding('util').isProxy(value);
  } catch {
    return false;
  }
}

module.exports = {
  isExternal: () => false,
  isDate: kindIs('date'),
  isArgumentsObject: kindIs('arguments'),
  isBigIntObject: kindIs('bigint'),
  isBooleanObject: kindIs('boolean'),
  isNumberObject: kindIs('number'),
  isStringObject: kindIs('string'),
  isSymbolObject: kindIs('symbol'),
  isNativeError: kindIs('error'),
  isRegExp: kindIs('regexp'),
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject: kindIs('generator', 'asyncGenerator'),
  isPromise: kindIs('promise'),
  isMap: kindIs('map'),
  isSet: kindIs('set'),
  isMapIterator: kindIs('mapIterator'),
  isSetIterator: kindIs('setIterator'),
  isWeakMap: kindIs('weakMap'),
  isWeakSet: kindIs('weakSet'),
  isArrayBuffer: kindIs('arrayBuffer'),
  isDataView: kindIs('dataView'),
  isSharedArrayBuffer: kindIs('sharedArrayBuffer'),
  isProxy,
  isModuleNamespaceObject: kindIs('module'),
  isAnyArrayBuffer: kindIs('arrayBuffer', 'sharedArrayBuffer'),
  isBoxedPrimitive: kindIs('number', 'string', 'boolean', 'bigint', 'symbol'),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => isObj(v) && typedArrayTag(v) !== undefined,
  isUint8Array: typedArrayIs('Uint8Array'),
  isUint8ClampedArray: typedArrayIs('Uint8ClampedArray'),
  isUint16Array: typedArrayIs('Uint16Array'),
  isUint32Array: typedArrayIs('Uint32Array'),
  isInt8Array: typedArrayIs('Int8Array'),
  isInt16Array: typedArrayIs('Int16Array'),
  isInt32Array: typedArrayIs('Int32Array'),
  isFloat32Array: typedArrayIs('Float32Array'),
  isFloat64Array: typedArrayIs('Float64Array'),
  isBigInt64Array: typedArrayIs('BigInt64Array'),
  isBigUint64Array: typedArrayIs('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

// Node's predicates carry their own names (a few are V8 built-ins under another name).
for (const [key, fn] of Object.entries(module.exports)) {
  const name = key === 'isArrayBufferView' ? 'isView' : (key === 'isKeyObject' || key === 'isCryptoKey') ? 'value' : key;
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
}

// Not part of util.types; used by inspect and the comparisons.
for (const [name, value] of Object.entries({ functionKind, engine, kindOf })) {
  Object.defineProperty(module.exports, name, { value, enumerable: false });
}
