'use strict';
const { types } = require('util');

const checks = {
  isDate: [new Date(), Date.now()],
  isRegExp: [/x/, RegExp.prototype],
  isMap: [new Map(), new WeakMap()],
  isSet: [new Set(), []],
  isWeakMap: [new WeakMap(), new Map()],
  isWeakSet: [new WeakSet(), new Set()],
  isPromise: [Promise.resolve(), { then() {} }],
  isTypedArray: [new Uint8Array(), new ArrayBuffer(1)],
  isUint8Array: [new Uint8Array(), new Int8Array()],
  isArrayBuffer: [new ArrayBuffer(1), new SharedArrayBuffer(1)],
  isAnyArrayBuffer: [new SharedArrayBuffer(1), new DataView(new ArrayBuffer(1))],
  isArrayBufferView: [new DataView(new ArrayBuffer(1)), new ArrayBuffer(1)],
  isDataView: [new DataView(new ArrayBuffer(1)), new Uint8Array()],
  isNativeError: [new TypeError(), { name: 'Error', message: '' }],
  isBoxedPrimitive: [Object(1n), 1],
  isNumberObject: [new Number(1), 1],
  isStringObject: [new String(''), ''],
  isSymbolObject: [Object(Symbol()), Symbol()],
  isAsyncFunction: [async () => {}, () => {}],
  isGeneratorFunction: [function* () {}, function () {}],
  isGeneratorObject: [(function* () {})(), {}],
  isMapIterator: [new Map().keys(), new Set().values()],
  isSetIterator: [new Set().values(), new Map().keys()],
  isArgumentsObject: [(function () { return arguments; })(), []],
  isProxy: [new Proxy({}, {}), {}],
  isModuleNamespaceObject: [{}, Object.create(null)],
  isExternal: [{}, null],
};
for (const [name, [yes, no]] of Object.entries(checks)) {
  console.log(name, types[name](yes), types[name](no));
}
console.log(types.isAsyncFunction(async function* () {}), types.isGeneratorFunction(async function* () {}));
console.log(Object.keys(types).length, types.isArrayBufferView.name, types.isDate.name);
