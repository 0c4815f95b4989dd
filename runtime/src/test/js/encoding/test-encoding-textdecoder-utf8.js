'use strict';
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM);
console.log(d.decode(Buffer.from('efbbbf68c3a9', 'hex')), new TextDecoder('utf-8', { ignoreBOM: true }).decode(Buffer.from('efbbbf61', 'hex')).length);
console.log(JSON.stringify(d.decode(Buffer.from('e282ff41', 'hex'))), d.decode(new Uint8Array([104, 105]).buffer), JSON.stringify(d.decode()));
try { new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from('c0af', 'hex')); } catch (e) { console.log(e.name, e.code, e.message); }
try { d.decode('str'); } catch (e) { console.log(e.code, e.message); }
console.log(d);
