'use strict';
const src = { n: 1, s: 'x', d: new Date(0), r: /a+/gi, m: new Map([[1, { deep: [1, 2] }]]), set: new Set(['a']), big: 10n, u: undefined, nested: { arr: [1, , 3] } };
src.self = src;
const c = structuredClone(src);
console.log(c, c.self === c, c.d instanceof Date, c.m.get(1) !== src.m.get(1));
const ta = new Uint16Array([1, 2, 3]);
const pair = structuredClone({ a: ta, b: ta, buf: Buffer.from('hi') });
console.log(pair.a, pair.a === pair.b, pair.buf, pair.buf instanceof Buffer);
const e = structuredClone(new RangeError('bad', { cause: 'why' }));
console.log(e instanceof RangeError, e.message, e.cause, Object.keys(e));
class K { constructor() { this.v = 1; } }
console.log(structuredClone(new K()), structuredClone(new Number(3)), structuredClone(null));
