'use strict';
// fds 0-2 are the process's stdio: fs.writeSync(1) interleaves with console.log in order, and
// fs.write(1) calls back with the bytes written.
const fs = require('fs');

console.log('first');
console.log(fs.writeSync(1, 'second\n'));
process.stdout.write('third\n');
fs.writeSync(1, Buffer.from('fourth\n'));
fs.writeSync(2, 'to stderr\n');
console.log(typeof fs.fstatSync(1).isFile());
fs.write(1, 'async\n', (err, n) => console.log('wrote', err, n));
