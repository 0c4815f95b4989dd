'use strict';
const { transcode } = require('buffer');
console.log(transcode(Buffer.from('héllo€'), 'utf8', 'ascii').toString());
console.log(transcode(Buffer.from('héllo€'), 'utf8', 'latin1'));
console.log(transcode(Buffer.from('hé'), 'utf8', 'ucs2'), transcode(Buffer.from('h\u00e9', 'latin1'), 'latin1', 'utf8'));
try { transcode(Buffer.from('x'), 'utf8', 'hex'); } catch (e) { console.log(e.code, e.message); }
