'use strict';
const path = require('path');
for (const f of [() => path.join('a', 1), () => path.resolve(null), () => path.basename(1), () => path.basename('a', 1),
  () => path.extname({}), () => path.relative('a'), () => path.win32.dirname(true), () => path.parse(undefined)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
