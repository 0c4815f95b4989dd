'use strict';
const a = Buffer.from('abc');
const b = Buffer.from('abd');
console.log(Buffer.concat([a, b]), Buffer.concat([a, b], 4), Buffer.concat([a], 5), Buffer.concat([]));
console.log(Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, a), a.compare(b, 0, 2, 0, 2));
console.log([b, a, Buffer.from('ab')].sort(Buffer.compare).map(String));
console.log(a.equals(Buffer.from('abc')), a.equals(new Uint8Array([97, 98, 99])));
try { Buffer.concat([a, 'x']); } catch (e) { console.log(e.code, e.message); }
try { a.equals('abc'); } catch (e) { console.log(e.code, e.message); }
try { a.compare(b, -1); } catch (e) { console.log(e.code, e.message); }
