// SPDX-License-Identifier: Apache-2.0
'use strict';

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');
const { AbortError, codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');

function validateOptions(options) {
  if (options === null || typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
  const { signal, ref = true } = options;
  if (signal !== undefined && (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
    throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal);
  }
  if (typeof ref !== 'boolean') throw new ERR_INVALID_ARG_TYPE('options.ref', 'boolean', ref);
  return { signal, ref };
}

function abortable(signal, start, cancel) {
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      cancel();
      reject(new AbortError(undefined, { cause: signal.reason }));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    start((value) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
  });
}

function setTimeout(after, value, options = {}) {
  try {
    const { signal, ref } = validateOptions(options);
    let timer;
    return abortable(signal, (done) => {
      timer = new Timeout(() => done(value), after, undefined, false, ref);
    }, () => clearTimeout(timer));
  } catch (e) {
    return Promise.reject(e);
  }
}

function setImmediate(value, options = {}) {
  try {
    const { signal, ref } = validateOptions(options);
    let immediate;
    return abortable(signal, (done) => {
      immediate = new Immediate(() => done(value), undefined);
      if (!ref) immediate.unref();
    }, () => clearImmediate(immediate));
  } catch (e) {
    return Promise.reject(e);
  }
}

async function* setInterval(after, value, options = {}) {
  const { signal, ref } = validateOptions(options);
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let pending = 0;
  let wake = null;
  const timer = new Timeout(() => {
    pending++;
    if (wake) {
      wake();
      wake = null;
    }
  }, after, undefined, true, ref);
  let aborted = false;
  const onAbort = () => {
    aborted = true;
    if (wake) {
      wake();
      wake = null;
    }
  };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (pending === 0 && !aborted) await new Promise((resolve) => { wake = resolve; });
      if (aborted) throw new AbortError(undefined, { cause: signal.reason });
      for (; pending > 0; pending--) yield value;
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

const scheduler = {
  wait: (delay, options) => setTimeout(delay, undefined, options),
  yield: () => setImmediate(),
};

module.exports = { setTimeout, setImmediate, setInterval, scheduler };
