'use strict';
const path = require('path');
for (const p of ['/a/b.txt', 'a/b/', '/', '', '.bashrc', 'file.tar.gz', '/a/b.', '..', '...', '//x']) {
  console.log(JSON.stringify(p), path.dirname(p), path.basename(p), path.extname(p), path.basename(p, '.txt'));
}
console.log(path.basename('aaa/bbb', 'bbb'), path.basename('bbb', 'bbb'), path.basename('/a/b.js/', '.js'));
