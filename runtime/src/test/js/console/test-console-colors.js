'use strict';
const { Console } = require('console');
const EventEmitter = require('events');

const chunks = [];
const stream = Object.assign(new EventEmitter(), { write(s) { chunks.push(s); } });
new Console({ stdout: stream, colorMode: true }).log({ n: 1, s: 'str' }, 'plain %d', 5);
new Console({ stdout: stream, colorMode: false }).log({ n: 1 });
new Console({ stdout: stream, inspectOptions: { depth: 0, colors: true } }).log({ a: { b: 1 } });
new Console({ stdout: stream, inspectOptions: { breakLength: 10 } }).log({ aaaa: 1, bbbb: 2 });
const tty = Object.assign(new EventEmitter(), { write(s) { chunks.push(s); }, isTTY: true, hasColors: () => true });
new Console(tty).log(['auto']);
for (const c of chunks) console.log(JSON.stringify(c));
