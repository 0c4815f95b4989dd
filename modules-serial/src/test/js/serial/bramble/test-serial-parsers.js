// Flags: --board sim
// The parsers on their own, fed by hand: Readline with a custom delimiter and encoding, InterByteTimeout
// (a frame after a quiet gap), Regex, Ready (drops the banner, then passes data), and their option errors.
const assert = require('assert');
const common = require('../../common');
const { ReadlineParser, InterByteTimeoutParser, RegexParser, ReadyParser, ByteLengthParser, DelimiterParser } = require('serialport');

const lines = [];
const rl = new ReadlineParser({ delimiter: ';', includeDelimiter: true });
rl.on('data', (l) => lines.push(l));
rl.write(Buffer.from('a;bc'));
rl.write(Buffer.from(';d'));
rl.end();
rl.on('end', common.mustCall(() => assert.deepStrictEqual(lines, ['a;', 'bc;', 'd'])));

const frames = [];
const ibt = new InterByteTimeoutParser({ interval: 200 });
ibt.on('data', common.mustCall((f) => {
  frames.push(f.toString());
  // The gap after 'ab' + 'c' ended the first frame; the next bytes start another.
  if (frames.length === 1) ibt.write('de');
  else assert.deepStrictEqual(frames, ['abc', 'de']);
}, 2));
// Started from the loop, not the main run: a timer set while a long main module runs counts from the
// loop's time before it, in node as here, and could fire at once.
setImmediate(() => {
  ibt.write('ab');
  setImmediate(() => ibt.write('c'));
});

const parts = [];
const rx = new RegexParser({ regex: /[\r\n]+/ });
rx.on('data', (p) => parts.push(p));
rx.write('one\r\ntwo\nthr');
rx.write('ee\r');
rx.end();
rx.on('end', common.mustCall(() => assert.deepStrictEqual(parts, ['one', 'two', 'three'])));

const after = [];
const ready = new ReadyParser({ delimiter: 'READY' });
ready.on('ready', common.mustCall());
ready.on('data', (d) => after.push(d.toString()));
ready.write('boot noise REA');
ready.write('DYpayload');
ready.write('-more');
ready.end();
ready.on('end', common.mustCall(() => assert.deepStrictEqual(after, ['payload', '-more'])));

assert.throws(() => new ByteLengthParser({}), { name: 'TypeError', message: '"length" is not a number' });
assert.throws(() => new ByteLengthParser({ length: 0 }), { message: '"length" is not greater than 0' });
assert.throws(() => new DelimiterParser({}), { message: '"delimiter" is not a bufferable object' });
assert.throws(() => new DelimiterParser({ delimiter: '' }), { message: '"delimiter" has a 0 or undefined length' });
assert.throws(() => new InterByteTimeoutParser({}), { message: '"interval" is not a number' });
assert.throws(() => new RegexParser({}), { message: '"options.regex" must be a regular expression pattern or object' });
