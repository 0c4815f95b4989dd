'use strict';
const { win32 } = require('path');
console.log(win32.resolve('C:\\a', 'b', '..\\c'), win32.resolve('C:\\a', 'D:\\x', 'y'), win32.resolve('\\\\s\\h', 'x'));
console.log(win32.relative('C:\\orandea\\test\\aaa', 'C:\\orandea\\impl\\bbb'), win32.relative('C:\\a', 'D:\\b'));
console.log(win32.relative('C:\\A\\b', 'c:\\a\\B\\c'), JSON.stringify(win32.relative('C:\\x', 'c:\\X')));
console.log(win32.toNamespacedPath('C:\\x\\y'), win32.toNamespacedPath('\\\\srv\\share\\f'));
