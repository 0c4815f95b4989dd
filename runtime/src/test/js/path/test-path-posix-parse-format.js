'use strict';
const path = require('path');
for (const p of ['/home/user/dir/file.txt', 'file', '/', './a.b.c', '/..', 'a/']) {
  const parsed = path.parse(p);
  console.log(JSON.stringify(p), parsed, path.format(parsed));
}
console.log(path.format({ root: '/', name: 'x', ext: 'js' }), path.format({ dir: 'd', base: 'b', name: 'ignored' }));
try { path.format(null); } catch (e) { console.log(e.code, e.message); }
