// SPDX-License-Identifier: Apache-2.0
'use strict';
// AssertionError and its generated messages: "a !== b" for short primitives, a line diff
// (+ actual / - expected) of the inspected values for the strict comparisons, and the
// "should loosely deep-equal" form for the loose ones, as Node 20 prints them.

const { inspect } = require('internal/util/inspect');
const { stripVTControlCharacters } = require('internal/util/inspect_primitives');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

let blue = '';
let green = '';
let red = '';
let white = '';

const kReadableOperator = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short primitives are compared as "a !== b" instead of with a diff.
const kMaxShortLength = 12;

function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    let { cause } = source;
    if (cause instanceof Error) cause = copyError(cause);
    Object.defineProperty(target, 'cause', { value: cause });
  }
  return target;
}

function inspectValue(val) {
  // Fixed options: the message must not depend on util.inspect.defaultOptions.
  return inspect(val, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Keeps at most 47 lines, the last one saying that the rest was left out.
function truncateLines(lines) {
  if (lines.length > 50) {
    lines[46] = `${blue}...${white}`;
    lines.length = 47;
  }
  return lines;
}

// Lines a run of identical lines contributes before the next difference: up to two shown
// after the previous difference already, then the last three (or "..." and the last two).
function flushIdentical(lines, i, identical, out) {
  if (identical <= 2) return;
  if (identical > 3) {
    if (identical > 4) {
      if (identical === 5) {
        out.text += `\n  ${lines[i - 3]}`;
        out.printed++;
      } else {
        out.text += `\n${blue}...${white}`;
        out.skipped = true;
      }
    }
    out.text += `\n  ${lines[i - 2]}`;
    out.printed++;
  }
  out.text += `\n  ${lines[i - 1]}`;
  out.printed++;
}

// `header` replaces the operator's sentence when the caller gave a message.
function createErrDiff(actual, expected, operator, header) {
  let other = '';
  let end = '';
  let skipped = false;
  const actualInspected = inspectValue(actual);
  const actualLines = actualInspected.split('\n');
  const expectedLines = inspectValue(expected).split('\n');
  let i = 0;
  let indicator = '';

  if (operator === 'strictEqual' &&
      ((typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }

  if (actualLines.length === 1 && expectedLines.length === 1 && actualLines[0] !== expectedLines[0]) {
    const colors = inspect.defaultOptions.colors;
    const actualRaw = colors ? stripVTControlCharacters(actualLines[0]) : actualLines[0];
    const expectedRaw = colors ? stripVTControlCharacters(expectedLines[0]) : expectedLines[0];
    const inputLength = actualRaw.length + expectedRaw.length;
    if (inputLength <= kMaxShortLength) {
      if ((typeof actual !== 'object' || actual === null) &&
          (typeof expected !== 'object' || expected === null) &&
          (actual !== 0 || expected !== 0)) {
        return `${header ?? kReadableOperator[operator]}\n\n${actualLines[0]} !== ${expectedLines[0]}\n`;
      }
    } else if (operator !== 'strictEqualObject') {
      // A caret under the first differing character, if both fit on one terminal line.
      const maxLength = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
      if (inputLength < maxLength) {
        while (actualRaw[i] === expectedRaw[i]) i++;
        if (i > 2) {
          indicator = `\n  ${' '.repeat(i)}^`;
          i = 0;
        }
      }
    }
  }

  // Identical trailing lines are cut off; up to three of them are shown at the end.
  let a = actualLines[actualLines.length - 1];
  let b = expectedLines[expectedLines.length - 1];
  while (a === b) {
    if (i++ < 3) end = `\n  ${a}${end}`;
    else other = a;
    actualLines.pop();
    expectedLines.pop();
    if (actualLines.length === 0 || expectedLines.length === 0) break;
    a = actualLines[actualLines.length - 1];
    b = expectedLines[expectedLines.length - 1];
  }

  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    // Equal structure, different references (e.g. two distinct Symbols).
    const lines = truncateLines(actualInspected.split('\n'));
    return `${kReadableOperator.notIdentical}\n\n${lines.join('\n')}\n`;
  }

  if (i >= 5) {
    end = `\n${blue}...${white}${end}`;
    skipped = true;
  }
  if (other !== '') {
    end = `\n  ${other}${end}`;
    other = '';
  }

  const out = { text: '', printed: 0, skipped };
  let identical = 0;
  const msg = `${header ?? kReadableOperator[operator]}\n${green}+ actual${white} ${red}- expected${white}`;
  const skippedMsg = ` ${blue}...${white} Lines skipped`;

  let lines = actualLines;
  let plusMinus = `${green}+${white}`;
  let maxLength = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    plusMinus = `${red}-${white}`;
    maxLength = actualLines.length;
  }

  for (i = 0; i < maxLines; i++) {
    if (maxLength < i + 1) {
      // Only one side has lines left.
      flushIdentical(lines, i, identical, out);
      identical = 0;
      if (lines === actualLines) out.text += `\n${plusMinus} ${lines[i]}`;
      else other += `\n${plusMinus} ${lines[i]}`;
      out.printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      // A line that differs only by a trailing comma counts as identical.
      let diverging = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (diverging && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        diverging = false;
        actualLine += ',';
      }
      if (diverging) {
        flushIdentical(actualLines, i, identical, out);
        identical = 0;
        // Expected lines are held back so that a block reads +++--- rather than +-+-+-.
        out.text += `\n${green}+${white} ${actualLine}`;
        other += `\n${red}-${white} ${expectedLine}`;
        out.printed += 2;
      } else {
        out.text += other;
        other = '';
        identical++;
        if (identical <= 2) {
          out.text += `\n  ${actualLine}`;
          out.printed++;
        }
      }
    }
    // Roughly 50 lines at most.
    if (out.printed > 50 && i < maxLines - 2) {
      return `${msg}${skippedMsg}\n${out.text}\n${blue}...${white}${other}\n${blue}...${white}`;
    }
  }
  return `${msg}${out.skipped ? skippedMsg : ''}\n${out.text}${other}${end}${indicator}`;
}

function addEllipsis(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) {
    lines.length = 10;
    return `${lines.join('\n')}\n...`;
  } else if (string.length > 512) {
    return `${string.slice(512)}...`;
  }
  return string;
}

function generateMessage(actual, expected, operator, message) {
  if (process.stderr && process.stderr.isTTY && typeof process.stderr.hasColors === 'function' &&
      process.stderr.hasColors()) {
    blue = '\u001b[34m';
    green = '\u001b[32m';
    white = '\u001b[39m';
    red = '\u001b[31m';
  } else {
    blue = '';
    green = '';
    white = '';
    red = '';
  }
  // Two errors are compared without their stacks, which differ anyway.
  if (typeof actual === 'object' && actual !== null && typeof expected === 'object' && expected !== null &&
      'stack' in actual && actual instanceof Error && 'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  if (operator === 'deepStrictEqual' || operator === 'strictEqual') {
    return createErrDiff(actual, expected, operator, message);
  }
  if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
    let base = kReadableOperator[operator];
    const res = truncateLines(inspectValue(actual).split('\n'));
    if (operator === 'notStrictEqual' &&
        ((typeof actual === 'object' && actual !== null) || typeof actual === 'function')) {
      base = kReadableOperator.notStrictEqualObject;
    }
    if (res.length === 1) return `${base}${res[0].length > 5 ? '\n\n' : ' '}${res[0]}`;
    return `${base}\n\n${res.join('\n')}\n`;
  }
  let res = inspectValue(actual);
  let other = inspectValue(expected);
  const knownOperator = kReadableOperator[operator];
  if (operator === 'notDeepEqual' && res === other) {
    res = `${knownOperator}\n\n${res}`;
    if (res.length > 1024) res = `${res.slice(0, 1021)}...`;
    return res;
  }
  if (res.length > 512) res = `${res.slice(0, 509)}...`;
  if (other.length > 512) other = `${other.slice(0, 509)}...`;
  if (operator === 'deepEqual') {
    res = `${knownOperator}\n\n${res}\n\nshould loosely deep-equal\n\n`;
  } else {
    const newOp = kReadableOperator[`${operator}Unequal`];
    if (newOp) res = `${newOp}\n\n${res}\n\nshould not loosely deep-equal\n\n`;
    else other = ` ${operator} ${other}`;
  }
  return `${res}${other}`;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    const { message, operator, stackStartFn, details, stackStartFunction } = options;
    const { actual, expected } = options;
    const limit = Error.stackTraceLimit;
    if (message == null) super(generateMessage(actual, expected, operator));
    // A message of the strict comparisons still gets the diff below it.
    else if (operator === 'deepStrictEqual' || operator === 'strictEqual') super(generateMessage(actual, expected, operator, String(message)));
    else super(String(message));
    if (Error.stackTraceLimit !== limit) Error.stackTraceLimit = limit;

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError [ERR_ASSERTION]', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    // The stack starts at the caller of the assert function and reads "AssertionError [ERR_ASSERTION]".
    if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(this, stackStartFn || stackStartFunction);
    void this.stack;
    this.name = 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    // actual/expected are already part of the message: keep them short here.
    const tmpActual = this.actual;
    const tmpExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = addEllipsis(this.actual);
    if (typeof this.expected === 'string') this.expected = addEllipsis(this.expected);
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = tmpActual;
    this.expected = tmpExpected;
    return result;
  }
}

module.exports = { AssertionError, inspectValue };
