'use strict';
const s = AbortSignal.abort();
console.log(s.aborted, s.reason.name, AbortSignal.abort(42).reason);
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted', any.reason));
b.abort('from b');
console.log(AbortSignal.any([s]).aborted, AbortSignal.any([]).aborted);
const t = AbortSignal.timeout(10);
t.onabort = () => console.log('timeout', t.reason.name, t.reason.message, t.reason.code);
setTimeout(() => console.log('done'), 50);
for (const f of [() => AbortSignal.timeout(-1), () => AbortSignal.any([1]), () => AbortSignal.timeout('1')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
