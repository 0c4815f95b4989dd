'use strict';
const { Blob } = require('buffer');
const blob = new Blob(['héllo ', Buffer.from('wörld'), new Uint8Array([33])], { type: 'Text/Plain' });
console.log(blob.size, blob.type, blob);
blob.text().then((t) => console.log('text', t));
blob.slice(1, 5, 'x/y').arrayBuffer().then((ab) => console.log('slice', Buffer.from(ab), ab instanceof ArrayBuffer));
console.log(new Blob().size, new Blob(['a'], { type: 'é' }).type === '');
try { new Blob('str'); } catch (e) { console.log(e.code, e.message); }
