// SPDX-License-Identifier: Apache-2.0
'use strict';
// AbortController and AbortSignal (an EventTarget), with abort(), timeout() and any().

const { codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const { EventTarget, Event, defineEventHandler, kTrustEvent } = require('internal/event_target');
const { DOMException } = require('internal/web/dom_exception');
const { validateUint32 } = require('internal/buffer/validate');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kCreate = Symbol('kCreate');
const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kDependents = Symbol('kDependents');

function checkSignal(self) {
  if (self === null || typeof self !== 'object' || !(kAborted in self)) throw new ERR_INVALID_THIS('AbortSignal');
}

function inspectWith(inspect) {
  return inspect || require('internal/util/inspect').inspect;
}

class AbortSignal extends EventTarget {
  constructor(key = undefined) {
    if (key !== kCreate) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kDependents] = new Set();
  }

  get aborted() {
    checkSignal(this);
    return this[kAborted];
  }

  get reason() {
    checkSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    checkSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kCreate);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kCreate);
    const timer = setTimeout(() => {
      abortSignal(signal, new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    // A timeout signal alone must not keep the process alive.
    if (timer && typeof timer.unref === 'function') timer.unref();
    return signal;
  }

  static any(signals) {
    if (signals == null || typeof signals[Symbol.iterator] !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('signals', 'Array', signals);
    }
    const list = Array.from(signals);
    list.forEach((s, i) => {
      if (!(s instanceof AbortSignal)) throw new ERR_INVALID_ARG_TYPE(`signals[${i}]`, 'AbortSignal', s);
    });
    const result = new AbortSignal(kCreate);
    for (const s of list) {
      if (s[kAborted]) {
        result[kAborted] = true;
        result[kReason] = s[kReason];
        return result;
      }
    }
    for (const s of list) s[kDependents].add(new WeakRef(result));
    return result;
  }

  [customInspect](depth, options, inspect) {
    return `AbortSignal ${inspectWith(inspect)({ aborted: this[kAborted] }, options)}`;
  }
}
defineEventHandler(AbortSignal.prototype, 'abort');
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, { value: 'AbortSignal', configurable: true });
for (const name of ['aborted', 'reason', 'throwIfAborted']) {
  Object.defineProperty(AbortSignal.prototype, name, { ...Object.getOwnPropertyDescriptor(AbortSignal.prototype, name), enumerable: true });
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  signal[kAborted] = true;
  signal[kReason] = reason;
  signal.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  for (const ref of signal[kDependents]) {
    const dep = ref.deref();
    if (dep) abortSignal(dep, reason);
  }
  signal[kDependents].clear();
}

const kSignal = Symbol('kSignal');

class AbortController {
  constructor() {
    this[kSignal] = new AbortSignal(kCreate);
  }

  get signal() {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    return this[kSignal];
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    if (!(kSignal in this)) throw new ERR_INVALID_THIS('AbortController');
    abortSignal(this[kSignal], reason);
  }

  [customInspect](depth, options, inspect) {
    return `AbortController ${inspectWith(inspect)({ signal: this[kSignal] }, options)}`;
  }
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, { value: 'AbortController', configurable: true });
for (const name of ['signal', 'abort']) {
  Object.defineProperty(AbortController.prototype, name, { ...Object.getOwnPropertyDescriptor(AbortController.prototype, name), enumerable: true });
}

/** For core modules that abort a signal they created (e.g. timers/promises, fs). */
function newAbortSignal() {
  return new AbortSignal(kCreate);
}

module.exports = { AbortController, AbortSignal, abortSignal, newAbortSignal };
