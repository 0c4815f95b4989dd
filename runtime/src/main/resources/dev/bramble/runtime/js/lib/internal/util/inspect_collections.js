// SPDX-License-Identifier: Apache-2.0
'use strict';
// Entry formatters of util.inspect for the built-in containers: Set, Map, typed arrays,
// ArrayBuffer, Promise, WeakMap/WeakSet, Map/Set iterators and module namespaces.
// Each returns the list of entry strings that reduceToSingleString lays out.

const { formatNumber, formatBigInt } = require('internal/util/inspect_primitives');
const { reduceToSingleString, kArrayExtrasType, kObjectType } = require('internal/util/inspect_layout');
const { engine } = require('internal/util/types');

const more = (n) => `... ${n} more item${n > 1 ? 's' : ''}`;

function formatSet(ctx, set, recurseTimes, formatValue) {
  const size = set.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of set) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (size > maxLength) output.push(more(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx, map, recurseTimes, formatValue) {
  const size = map.size;
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output = [];
  ctx.indentationLvl += 2;
  let i = 0;
  for (const { 0: k, 1: v } of map) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (size > maxLength) output.push(more(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

function formatTypedArray(ctx, array, length, recurseTimes, formatValue) {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const remaining = array.length - maxLength;
  const output = new Array(maxLength);
  const format = array.length > 0 && typeof array[0] === 'number' ? formatNumber : formatBigInt;
  for (let i = 0; i < maxLength; i++) output[i] = format(ctx.stylize, array[i], ctx.numericSeparator);
  if (remaining > 0) output[maxLength] = more(remaining);
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (const key of ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer']) {
      output.push(`[${key}]: ${formatValue(ctx, array[key], recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

function hexPairs(bytes, count) {
  let s = '';
  for (let i = 0; i < count; i++) {
    if (i !== 0) s += ' ';
    s += (bytes[i] < 16 ? '0' : '') + bytes[i].toString(16);
  }
  return s;
}

function formatArrayBuffer(ctx, buffer) {
  let bytes;
  try {
    bytes = new Uint8Array(buffer);
  } catch {
    return [ctx.stylize('(detached)', 'special')];
  }
  let str = hexPairs(bytes, Math.min(Math.max(0, ctx.maxArrayLength), bytes.length));
  const remaining = bytes.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`${ctx.stylize('[Uint8Contents]', 'special')}: <${str}>`];
}

function formatPromise(ctx, promise, recurseTimes, formatValue) {
  const b = engine();
  const state = b ? b.promiseState(promise) : -1;
  if (state === 0) return [ctx.stylize('<pending>', 'special')];
  if (state === -1) return [ctx.stylize('<unknown>', 'special')];
  ctx.indentationLvl += 2;
  const str = formatValue(ctx, b.promiseResult(promise), recurseTimes);
  ctx.indentationLvl -= 2;
  return [state === 2 ? `${ctx.stylize('<rejected>', 'special')} ${str}` : str];
}

// Entries of an iterator or weak collection as [k1, v1, k2, v2, ...] (or [k1, k2, ...]) plus
// whether they are pairs; null when the engine cannot tell.
function previewEntries(value, isIterator) {
  const b = engine();
  if (!b) return null;
  const keys = [];
  const values = [];
  const kind = b.previewEntries(value, (k, v) => {
    keys.push(k);
    values.push(v);
  });
  if (kind === -1) return null;
  const flat = [];
  const setLike = isIterator ? value[Symbol.toStringTag] === 'Set Iterator' : false;
  for (let i = 0; i < keys.length; i++) {
    if (kind === 2) flat.push(keys[i], setLike ? keys[i] : values[i]);
    else if (kind === 1 && !setLike) flat.push(values[i]);
    else flat.push(keys[i]);
  }
  return { entries: flat, isKeyValue: kind === 2 };
}

function formatListEntries(ctx, entries, recurseTimes, formatValue, weak) {
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) output[i] = formatValue(ctx, entries[i], recurseTimes);
  ctx.indentationLvl -= 2;
  // Weak collections have no order: sort for a halfway stable output.
  if (weak && !ctx.sorted) output.sort();
  if (entries.length > maxLength) output.push(more(entries.length - maxLength));
  return output;
}

function formatPairEntries(ctx, entries, recurseTimes, formatValue, weak) {
  const len = entries.length / 2;
  const maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), len);
  const output = new Array(maxLength);
  ctx.indentationLvl += 2;
  for (let i = 0; i < maxLength; i++) {
    const k = formatValue(ctx, entries[i * 2], recurseTimes);
    const v = formatValue(ctx, entries[i * 2 + 1], recurseTimes);
    output[i] = weak ? `${k} => ${v}` :
      reduceToSingleString(ctx, [k, v], '', ['[', ']'], kArrayExtrasType, recurseTimes);
  }
  ctx.indentationLvl -= 2;
  if (weak && !ctx.sorted) output.sort();
  if (len > maxLength) output.push(more(len - maxLength));
  return output;
}

function formatIterator(ctx, iterator, recurseTimes, formatValue, braces) {
  const preview = previewEntries(iterator, true);
  if (preview === null) return [];
  if (preview.isKeyValue) {
    braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
    return formatPairEntries(ctx, preview.entries, recurseTimes, formatValue, false);
  }
  return formatListEntries(ctx, preview.entries, recurseTimes, formatValue, false);
}

function formatWeakCollection(ctx) {
  return [ctx.stylize('<items unknown>', 'special')];
}

function formatWeak(ctx, value, recurseTimes, formatValue, isMap) {
  const preview = previewEntries(value, false);
  if (preview === null) return formatWeakCollection(ctx);
  return isMap ?
    formatPairEntries(ctx, preview.entries, recurseTimes, formatValue, true) :
    formatListEntries(ctx, preview.entries, recurseTimes, formatValue, true);
}

// Bindings still in their temporal dead zone print as <uninitialized>.
function formatNamespaceObject(ctx, ns, recurseTimes, keys, formatProperty) {
  const output = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    try {
      output[i] = formatProperty(ctx, ns, recurseTimes, keys[i], kObjectType);
    } catch (err) {
      if (!(err instanceof ReferenceError)) throw err;
      const shown = formatProperty(ctx, { [keys[i]]: '' }, recurseTimes, keys[i], kObjectType);
      output[i] = shown.slice(0, shown.lastIndexOf(' ') + 1) + ctx.stylize('<uninitialized>', 'special');
    }
  }
  keys.length = 0;
  return output;
}

module.exports = {
  formatSet,
  formatMap,
  formatTypedArray,
  formatArrayBuffer,
  formatPromise,
  formatIterator,
  formatWeakCollection,
  formatWeak,
  formatNamespaceObject,
};
