'use strict';
for (const v of [() => 1, Symbol('s'), { f() {} }, new WeakMap(), Promise.resolve()]) {
  try { structuredClone(v); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
}
try { structuredClone(); } catch (e) { console.log(e.name, e.code, e.message); }
