// Flags: --allow-read --allow-write=/
'use strict';
// Bad arguments are refused before any I/O, with Node's codes and messages.
const fs = require('fs');
const { attempt } = require('./fixtures/tmp');

attempt('readFile no cb', () => fs.readFile('x'));
attempt('stat no cb', () => fs.stat('x'));
attempt('open bad flags', () => fs.openSync('x', 'rw'));
attempt('open bad mode', () => fs.openSync('x', 'r', 'rw-'));
attempt('open mode range', () => fs.openSync('x', 'r', -1));
attempt('read not a buffer', () => fs.readSync(0, 'str'));
attempt('read empty buffer', () => fs.readSync(0, Buffer.alloc(0), 0, 1, 0));
attempt('read bad offset', () => fs.readSync(0, Buffer.alloc(4), -1, 1, 0));
attempt('read bad position', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'));
attempt('write bad data', () => fs.writeSync(1, 42));
attempt('write offset past end', () => fs.writeSync(1, Buffer.alloc(2), 3));
attempt('write bad hex', () => fs.writeSync(1, 'abc', null, 'hex'));
attempt('writev not array', () => fs.writevSync(1, Buffer.alloc(1)));
attempt('mkdir bad options', () => fs.mkdirSync('x', { recursive: 'no' }));
attempt('rm bad retries', () => fs.rmSync('x', { maxRetries: -1 }));
attempt('copyFile bad dest', () => fs.copyFileSync('a', 5));
attempt('rename bad old', () => fs.renameSync(null, 'b'));
attempt('symlink bad target', () => fs.symlinkSync(undefined, 'b'));
attempt('chown bad gid', () => fs.chownSync('x', 0, 2 ** 33));
attempt('utimes bad atime', () => fs.utimesSync('x', {}, 0));
attempt('futimes bad fd', () => fs.futimesSync(1.5, 0, 0));
attempt('truncate bad len', () => fs.truncateSync('x', 'long'));
attempt('readdir bad options', () => fs.readdirSync('.', 42));
attempt('watchFile no listener', () => fs.watchFile('x'));
attempt('createReadStream bad start', () => fs.createReadStream('x', { start: -1 }));
attempt('createReadStream bad fd', () => fs.createReadStream(null, { fd: 'x' }));
attempt('createWriteStream bad start', () => fs.createWriteStream('x', { start: 'a' }));
attempt('cp bad filter', () => fs.cpSync('a', 'b', { filter: 1 }));
attempt('cp conflicting options', () => fs.cpSync('a', 'b', { dereference: true, verbatimSymlinks: true }));
attempt('opendir bad bufferSize', () => fs.opendirSync('.', { bufferSize: 0 }));
