'use strict';
console.log(Buffer.alloc(5).fill('ab'), Buffer.alloc(5).fill(257), Buffer.alloc(5).fill('€'));
console.log(Buffer.alloc(6).fill('6162', 'hex'), Buffer.alloc(6).fill('x', 2), Buffer.alloc(6).fill('y', 1, 3));
console.log(Buffer.alloc(4).fill(Buffer.from([1, 2, 3])), Buffer.alloc(4).fill('\u0222', 'ucs2'));
try { Buffer.alloc(4).fill('a', 0, 5); } catch (e) { console.log(e.code, e.message); }
try { Buffer.alloc(4).fill('a', 'bogus'); } catch (e) { console.log(e.code, e.message); }
try { Buffer.alloc(4).fill(Buffer.alloc(0)); } catch (e) { console.log(e.code, e.message); }
