// SPDX-License-Identifier: Apache-2.0
'use strict';
// assert(value) / assert.ok(value) without a message say which expression was falsy:
// "The expression evaluated to a falsy value:\n\n  assert.ok(x > 1)\n". The call is found from
// the caller's position in its source file, like Node does with acorn, here with a small
// tokenizer that is enough to match the call's parentheses.

const cache = new Map();

function callSite(fn) {
  if (typeof Error.captureStackTrace !== 'function') return undefined;
  const prepare = Error.prepareStackTrace;
  const limit = Error.stackTraceLimit;
  const holder = {};
  try {
    Error.stackTraceLimit = 1;
    Error.prepareStackTrace = (_, frames) => frames;
    Error.captureStackTrace(holder, fn);
    const frames = holder.stack;
    return Array.isArray(frames) ? frames[0] : undefined;
  } catch {
    return undefined;
  } finally {
    Error.prepareStackTrace = prepare;
    Error.stackTraceLimit = limit;
  }
}

function readSource(filename) {
  try {
    let path = filename;
    if (path.startsWith('file://')) path = decodeURIComponent(new URL(path).pathname);
    if (!path.startsWith('/')) return undefined;
    // The module loader reads the program's own files without needing --allow-read.
    try {
      return internalBinding('modules').readSource(path);
    } catch {
      return require('fs').readFileSync(path, 'utf8');
    }
  } catch {
    return undefined;
  }
}

const punctuators = ['>>>=', '...', '===', '!==', '**=', '<<=', '>>=', '>>>', '&&=', '||=', '??=',
  '=>', '==', '!=', '<=', '>=', '&&', '||', '??', '?.', '++', '--', '+=', '-=', '*=', '/=', '%=',
  '&=', '|=', '^=', '<<', '>>', '**'];
const keywordsBeforeRegExp = new Set(['return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete',
  'void', 'throw', 'case', 'do', 'else', 'yield', 'await']);

// Tokens with their start/end offsets; just enough JavaScript to skip strings, templates,
// comments and regular expressions while matching brackets.
function tokenize(code, limit) {
  const tokens = [];
  let i = 0;
  let templateDepth = [];
  const prevSignificant = () => tokens[tokens.length - 1];
  const regexAllowed = () => {
    const prev = prevSignificant();
    if (prev === undefined) return true;
    if (prev.type === 'name') return keywordsBeforeRegExp.has(prev.value);
    if (prev.type === 'punct') return ![')', ']', '}'].includes(prev.value);
    return false;
  };
  while (i < code.length && i < limit) {
    const ch = code[i];
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '/' && code[i + 1] === '/') {
      while (i < code.length && code[i] !== '\n') i++;
    } else if (ch === '/' && code[i + 1] === '*') {
      const close = code.indexOf('*/', i + 2);
      i = close === -1 ? code.length : close + 2;
    } else if (ch === '"' || ch === "'") {
      const start = i++;
      while (i < code.length && code[i] !== ch && code[i] !== '\n') i += code[i] === '\\' ? 2 : 1;
      tokens.push({ type: 'string', start, end: ++i });
    } else if (ch === '`' || (ch === '}' && templateDepth.length > 0 && templateDepth[templateDepth.length - 1] === 0)) {
      const start = i++;
      if (ch === '}') templateDepth.pop();
      while (i < code.length && code[i] !== '`' && !(code[i] === '$' && code[i + 1] === '{')) i += code[i] === '\\' ? 2 : 1;
      if (code[i] === '$') {
        i += 2;
        templateDepth.push(0);
        tokens.push({ type: 'punct', value: '(', start, end: i, template: true });
      } else {
        i++;
        tokens.push({ type: ch === '}' ? 'punct' : 'string', value: ch === '}' ? ')' : undefined, start, end: i, template: true });
      }
    } else if (ch === '/' && regexAllowed()) {
      const start = i++;
      let inClass = false;
      while (i < code.length && code[i] !== '\n') {
        if (code[i] === '\\') i++;
        else if (code[i] === '[') inClass = true;
        else if (code[i] === ']') inClass = false;
        else if (code[i] === '/' && !inClass) break;
        i++;
      }
      i++;
      while (i < code.length && /[a-z]/.test(code[i])) i++;
      tokens.push({ type: 'regexp', start, end: i });
    } else if (/[A-Za-z_$\u0080-\uffff]/.test(ch)) {
      const start = i;
      while (i < code.length && /[\w$\u0080-\uffff]/.test(code[i])) i++;
      tokens.push({ type: 'name', value: code.slice(start, i), start, end: i });
    } else if (/[0-9]/.test(ch) || (ch === '.' && /[0-9]/.test(code[i + 1]))) {
      const start = i;
      while (i < code.length && /[\w.]/.test(code[i])) i++;
      tokens.push({ type: 'number', start, end: i });
    } else {
      const p = punctuators.find((op) => code.startsWith(op, i)) || ch;
      if (templateDepth.length > 0) {
        if (p === '{') templateDepth[templateDepth.length - 1]++;
        else if (p === '}') templateDepth[templateDepth.length - 1]--;
      }
      tokens.push({ type: 'punct', value: p, start: i, end: i + p.length });
      i += p.length;
    }
  }
  return tokens;
}

