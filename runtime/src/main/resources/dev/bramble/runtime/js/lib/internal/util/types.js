// SPDX-License-Identifier: Apache-2.0
'use strict';
// util.types: brand checks. Most use a built-in method that throws on the wrong receiver; what
// JavaScript cannot see (promise, proxy, native error, arguments ...) comes from the engine through
// internalBinding('util') when it is available.

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
    if (!isObj(value)) return false;
    try {
      check(value);
      return true;
    } catch {
      return false;
    }
  };
}

const TypedArray = Object.getPrototypeOf(Uint8Array);
const typedArrayTag = getter(TypedArray.prototype, Symbol.toStringTag);
const objectToString = uncurry(Object.prototype.toString);

function tag(value) {
  const b = engine();
  return b && isObj(value) ? b.typeTag(value) : undefined;
}

const isDate = brand(uncurry(Date.prototype.getTime));
const regExpSource = getter(RegExp.prototype, 'source');
const isRegExp = (v) => v !== RegExp.prototype && brand(regExpSource)(v);
const isMap = brand(getter(Map.prototype, 'size'));
const isSet = brand(getter(Set.prototype, 'size'));
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const isWeakMap = brand((v) => weakMapHas(v, {}));
const isWeakSet = brand((v) => weakSetHas(v, {}));
const isArrayBuffer = brand(getter(ArrayBuffer.prototype, 'byteLength'));
const isSharedArrayBuffer = typeof SharedArrayBuffer === 'function' ?
  brand(getter(SharedArrayBuffer.prototype, 'byteLength')) : () => false;
const isAnyArrayBuffer = (v) => isArrayBuffer(v) || isSharedArrayBuffer(v);
// `buffer` rather than `byteLength`: the latter throws on a detached view.
const isDataView = brand(getter(DataView.prototype, 'buffer'));
const isArrayBufferView = (v) => ArrayBuffer.isView(v);
const isTypedArray = (v) => isObj(v) && typedArrayTag(v) !== undefined;
const typedArrayIs = (name) => (v) => isObj(v) && typedArrayTag(v) === name;

const isNumberObject = brand(uncurry(Number.prototype.valueOf));
const isStringObject = brand(uncurry(String.prototype.valueOf));
const isBooleanObject = brand(uncurry(Boolean.prototype.valueOf));
const isBigIntObject = brand(uncurry(BigInt.prototype.valueOf));
const isSymbolObject = brand(uncurry(Symbol.prototype.valueOf));
const isBoxedPrimitive = (v) => isNumberObject(v) || isStringObject(v) || isBooleanObject(v) ||
  isBigIntObject(v) || isSymbolObject(v);

function isPromise(value) {
  if (!isObj(value)) return false;
  const b = engine();
  if (b) return b.typeTag(value) === 'promise';
  return value instanceof Promise || objectToString(value) === '[object Promise]';
}

function isProxy(value) {
  if (!isObj(value)) return false;
  const b = engine();
  if (b) return b.isProxy(value);
  try {
    const ib = internalBinding('util');
    return ib.isProxy(value);
  } catch {
    return false;
  }
}

function isNativeError(value) {
  if (!isObj(value)) return false;
  const t = tag(value);
  if (t !== undefined) return t === 'error';
  return objectToString(value) === '[object Error]';
}

function isArgumentsObject(value) {
  if (!isObj(value)) return false;
  const t = tag(value);
  if (t !== undefined) return t === 'arguments';
  return objectToString(value) === '[object Arguments]';
}

// Prototypes of the function kinds, taken from real instances of each.
const AsyncFunctionProto = Object.getPrototypeOf(async function () {});
const GeneratorFunctionProto = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionProto = Object.getPrototypeOf(async function* () {});
const GeneratorProto = Object.getPrototypeOf(GeneratorFunctionProto.prototype);

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

function isGeneratorObject(value) {
  if (!isObj(value)) return false;
  const t = tag(value);
  if (t !== undefined) return t === 'generator' || t === 'asyncGenerator';
  let proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    if (proto === GeneratorProto) return true;
    proto = Object.getPrototypeOf(proto);
  }
  return false;
}

function iteratorKind(name) {
  return (value) => {
    if (!isObj(value)) return false;
    const t = tag(value);
    if (t !== undefined) return t === name;
    return objectToString(value) === (name === 'mapIterator' ? '[object Map Iterator]' : '[object Set Iterator]');
  };
}

function isModuleNamespaceObject(value) {
  if (!isObj(value)) return false;
  const t = tag(value);
  if (t !== undefined) return t === 'module';
  return Object.getPrototypeOf(value) === null && value[Symbol.toStringTag] === 'Module' &&
    !Object.isExtensible(value);
}

module.exports = {
  isExternal: () => false,
  isDate,
  isArgumentsObject,
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction,
  isGeneratorFunction,
  isGeneratorObject,
  isPromise,
  isMap,
  isSet,
  isMapIterator: iteratorKind('mapIterator'),
  isSetIterator: iteratorKind('setIterator'),
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy,
  isModuleNamespaceObject,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
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

// Not part of util.types, but needed by inspect: what a function is (class, async, ...).
Object.defineProperty(module.exports, 'functionKind', { value: functionKind, enumerable: false });
Object.defineProperty(module.exports, 'engine', { value: engine, enumerable: false });

// Node's predicates carry their own names (a few are V8 built-ins under another name).
for (const [key, fn] of Object.entries(module.exports)) {
  const name = key === 'isArrayBufferView' ? 'isView' : (key === 'isKeyObject' || key === 'isCryptoKey') ? 'value' : key;
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
}
