'use strict';
const path = require('path');
console.log(path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'), path.resolve('/a', 'b', '..', 'c'));
console.log(path.resolve('x') === path.join(process.cwd(), 'x'), path.resolve() === process.cwd());
console.log(path.relative('/data/a/b', '/data/c/d'), JSON.stringify(path.relative('/a', '/a')), path.relative('/a/b', '/a'), path.relative('/', '/x/y'));
console.log(path.toNamespacedPath('/x'), path.posix.toNamespacedPath(5));
