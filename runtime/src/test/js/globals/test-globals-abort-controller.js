'use strict';
const ac = new AbortController();
console.log(ac, ac.signal.aborted, ac.signal.reason);
ac.signal.addEventListener('abort', (e) => console.log('event', e.type, e.isTrusted));
ac.signal.onabort = () => console.log('onabort');
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code);
ac.abort('again');
console.log(ac.signal.reason instanceof DOMException);
try { ac.signal.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
const c2 = new AbortController();
c2.abort('custom');
console.log(c2.signal.reason);
try { new AbortSignal(); } catch (e) { console.log(e.name, e.code, e.message); }
