// SPDX-License-Identifier: Apache-2.0
'use strict';
// EventTarget, Event and CustomEvent as Node implements them (no DOM tree, so no capturing or
// bubbling phases): listener options once/capture/passive/signal, handleEvent objects, on<event>
// handler attributes (defineEventHandler, used by AbortSignal), listener errors reported as
// uncaught exceptions, and the max-listeners warning. NodeEventTarget adds the emitter methods.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS, ERR_EVENT_RECURSION },
} = require('internal/errors');
const { kResistStopPropagation } = require('internal/events/static');

const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kStop = Symbol('kStop');
const kTarget = Symbol('kTarget');
const kIsBeingDispatched = Symbol('kIsBeingDispatched');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kType = Symbol('type');
const kDetail = Symbol('detail');
const kDefaultPrevented = Symbol('defaultPrevented');
const kCancelable = Symbol('cancelable');
const kTimestamp = Symbol('timestamp');
const kBubbles = Symbol('bubbles');
const kComposed = Symbol('composed');
const kPropagationStopped = Symbol('propagationStopped');
const kHybridDispatch = Symbol('kHybridDispatch');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
const kEmptyObject = Object.freeze({ __proto__: null });

let lazyEvents;
function events() {
  if (lazyEvents === undefined) lazyEvents = require('events');
  return lazyEvents;
}
function inspect(value, opts) {
  return require('internal/util/inspect').inspect(value, opts);
}

const startTime = Date.now();
function now() {
  if (globalThis.performance && typeof globalThis.performance.now === 'function') return globalThis.performance.now();
  return Date.now() - startTime;
}

const trusted = new WeakSet();

function isEvent(value) {
  return value != null && typeof value === 'object' && value[kType] !== undefined;
}

function checkEvent(self) {
  if (!isEvent(self)) throw new ERR_INVALID_THIS('Event');
}

function validateObjectOrNull(options, name) {
  if (options !== null && options !== undefined && typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE(name, 'object', options);
  }
}

class Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObjectOrNull(options, 'options');
    const { bubbles, cancelable, composed } = { ...options };
    this[kCancelable] = Boolean(cancelable);
    this[kBubbles] = Boolean(bubbles);
    this[kComposed] = Boolean(composed);
    this[kType] = `${type}`;
    this[kDefaultPrevented] = false;
    this[kTimestamp] = now();
    this[kPropagationStopped] = false;
    this[kTarget] = null;
    this[kIsBeingDispatched] = false;
    if (options != null && options[kTrustEvent]) trusted.add(this);
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    checkEvent(this);
    if (this[kIsBeingDispatched]) return;
    this[kType] = `${type}`;
    this[kBubbles] = Boolean(bubbles);
    this[kCancelable] = Boolean(cancelable);
  }

  [customInspect](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect({
      type: this[kType],
      defaultPrevented: this[kDefaultPrevented],
      cancelable: this[kCancelable],
      timeStamp: this[kTimestamp],
    }, opts)}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    // Setting cancelBubble as well keeps stopPropagation observable, as browsers do.
    this.cancelBubble = true;
    this[kStop] = true;
  }

  preventDefault() {
    checkEvent(this);
    this[kDefaultPrevented] = true;
  }

  get target() {
    checkEvent(this);
    return this[kTarget];
  }

  get currentTarget() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? this[kTarget] : null;
  }

  get srcElement() {
    checkEvent(this);
    return this[kTarget];
  }

  get type() {
    checkEvent(this);
    return this[kType];
  }

  get cancelable() {
    checkEvent(this);
    return this[kCancelable];
  }

  get defaultPrevented() {
    checkEvent(this);
    return this[kCancelable] && this[kDefaultPrevented];
  }

  get timeStamp() {
    checkEvent(this);
    return this[kTimestamp];
  }

  composedPath() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? [this[kTarget]] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this[kCancelable] && this[kDefaultPrevented]);
  }

  get bubbles() {
    checkEvent(this);
    return this[kBubbles];
  }

  get composed() {
    checkEvent(this);
    return this[kComposed];
  }

  get eventPhase() {
    checkEvent(this);
    return this[kIsBeingDispatched] ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this[kPropagationStopped];
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this[kPropagationStopped] = true;
  }

  stopPropagation() {
    checkEvent(this);
    this[kPropagationStopped] = true;
  }
}

const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const [name, value] of Object.entries(phases)) {
  Object.defineProperty(Event, name, { value, writable: false, configurable: false, enumerable: true });
}

function makeWebIdlMembersEnumerable(proto, tag) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor') continue;
    const desc = Object.getOwnPropertyDescriptor(proto, key);
    if (desc.configurable) Object.defineProperty(proto, key, { enumerable: true });
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, writable: false, enumerable: false, configurable: true });
}
makeWebIdlMembersEnumerable(Event.prototype, 'Event');
// Unforgeable: only events the runtime itself dispatches (e.g. 'abort') are trusted.
Object.defineProperty(Event.prototype, 'isTrusted', {
  get: Object.getOwnPropertyDescriptor({
    get isTrusted() {
      return trusted.has(this);
    },
  }, 'isTrusted').get,
  enumerable: true,
  configurable: false,
});

