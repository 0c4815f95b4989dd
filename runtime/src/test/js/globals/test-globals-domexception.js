'use strict';
const e = new DOMException('msg', 'AbortError');
console.log(e.name, e.message, e.code, e instanceof Error, Object.prototype.toString.call(e), DOMException.ABORT_ERR);
const d = new DOMException();
console.log(JSON.stringify(d.name), JSON.stringify(d.message), d.code);
const c = new DOMException('m', { name: 'DataCloneError', cause: 'c' });
console.log(c.name, c.code, c.cause, typeof e.stack);
