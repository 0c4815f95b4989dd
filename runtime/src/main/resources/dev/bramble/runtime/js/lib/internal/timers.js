// SPDX-License-Identifier: Apache-2.0
'use strict';
// Timers and immediates. Pending timers sit in a binary heap ordered by (expiry, sequence); a
// cleared or refreshed timer leaves a stale heap entry behind that is skipped when it surfaces.
// Java holds one Netty timer for the earliest expiry and calls processTimers() once per callback.

const binding = internalBinding('timers');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE } } = require('internal/errors');

const TIMEOUT_MAX = 2 ** 31 - 1;
// The loop's clock as of the current callback (libuv's uv_now), shared with Java. Timers set in
// one callback share their start, so their order holds however slowly a cold engine (or a Pi Zero)
// runs the code between the calls; Java refreshes the clock before each callback.
const loopTime = new Float64Array(new ArrayBuffer(binding.timeInfo()));
const loopNow = () => loopTime[0];
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
const kEntry = Symbol('entry');
const asyncIdSymbol = Symbol('asyncId');
const triggerAsyncIdSymbol = Symbol('triggerId');

let nextAsyncId = 2;
// Which libuv phase is running: 'main' (the program's first run), 'timers', 'check' (immediates)
// or 'poll' (I/O callbacks). An immediate set from main or check waits for due timers first.
let phase = 'main';
let sequence = 0;
let refedTimers = 0;
const heap = [];
const knownById = new Map(); // for clearTimeout(id) with the number from +timeout

function less(a, b) {
  return a.expiry < b.expiry || (a.expiry === b.expiry && a.seq < b.seq);
}
function heapPush(e) {
  heap.push(e);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!less(heap[i], heap[p])) break;
    [heap[i], heap[p]] = [heap[p], heap[i]];
    i = p;
  }
}
function heapPop() {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && less(heap[l], heap[m])) m = l;
      if (r < heap.length && less(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  return top;
}

function changeRef(delta) {
  const before = refedTimers;
  refedTimers += delta;
  if (before === 0 && refedTimers > 0) binding.refTimers(true);
  else if (before > 0 && refedTimers === 0) binding.refTimers(false);
}

function validateCallback(callback) {
  if (typeof callback !== 'function') throw new ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
      if (after > TIMEOUT_MAX) {
        process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`,
          'TimeoutOverflowWarning');
      }
      after = 1;
    }
    this._idleTimeout = after;
    this._idlePrev = null;
    this._idleNext = null;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    this[kEntry] = null;
    if (isRefed) changeRef(1);
    schedule(this, loopNow());
  }

  refresh() {
    if (!this._destroyed) schedule(this, loopNow());
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) changeRef(-1);
    }
    return this;
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) changeRef(1);
    }
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownById.set(this[asyncIdSymbol], this);
    }
    return this[asyncIdSymbol];
  }
}

function schedule(timer, start) {
  timer._idleStart = Math.floor(start);
  const entry = { timer, expiry: start + timer._idleTimeout, seq: sequence++ };
  timer[kEntry] = entry;
  heapPush(entry);
  if (heap[0] === entry) binding.scheduleTimer(entry.expiry);
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  timer[kEntry] = null;
  if (timer[kRefed]) changeRef(-1);
  if (timer[kHasPrimitive]) knownById.delete(timer[asyncIdSymbol]);
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const t = knownById.get(Number(timer));
    if (t) {
      t._onTimeout = null;
      unenroll(t);
    }
  }
}

// Called by Java with the time the pass started. Runs one due timer and returns -1, or returns
// the next expiry (0 when no timer is left), so nextTicks and microtasks run between callbacks.
function processTimers(now) {
  while (heap.length > 0) {
    const entry = heap[0];
    const timer = entry.timer;
    if (timer[kEntry] !== entry) {
      heapPop();
      continue;
    }
    if (entry.expiry > now) return entry.expiry;
    heapPop();
    timer[kEntry] = null;
    const repeat = timer._repeat;
    if (!repeat) unenroll(timer);
    // An interval's next period counts from when this run started (as in Node's listOnTimeout), so
    // a slow callback does not push the interval behind timers refreshed inside it.
    const start = repeat ? loopNow() : 0;
    phase = 'timers';
    try {
      const args = timer._timerArgs;
      if (args === undefined) timer._onTimeout();
      else timer._onTimeout(...args);
    } finally {
      phase = 'poll';
      if (repeat && timer._onTimeout && !timer._destroyed && timer[kEntry] === null) {
        schedule(timer, start);
      }
    }
    return -1;
  }
  return 0;
}

// ---- immediates ----

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    this[asyncIdSymbol] = nextAsyncId++;
    this[triggerAsyncIdSymbol] = 1;
    immediateRef(1);
    immediateQueue.push(this);
    binding.scheduleImmediates(phase === 'main' || phase === 'check');
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) immediateRef(1);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) immediateRef(-1);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

let immediateQueue = [];
let pass = [];
let passIndex = 0;
let refedImmediates = 0;

function immediateRef(delta) {
  const before = refedImmediates;
  refedImmediates += delta;
  if (before === 0 && refedImmediates > 0) binding.refImmediates(true);
  else if (before > 0 && refedImmediates === 0) binding.refImmediates(false);
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  if (immediate[kRefed]) immediateRef(-1);
}

// Immediates queued while a pass runs wait for the next pass, as in Node's check phase.
function startImmediates() {
  pass = immediateQueue;
  passIndex = 0;
  immediateQueue = [];
  return pass.length;
}

function runImmediate() {
  const immediate = pass[passIndex++];
  if (passIndex === pass.length) pass = [];
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate[kRefed]) immediateRef(-1);
  const cb = immediate._onImmediate;
  immediate._onImmediate = null;
  const args = immediate._argv;
  phase = 'check';
  try {
    if (args === undefined) cb.call(immediate);
    else cb.apply(immediate, args);
  } finally {
    phase = 'poll';
  }
}

// The program's entry is about to run: restart the clock, so reading and compiling the entry
// module does not count against the timers it sets (Node's clock is fresh at every setTimeout).
function refreshClock() {
  binding.refreshClock();
}

function endMainPhase() {
  if (phase === 'main') phase = 'poll';
}

binding.setup(processTimers, startImmediates, runImmediate);

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

module.exports = {
  Timeout, Immediate, clearTimeout, clearImmediate, validateCallback, validateNumber,
  kRefed, TIMEOUT_MAX, ERR_OUT_OF_RANGE, endMainPhase, refreshClock, loopNow,
};