class CustomEvent extends Event {
  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this[kDetail] = (options && options.detail) ?? null;
  }

  get detail() {
    if (!isEvent(this) || !(kDetail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this[kDetail];
  }
}
makeWebIdlMembersEnumerable(CustomEvent.prototype, 'CustomEvent');

// One registered listener; a type's listeners form a linked list so that removal while
// dispatching is safe.
class Listener {
  constructor(previous, listener, once, capture, passive, isNodeStyleListener, weak, resistStopPropagation) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.isNodeStyleListener = isNodeStyleListener;
    this.removed = false;
    this.weak = Boolean(weak);
    this.resistStopPropagation = Boolean(resistStopPropagation);
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // handleEvent is looked up when the event fires, not when the listener is added.
      this.callback = function (...args) {
        if (typeof listener.handleEvent === 'function') return Reflect.apply(listener.handleEvent, listener, args);
        throw new ERR_INVALID_ARG_TYPE('listener.handleEvent', 'Function', listener.handleEvent);
      };
      this.thisArg = listener;
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[events().kMaxEventTargetListeners] = events().defaultMaxListeners;
  self[events().kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

function isEventTarget(obj) {
  return obj != null && typeof obj === 'object' && obj[kEvents] instanceof Map;
}

function checkTarget(self) {
  if (!isEventTarget(self)) throw new ERR_INVALID_THIS('EventTarget');
}

function validateListener(listener) {
  if (typeof listener === 'function' || (listener != null && typeof listener.handleEvent === 'function')) return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return kEmptyObject;
  if (typeof options !== 'object' && typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    weak: options[kWeakHandler],
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// A rejected promise returned by a listener is an uncaught exception, like a thrown error.
function emitUncaughtException(err) {
  process.nextTick(() => {
    throw err;
  });
}

class EventTarget {
  constructor() {
    initEventTarget(this);
  }

  addEventListener(type, listener, options = kEmptyObject) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const { once, capture, passive, signal, isNodeStyleListener, weak, resistStopPropagation } = listenerOptions(options);
    if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
    }
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = String(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, options),
        { once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      root.next = new Listener(undefined, listener, once, capture, passive, isNodeStyleListener, weak, resistStopPropagation);
      root.next.previous = root;
      this[kEvents].set(type, root);
      this[kNewListener](root.size, type, listener, once, capture, passive, weak);
      return;
    }
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // the same listener and capture flag: ignored
    new Listener(previous, listener, once, capture, passive, isNodeStyleListener, weak, resistStopPropagation);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    checkTarget(this);
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = String(type);
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    let handler = root.next;
    while (handler !== undefined) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
      handler = handler.next;
    }
  }

  dispatchEvent(event) {
    checkTarget(this);
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (event[kIsBeingDispatched]) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  [kHybridDispatch](nodeValue, type, event) {
    const createEvent = () => {
      if (event === undefined) {
        event = new Event(type);
        event[kTarget] = this;
        event[kIsBeingDispatched] = true;
      }
      return event;
    };
    if (event !== undefined) {
      event[kTarget] = this;
      event[kIsBeingDispatched] = true;
    }
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) {
      if (event !== undefined) event[kIsBeingDispatched] = false;
      return true;
    }
    let handler = root.next;
    while (handler !== undefined &&
           (root.resistStopPropagation || handler.passive || !event || event[kStop] !== true)) {
      const next = handler.next;
      if (handler.removed || (event && event[kStop] === true && !handler.resistStopPropagation)) {
        handler = next;
        continue;
      }
      if (handler.once) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, handler.listener, handler.capture);
      }
      try {
        const arg = handler.isNodeStyleListener ? nodeValue : createEvent();
        const callback = handler.weak && handler.callback.deref ? handler.callback.deref() : handler.callback;
        let result;
        if (callback) result = Reflect.apply(callback, handler.thisArg !== undefined ? handler.thisArg : this, [arg]);
        if (result !== undefined && result !== null && typeof result.then === 'function') {
          result.then(undefined, emitUncaughtException);
        }
      } catch (err) {
        emitUncaughtException(err);
      }
      handler = next;
    }
    if (event !== undefined) event[kIsBeingDispatched] = false;
  }

  [kNewListener](size, type) {
    const max = this[events().kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[events().kMaxEventTargetListenersWarned]) {
      this[events().kMaxEventTargetListenersWarned] = true;
      const w = new Error(`Possible EventTarget memory leak detected. ${size} ${type} listeners ` +
        `added to ${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener]() {}

  [customInspect](depth, options) {
    checkTarget(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = { ...options, depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth };
    return `${name} ${inspect({}, opts)}`;
  }
}
makeWebIdlMembersEnumerable(EventTarget.prototype, 'EventTarget');

function listenersOf(target, type) {
  const root = target[kEvents].get(type);
  const out = [];
  for (let h = root && root.next; h !== undefined; h = h.next) {
    if (!h.removed) out.push(h.listener);
  }
  return out;
}

function makeEventHandler(handler) {
  // Handlers keep the position they were first set at, as browsers do.
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

/** Defines the `on<name>` attribute of an EventTarget subclass's prototype. */
function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    checkTarget(this);
    const wrapped = this[kHandlers].get(event);
    return (wrapped && wrapped.handler) ?? null;
  }
  Object.defineProperty(get, 'name', { value: `get ${propName}` });
  function set(value) {
    checkTarget(this);
    let wrapped = this[kHandlers].get(event);
    if (wrapped) {
      wrapped.handler = value;
    } else {
      wrapped = makeEventHandler(value);
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { value: `set ${propName}` });
  Object.defineProperty(emitter, propName, { get, set, configurable: true, enumerable: true });
}

// An EventTarget that also speaks the EventEmitter vocabulary (used by Node's MessagePort).
class NodeEventTarget extends EventTarget {
  setMaxListeners(n) {
    events().setMaxListeners(n, this);
  }

  getMaxListeners() {
    return this[events().kMaxEventTargetListeners];
  }

  eventNames() {
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    const root = this[kEvents].get(String(type));
    return root !== undefined ? root.size : 0;
  }

  off(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    if (typeof type !== 'string') throw new ERR_INVALID_ARG_TYPE('type', 'string', type);
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  listenersOf,
  kEvents,
  kTrustEvent,
  kWeakHandler,
  kResistStopPropagation,
  kIsNodeStyleListener,
};
