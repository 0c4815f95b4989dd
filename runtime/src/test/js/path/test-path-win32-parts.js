'use strict';
const { win32 } = require('path');
for (const p of ['C:\\dir\\file.txt', 'C:file', '\\\\srv\\share\\a.b', 'C:\\', '\\\\srv\\share', 'a/b\\c.d']) {
  console.log(JSON.stringify(p), win32.dirname(p), win32.basename(p), win32.extname(p), win32.parse(p));
}
console.log(win32.format({ dir: 'C:\\x', base: 'y.z' }), win32.basename('C:\\a\\B.TXT', '.TXT'));
