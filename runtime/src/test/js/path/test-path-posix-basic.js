'use strict';
const path = require('path');
console.log(path.sep, path.delimiter, path === path.posix, path.win32.posix === path.posix);
console.log(path.join('/a', 'b', '../c', './d'), path.join(''), path.join('a', '', 'b/'));
console.log(path.normalize('/a//b/../c/.'), path.normalize(''), path.normalize('./'), path.normalize('a/../..'));
console.log(path.isAbsolute('/x'), path.isAbsolute('x'), path.isAbsolute(''));
