'use strict';
const { StringDecoder } = require('string_decoder');
for (const f of [() => new StringDecoder('nope'), () => new StringDecoder().write(5), () => new StringDecoder().end({})]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(new StringDecoder().write('passes strings through'));
