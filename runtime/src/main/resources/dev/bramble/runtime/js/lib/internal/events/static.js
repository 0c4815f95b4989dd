// SPDX-License-Identifier: Apache-2.0
'use strict';
// The static helpers of node:events that work on EventEmitters and EventTargets alike:
// once() and on() (promise and async iterator, with AbortSignal), getEventListeners,
// getMaxListeners, setMaxListeners, addAbortListener, EventEmitterAsyncResource.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
  AbortError,
} = require('internal/errors');

let EventEmitter;
let shared;
// events.js hands over the class and its private state (it requires this file, not the reverse).
function setEventEmitter(ee, state) {
  EventEmitter = ee;
  shared = state;
}

const kResistStopPropagation = Symbol.for('nodejs.event_target.resistStopPropagation');
const kFirstEventParam = Symbol('nodejs.kFirstEventParam');
const SymbolDispose = Symbol.dispose || Symbol.for('nodejs.dispose');
const kEmptyObject = Object.freeze({ __proto__: null });

// null is accepted, as Node's validateObject does for these options.
function validateObject(value, name) {
  if (value !== null && typeof value !== 'object') throw new ERR_INVALID_ARG_TYPE(name, 'Object', value);
}

function validateAbortSignal(signal, name) {
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function validateInteger(value, name, min) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > Number.MAX_SAFE_INTEGER) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${Number.MAX_SAFE_INTEGER}`, value);
  }
}

function eventTargetModule() {
  return require('internal/event_target');
}

function isEventTarget(obj) {
  return obj != null && typeof obj === 'object' && eventTargetModule().isEventTarget(obj);
}

function addListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags && flags.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function removeListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

/** Resolves with the arguments of the next `name` event; rejects on 'error' or abort. */
async function once(emitter, name, options = kEmptyObject) {
  validateObject(options, 'options');
  const signal = options?.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) removeListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      if (signal != null) removeListener(signal, 'abort', abortListener);
      resolve(args);
    };
    addListener(emitter, name, resolver, { once: true, [kResistStopPropagation]: true });
    // EventTargets have no 'error' semantics; only emitters are watched for it.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      removeListener(emitter, name, resolver);
      removeListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal && signal.reason }));
    }
    if (signal != null) addListener(signal, 'abort', abortListener, { once: true, [kResistStopPropagation]: true });
  });
}

const AsyncIteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype);

/**
 * An async iterator over `event`'s argument lists. Events that arrive before next() is called
 * are queued; an 'error' event rejects the next call and ends the iteration.
 */
function on(emitter, event, options = kEmptyObject) {
  validateObject(options, 'options');
  options ??= kEmptyObject;
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let paused = false;
  let error = null;
  let finished = false;
  const listeners = [];

  const iterator = Object.setPrototypeOf({
    next() {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift();
        if (paused && unconsumedEvents.length < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ value, done: false });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => unconsumedPromises.push({ resolve, reject }));
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);

  const listen = (target, name, fn) => {
    addListener(target, name, fn);
    listeners.push([target, name, fn]);
  };
  listen(emitter, event, options[kFirstEventParam] ? eventHandler : (...args) => eventHandler(args));
  if (event !== 'error' && typeof emitter.on === 'function') listen(emitter, 'error', errorHandler);
  const closeEvents = options.close;
  if (closeEvents && closeEvents.length) {
    for (const name of closeEvents) listen(emitter, name, closeHandler);
  }
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal && signal.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.length === 0) {
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.length > highWatermark && typeof emitter.pause === 'function') {
        paused = true;
        emitter.pause();
      }
    } else {
      unconsumedPromises.shift().resolve({ value, done: false });
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.length === 0) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    if (abortDisposable) abortDisposable[SymbolDispose]();
    for (const [target, name, fn] of listeners) removeListener(target, name, fn);
    listeners.length = 0;
    finished = true;
    const done = { value: undefined, done: true };
    while (unconsumedPromises.length > 0) unconsumedPromises.shift().resolve(done);
    return Promise.resolve(done);
  }
}

function getEventListeners(emitterOrTarget, type) {
  if (emitterOrTarget != null && typeof emitterOrTarget.listeners === 'function') {
    return emitterOrTarget.listeners(type);
  }
  if (isEventTarget(emitterOrTarget)) return eventTargetModule().listenersOf(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListeners(emitterOrTarget) {
  if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') {
    return emitterOrTarget.getMaxListeners();
  }
  if (isEventTarget(emitterOrTarget)) {
    const n = emitterOrTarget[shared.kMaxEventTargetListeners];
    return n === undefined ? shared.getDefault() : n;
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function setMaxListeners(n = shared.getDefault(), ...eventTargets) {
  shared.validateMaxListeners(n, 'n');
  if (eventTargets.length === 0) {
    shared.setDefault(n);
    return;
  }
  for (const target of eventTargets) {
    if (isEventTarget(target)) {
      target[shared.kMaxEventTargetListeners] = n;
      target[shared.kMaxEventTargetListenersWarned] = false;
    } else if (target != null && typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
}

/** Calls `listener` once `signal` aborts (in a microtask if it already has); returns a Disposable. */
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, { once: true, [kResistStopPropagation]: true });
    remove = () => signal.removeEventListener('abort', listener);
  }
  return {
    [SymbolDispose]() {
      if (remove) remove();
    },
  };
}

// Without async_hooks, the async resource only carries the ids and the name.
function makeAsyncResourceClass(Base) {
  let nextId = 1;
  return class EventEmitterAsyncResource extends Base {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) {
          if (options === undefined || typeof options.name !== 'string') {
            throw new ERR_INVALID_ARG_TYPE('options.name', 'string', options && options.name);
          }
        }
        name = (options && options.name) || new.target.name;
      }
      super(options);
      const id = nextId++;
      const trigger = (options && options.triggerAsyncId) || 0;
      Object.defineProperty(this, 'asyncResource', {
        value: { type: name, asyncId: () => id, triggerAsyncId: () => trigger, eventEmitter: this },
      });
      this._asyncId = id;
      this._triggerAsyncId = trigger;
    }

    emitDestroy() {}

    get asyncId() {
      return this._asyncId;
    }

    get triggerAsyncId() {
      return this._triggerAsyncId;
    }
  };
}

module.exports = {
  setEventEmitter,
  once,
  on,
  getEventListeners,
  getMaxListeners,
  setMaxListeners,
  addAbortListener,
  makeAsyncResourceClass,
  kResistStopPropagation,
  kFirstEventParam,
};
