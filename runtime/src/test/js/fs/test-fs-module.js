'use strict';
// The fs module's shape: its exports, fs.constants, the access mode shortcuts and the classes.
const fs = require('fs');

console.log(Object.keys(fs).join(' '));
console.log(Object.keys(fs.constants).join(' '));
console.log(fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK, fs.constants.O_CREAT, fs.constants.O_APPEND, fs.constants.S_IFDIR);
console.log(fs.lchmod, fs.lchmodSync, typeof fs.promises.lchmod, require('node:fs') === fs);
console.log(fs.FileReadStream === fs.ReadStream, fs.FileWriteStream === fs.WriteStream, typeof fs.Dir);
console.log(fs.readFile.name, fs.statSync.name, typeof require('util').promisify(fs.read));
const st = new fs.Stats(1, 33188, 1, 0, 0, 0, 4096, 2, 10, 8, 0, 1000, 2000, 3000);
console.log(st.isFile(), st.mtime.toISOString(), st.birthtimeMs);
console.log(new fs.Dirent('x', fs.constants.UV_DIRENT_DIR, '/p').isDirectory());
