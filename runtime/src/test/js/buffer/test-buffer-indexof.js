'use strict';
const b = Buffer.from('this is a buffer, a buffer');
console.log(b.indexOf('buffer'), b.indexOf('buffer', 11), b.lastIndexOf('buffer'), b.lastIndexOf('buffer', 19));
console.log(b.indexOf(97), b.indexOf(Buffer.from('a b')), b.indexOf('zz'), b.indexOf('', 5), b.indexOf('', 99));
console.log(b.indexOf('is', -20), b.lastIndexOf('is', -20), b.includes('this'), b.includes('this', 1));
console.log(b.indexOf('6275', 'hex'), b.indexOf('YQ==', 'base64'), Buffer.from('a\0b\0', 'latin1').indexOf('b', 0, 'ucs2'));
try { b.indexOf({}); } catch (e) { console.log(e.code, e.message); }
try { b.indexOf('a', 0, 'nope'); } catch (e) { console.log(e.code, e.message); }
