'use strict';
const d = new TextDecoder();
const bytes = Buffer.from('a€😀b', 'utf8');
const parts = [];
for (const b of bytes) parts.push(d.decode(Uint8Array.of(b), { stream: true }));
parts.push(d.decode());
console.log(JSON.stringify(parts));
console.log(JSON.stringify(d.decode(Buffer.from('e282', 'hex'), { stream: true })), JSON.stringify(d.decode()));
const f = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(f.decode(Buffer.from('e282', 'hex'), { stream: true })));
try { f.decode(); } catch (e) { console.log(e.code); }
