// SPDX-License-Identifier: Apache-2.0
'use strict';
// Deep equality as assert.deepEqual (loose) and assert.deepStrictEqual / util.isDeepStrictEqual
// (strict) define it: strict compares with Object.is, prototypes and type tags; loose uses ==
// for primitives and ignores prototypes. Cycles are handled by remembering the pairs in progress.

const {
  isDate, isRegExp, isNativeError, isArrayBufferView, isSet, isMap, isAnyArrayBuffer, isBoxedPrimitive,
  isNumberObject, isStringObject, isBooleanObject, isBigIntObject, isSymbolObject,
  isFloat32Array, isFloat64Array,
} = require('internal/util/types');

const kNoIterator = 0;
const kIsArray = 1;
const kIsSet = 2;
const kIsMap = 3;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const tagOf = (o) => Object.prototype.toString.call(o);
const isObjectLike = (v) => typeof v === 'object' && v !== null;
const isErrorLike = (v) => isNativeError(v) || v instanceof Error;

function isArrayIndex(key) {
  return /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;
}

// Enumerable own keys that are not array indices; symbols only in strict mode.
function nonIndexKeys(value, strict) {
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === 'string' ? isArrayIndex(key) : !strict) continue;
    if (isEnumerable(value, key)) keys.push(key);
  }
  return keys;
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function areSimilarFloatArrays(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function isEqualBoxedPrimitive(a, b) {
  if (isNumberObject(a)) return isNumberObject(b) && Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  if (isStringObject(a)) return isStringObject(b) && String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  if (isBooleanObject(a)) return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  if (isBigIntObject(a)) return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

function innerDeepEqual(val1, val2, strict, memos) {
  if (val1 === val2) return val1 !== 0 || !strict || Object.is(val1, val2);
  if (strict) {
    if (typeof val1 !== 'object') return typeof val1 === 'number' && Number.isNaN(val1) && Number.isNaN(val2);
    if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
    if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
  } else {
    if (!isObjectLike(val1)) {
      if (!isObjectLike(val2)) {
        // eslint-disable-next-line eqeqeq
        return val1 == val2 || (Number.isNaN(val1) && Number.isNaN(val2));
      }
      return false;
    }
    if (!isObjectLike(val2)) return false;
  }
  const tag1 = tagOf(val1);
  if (tag1 !== tagOf(val2)) return false;

  if (Array.isArray(val1)) {
    if (!Array.isArray(val2) || val1.length !== val2.length) return false;
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kIsArray, keys1);
  } else if (tag1 === '[object Object]' && !isBoxedPrimitive(val1) && !isErrorLike(val1)) {
    return keyCheck(val1, val2, strict, memos, kNoIterator);
  } else if (isDate(val1)) {
    if (!isDate(val2) || Date.prototype.getTime.call(val1) !== Date.prototype.getTime.call(val2)) return false;
  } else if (isRegExp(val1)) {
    if (!isRegExp(val2) || val1.source !== val2.source || val1.flags !== val2.flags ||
        val1.lastIndex !== val2.lastIndex) {
      return false;
    }
  } else if (isErrorLike(val1)) {
    // The stack is left out: it differs between otherwise identical errors.
    if (!isErrorLike(val2) || val1.message !== val2.message || val1.name !== val2.name) return false;
    for (const key of ['cause', 'errors']) {
      if (hasOwn(val1, key) !== hasOwn(val2, key)) return false;
      if (hasOwn(val1, key) && !isEnumerable(val1, key) &&
          !innerDeepEqual(val1[key], val2[key], strict, memos)) {
        return false;
      }
    }
  } else if (isArrayBufferView(val1)) {
    if (!isArrayBufferView(val2)) return false;
    if (!strict && (isFloat32Array(val1) || isFloat64Array(val1))) {
      if (!areSimilarFloatArrays(val1, val2)) return false;
    } else if (!sameBytes(viewBytes(val1), viewBytes(val2))) {
      return false;
    }
    const keys1 = nonIndexKeys(val1, strict);
    if (keys1.length !== nonIndexKeys(val2, strict).length) return false;
    return keyCheck(val1, val2, strict, memos, kNoIterator, keys1);
  } else if (isSet(val1)) {
    if (!isSet(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsSet);
  } else if (isMap(val1)) {
    if (!isMap(val2) || val1.size !== val2.size) return false;
    return keyCheck(val1, val2, strict, memos, kIsMap);
  } else if (isAnyArrayBuffer(val1)) {
    if (!isAnyArrayBuffer(val2) || !sameBytes(new Uint8Array(val1), new Uint8Array(val2))) return false;
  } else if (isBoxedPrimitive(val1)) {
    if (!isEqualBoxedPrimitive(val1, val2)) return false;
  } else if (Array.isArray(val2) || isArrayBufferView(val2) || isSet(val2) || isMap(val2) || isDate(val2) ||
             isRegExp(val2) || isAnyArrayBuffer(val2) || isBoxedPrimitive(val2) || isErrorLike(val2)) {
    return false;
  }
  return keyCheck(val1, val2, strict, memos, kNoIterator);
}

function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
  const keysGiven = aKeys !== undefined;
  if (!keysGiven) {
    aKeys = Object.keys(val1);
    if (aKeys.length !== Object.keys(val2).length) return false;
  }
  for (let i = 0; i < aKeys.length; i++) {
    if (!isEnumerable(val2, aKeys[i])) return false;
  }
  if (strict && !keysGiven) {
    // Enumerable symbol keys must match too.
    let count = 0;
    for (const key of Object.getOwnPropertySymbols(val1)) {
      if (isEnumerable(val1, key)) {
        if (!isEnumerable(val2, key)) return false;
        aKeys.push(key);
        count++;
      } else if (isEnumerable(val2, key)) {
        return false;
      }
    }
    const count2 = Object.getOwnPropertySymbols(val2).filter((key) => isEnumerable(val2, key)).length;
    if (count !== count2) return false;
  }
  if (aKeys.length === 0 && (iterationType === kNoIterator ||
      (iterationType === kIsArray && val1.length === 0) || val1.size === 0)) {
    return true;
  }
  if (memos === undefined) {
    memos = { val1: new Map(), val2: new Map(), position: 0 };
  } else {
    // A pair already being compared further up is equal if both sides were entered together.
    const memoA = memos.val1.get(val1);
    if (memoA !== undefined) {
      const memoB = memos.val2.get(val2);
      if (memoB !== undefined) return memoA === memoB;
    }
    memos.position++;
  }
  memos.val1.set(val1, memos.position);
  memos.val2.set(val2, memos.position);
  const equal = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
  memos.val1.delete(val1);
  memos.val2.delete(val2);
  return equal;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
  if (iterationType === kIsSet) {
    if (!setEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsMap) {
    if (!mapEquiv(a, b, strict, memos)) return false;
  } else if (iterationType === kIsArray) {
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i)) {
        if (!hasOwn(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) return false;
      } else if (hasOwn(b, i)) {
        return false;
      } else {
        // Sparse: compare the remaining own keys instead of every index.
        const keysA = Object.keys(a);
        for (; i < keysA.length; i++) {
          const key = keysA[i];
          if (!hasOwn(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) return false;
        }
        return keysA.length === Object.keys(b).length;
      }
    }
  }
  for (let i = 0; i < keys.length; i++) {
    if (!innerDeepEqual(a[keys[i]], b[keys[i]], strict, memos)) return false;
  }
  return true;
}

function takeMatch(pending, matches) {
  for (let i = 0; i < pending.length; i++) {
    if (matches(pending[i])) {
      pending.splice(i, 1);
      return true;
    }
  }
  return false;
}

// Objects are matched one to one by deep equality; in loose mode a primitive may also match
// a different but == primitive.
function setEquiv(a, b, strict, memos) {
  const pending = [];
  for (const val of a) {
    if (isObjectLike(val)) pending.push(val);
    else if (!b.has(val)) {
      if (strict) return false;
      pending.push(val);
    }
  }
  if (pending.length === 0) return true;
  for (const val of b) {
    if (isObjectLike(val) || (!strict && !a.has(val))) {
      if (!takeMatch(pending, (p) => innerDeepEqual(p, val, strict, memos))) return false;
    }
  }
  return pending.length === 0;
}

function mapEquiv(a, b, strict, memos) {
  const pending = [];
  for (const [key, item1] of a) {
    if (isObjectLike(key)) {
      pending.push(key);
    } else {
      const item2 = b.get(key);
      if ((item2 === undefined && !b.has(key)) || !innerDeepEqual(item1, item2, strict, memos)) {
        if (strict) return false;
        pending.push(key);
      }
    }
  }
  if (pending.length === 0) return true;
  for (const [key, item] of b) {
    if (isObjectLike(key) ||
        (!strict && (!a.has(key) || !innerDeepEqual(a.get(key), item, strict, memos)))) {
      const matched = takeMatch(pending, (k) =>
        innerDeepEqual(k, key, strict, memos) && innerDeepEqual(a.get(k), item, strict, memos));
      if (!matched) return false;
    }
  }
  return pending.length === 0;
}

function isDeepEqual(val1, val2) {
  return innerDeepEqual(val1, val2, false);
}

function isDeepStrictEqual(val1, val2) {
  return innerDeepEqual(val1, val2, true);
}

module.exports = { isDeepEqual, isDeepStrictEqual };
