'use strict';
const posix = require('path/posix');
const win32 = require('node:path/win32');
console.log(posix === require('path').posix, win32 === require('path').win32);
console.log(posix.join('a', 'b'), win32.join('a', 'b'));
