// Flags: --allow-read --allow-write=/
'use strict';
// Paths as file: URLs and Buffers, encodings of returned names, and a path of the wrong kind.
const fs = require('fs');
const path = require('path');
const { pathToFileURL } = require('url');
const { enterTmp, attempt } = require('./fixtures/tmp');
const dir = enterTmp();

const url = pathToFileURL(path.join(dir, 'with space.txt'));
fs.writeFileSync(url, 'via url');
console.log(fs.readFileSync('with space.txt', 'utf8'), fs.existsSync(url), fs.statSync(url).size);
fs.writeFileSync(Buffer.from('buf.txt'), 'via buffer');
console.log(fs.readFileSync(Buffer.from('buf.txt'), 'utf8'), fs.readdirSync('.'));
console.log(fs.readdirSync(Buffer.from('.'), { encoding: 'buffer' }).map((b) => Buffer.isBuffer(b)));
console.log(fs.readdirSync('.', 'hex'));
console.log(fs.mkdtempSync('x-', 'buffer') instanceof Buffer);
fs.mkdirSync(new URL('file:///' + path.join(dir, 'made').slice(1)));
console.log(fs.statSync('made').isDirectory());
attempt('http url', () => fs.readFileSync(new URL('http://example.com/x')));
attempt('encoded slash', () => fs.readFileSync(new URL('file:///a%2Fb')));
attempt('url host', () => fs.readFileSync(new URL('file://host/x')));
attempt('object', () => fs.readFileSync({ path: 'buf.txt' }));
attempt('null byte buffer', () => fs.readFileSync(Buffer.from('a\0b')));
