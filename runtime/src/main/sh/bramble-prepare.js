// SPDX-License-Identifier: Apache-2.0
// The training run of bramble-prepare: what a typical program does in its first second, so the
// JDK's AOT cache holds the classes (and profiles) that startup needs. It loads every core module
// Bramble has, prints through console and util.inspect, throws and formats errors, runs timers,
// immediates, promises and a stream pipeline, imports an ES module, and keeps one function hot
// until the Graal compiler has compiled it. It prints nothing on success and touches no files.
'use strict';

const assert = require('assert');
const { builtinModules } = require('module');

// Core modules only (the hardware built-ins may probe devices when loaded), minus the ones that
// start something or warn when required.
const loaded = [];
for (const name of builtinModules) {
  if (name === 'repl' || name === 'sys' || name === 'wasi' || name.startsWith('_')) continue;
  try {
    require(name);
    loaded.push(name);
  } catch {
    // A module Bramble does not have yet: nothing to train.
  }
}
assert(loaded.includes('util') && loaded.includes('events'), 'core modules did not load');

const util = require('util');
const { EventEmitter } = require('events');
const { Readable, Transform, Writable, pipeline } = require('stream');

const sink = [];
const out = new Writable({ write(chunk, enc, cb) { sink.push(chunk.length); cb(); } });
const quiet = new console.Console({ stdout: out, stderr: out });
quiet.log('%s %d %j %o', 'text', 42, { a: 1 }, [1, 2, 3]);
quiet.log({ nested: { map: new Map([[1, 'one']]), set: new Set([1]), date: new Date(0) }, list: [1, 'two', null] });
quiet.table([{ a: 1, b: 'x' }]);
quiet.error(new TypeError('trained'));
util.inspect(new Proxy({}, {}), { showHidden: true, depth: 4, colors: true });
util.format('%i %f %c', '7', '1.5', 'css');

try {
  JSON.parse('{bad');
} catch (e) {
  util.inspect(e);
}
const text = JSON.stringify({ s: 'é\u2028', n: [1.5, -0], b: Buffer.from('abc').toString('base64') });
assert.deepStrictEqual(JSON.parse(text).n, [1.5, 0]);
assert.match('2024-01-02', /^(\d+)-(\d+)-(\d+)$/u);
'a,b;c'.split(/[,;]/).map((s) => s.toUpperCase().padStart(3, '.')).join('|');
new TextDecoder().decode(new TextEncoder().encode('héllo'));
new URL('../x?y=1#z', 'http://example.com/a/b').searchParams.get('y');
Buffer.concat([Buffer.alloc(4, 1), Buffer.from([2, 3])]).readUInt16BE(3);

function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}

const ee = new EventEmitter();
ee.on('tick', (n) => sink.push(n));
let immediates = 0;
(function spin() {
  ee.emit('tick', immediates);
  if (++immediates < 200) setImmediate(spin);
}());

async function main() {
  const chunks = [];
  await new Promise((resolve, reject) => {
    pipeline(
      Readable.from(['a', 'b', 'c']),
      new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } }),
      new Writable({ write(chunk, enc, cb) { chunks.push(chunk.toString()); cb(); } }),
      (err) => (err ? reject(err) : resolve()));
  });
  assert.strictEqual(chunks.join(''), 'ABC');
  const path = await import('node:path');
  assert.strictEqual(path.join('a', 'b'), 'a/b');
  await new Promise((resolve) => setTimeout(resolve, 10));
  // Hot enough, long enough, for the first Truffle compilations to finish.
  const until = Date.now() + 1500;
  let sum = 0;
  while (Date.now() < until) sum += fib(20);
  assert(sum > 0);
  const timer = setInterval(() => {}, 1000);
  clearInterval(timer);
}

main().catch((e) => {
  process.exitCode = 1;
  console.error(e);
});
