'use strict';
const { win32 } = require('path');
console.log(win32.sep, win32.delimiter);
for (const p of ['C:\\a\\..\\b', 'c:/x//y/', '\\\\server\\share', '\\\\server\\share\\dir\\..\\f', 'C:', 'C:a\\..\\..', '/a/b', 'a\\C:\\b']) {
  console.log(JSON.stringify(p), win32.normalize(p), win32.isAbsolute(p));
}
console.log(win32.join('C:\\', 'a', '..', 'b'), win32.join('\\\\', 'server', 'x'), win32.join('//server', 'share'));
