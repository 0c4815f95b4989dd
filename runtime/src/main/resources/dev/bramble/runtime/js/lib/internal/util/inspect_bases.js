// SPDX-License-Identifier: Apache-2.0
'use strict';
// Pieces of util.inspect that name things: which keys of an object are shown, and the
// "[Function: f]", "[class A extends B]", "[Number: 3]" and "[Map Iterator] {" bases.

const { formatPrimitive, stylizeNoColor } = require('internal/util/inspect_primitives');
const { functionKind } = require('internal/util/types');

const numberRegExp = /^(0|[1-9][0-9]*)$/;
const classRegExp = /^(\s+[^(]*?)\s*{/;
const stripCommentsRegExp = /(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g;

function getKeys(value, showHidden) {
  const symbols = Object.getOwnPropertySymbols(value);
  let keys;
  if (showHidden) {
    keys = Object.getOwnPropertyNames(value);
    if (symbols.length !== 0) keys.push(...symbols);
  } else {
    try {
      keys = Object.keys(value);
    } catch (err) {
      // Namespace objects with bindings still in their temporal dead zone.
      keys = Object.getOwnPropertyNames(value);
    }
    if (symbols.length !== 0) {
      keys.push(...symbols.filter((key) => Object.prototype.propertyIsEnumerable.call(value, key)));
    }
  }
  return keys;
}

function isArrayIndex(key) {
  return typeof key === 'string' && numberRegExp.test(key) && Number(key) < 2 ** 32 - 1;
}

function getOwnNonIndexProperties(value, showHidden) {
  const keys = [];
  for (const key of Reflect.ownKeys(value)) {
    if (isArrayIndex(key)) continue;
    if (!showHidden && !Object.prototype.propertyIsEnumerable.call(value, key)) continue;
    keys.push(key);
  }
  return keys;
}

function getFunctionBase(ctx, value, constructor, tag) {
  const kind = functionKind(value);
  const source = kind === 'function' || kind === '' ? Function.prototype.toString.call(value) : '';
  if (kind === 'class' || (source.startsWith('class') && source.endsWith('}'))) {
    const slice = source.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    if (kind === 'class' || (bracketIndex !== -1 &&
        (!slice.slice(0, bracketIndex).includes('(') ||
         classRegExp.exec(slice.replace(stripCommentsRegExp, '')) !== null))) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (kind === 'generator' || kind === 'asyncGenerator') type = `Generator${type}`;
  if (kind === 'async' || kind === 'asyncGenerator') type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  base += value.name === '' ? ' (anonymous)' : `: ${value.name}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function getClassBase(value, constructor, tag) {
  const hasName = Object.prototype.hasOwnProperty.call(value, 'name');
  const name = (hasName && value.name) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName = Object.getPrototypeOf(value).name;
    if (superName) base += ` extends ${superName}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

const boxedTypes = {
  number: ['Number', Number.prototype.valueOf],
  string: ['String', String.prototype.valueOf],
  boolean: ['Boolean', Boolean.prototype.valueOf],
  bigint: ['BigInt', BigInt.prototype.valueOf],
  symbol: ['Symbol', Symbol.prototype.valueOf],
};

// "[Number: 3]", "[String (MyString): 'x']"; `kind` is the boxed primitive's kind.
function getBoxedBase(value, ctx, keys, constructor, tag, kind) {
  const [type, valueOf] = boxedTypes[kind];
  const primitive = Reflect.apply(valueOf, value, []);
  // The character indices of a String object are noise next to the string itself.
  if (kind === 'string') keys.splice(0, primitive.length);
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(stylizeNoColor, primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
  return ctx.stylize(base, type.toLowerCase());
}

function getIteratorBraces(type, tag) {
  if (tag !== `${type} Iterator`) {
    if (tag !== '') tag += '] [';
    tag += `${type} Iterator`;
  }
  return [`[${tag}] {`, '}'];
}

module.exports = {
  getKeys,
  getOwnNonIndexProperties,
  getFunctionBase,
  getBoxedBase,
  getIteratorBraces,
  numberRegExp,
};