// The innermost call expression that contains `offset`: [start, end] or undefined.
function findCall(code, offset) {
  const tokens = tokenize(code, code.length);
  const open = { '(': ')', '[': ']', '{': '}' };
  const stack = [];
  const calls = [];
  for (let t = 0; t < tokens.length; t++) {
    const tok = tokens[t];
    if (tok.type !== 'punct') continue;
    if (open[tok.value]) {
      const prev = tokens[t - 1];
      const isCall = tok.value === '(' && !tok.template && prev !== undefined &&
        (prev.type === 'name' ? !keywordsBeforeRegExp.has(prev.value) && !['if', 'while', 'for', 'switch', 'catch', 'function'].includes(prev.value) :
          prev.type === 'punct' ? [')', ']', '?.'].includes(prev.value) || (prev.template && prev.value === ')') :
            prev.type === 'string' && prev.template);
      stack.push({ index: t, isCall });
    } else if ([')', ']', '}'].includes(tok.value) && stack.length > 0) {
      const opened = stack.pop();
      if (opened.isCall) calls.push({ startToken: calleeStart(tokens, opened.index - 1, stack), end: tok.end });
    }
  }
  let best;
  for (const call of calls) {
    const start = tokens[call.startToken].start;
    if (start <= offset && call.end >= offset && (best === undefined || call.end - start < best[1] - best[0])) {
      best = [start, call.end];
    }
  }
  return best;
}

// Walks back over the callee: names joined by `.`/`?.`, index expressions and earlier calls.
function calleeStart(tokens, t) {
  const closers = { ')': '(', ']': '[' };
  for (;;) {
    const tok = tokens[t];
    if (tok.type === 'punct' && closers[tok.value]) {
      let depth = 0;
      for (; t >= 0; t--) {
        const v = tokens[t].value;
        if (v === ')' || v === ']') depth++;
        else if (v === '(' || v === '[') depth--;
        if (depth === 0) break;
      }
      t--;
      if (t < 0) return 0;
      continue;
    }
    const before = tokens[t - 1];
    if (before && before.type === 'punct' && (before.value === '.' || before.value === '?.') && t >= 2) {
      t -= 2;
      continue;
    }
    if (before && before.type === 'name' && before.value === 'new') return t - 1;
    return t;
  }
}

/** The message for a falsy assert.ok(), or undefined when the source cannot be read. */
function getErrMessage(fn) {
  const call = callSite(fn);
  if (call === undefined) return undefined;
  const filename = call.getFileName();
  const line = call.getLineNumber() - 1;
  let column = call.getColumnNumber() - 1;
  if (!filename || filename.startsWith('node:') || filename.startsWith('bramble:')) return undefined;
  const identifier = `${filename}${line}${column}`;
  if (cache.has(identifier)) return cache.get(identifier);
  let message;
  const source = readSource(filename);
  if (source !== undefined) {
    const lines = source.split('\n');
    const code = lines.slice(line).join('\n');
    const found = findCall(code, column);
    if (found !== undefined) {
      message = code.slice(found[0], found[1]).replace(/[\x00-\x08\x0b\x0c\x0e-\x1f]/g,
        (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      column = found[0];
      if (message.includes('\n')) {
        const [first, ...rest] = message.replace(/\r\n/g, '\n').split('\n');
        message = first;
        for (const frame of rest) {
          let pos = 0;
          while (pos < column && (frame[pos] === ' ' || frame[pos] === '\t')) pos++;
          message += `\n  ${frame.slice(pos)}`;
        }
      }
      message = `The expression evaluated to a falsy value:\n\n  ${message}\n`;
    }
  }
  cache.set(identifier, message);
  return message;
}

module.exports = { getErrMessage, findCall };
