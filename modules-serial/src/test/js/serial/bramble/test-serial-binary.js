// Flags: --allow-serial --allow-env=SERIAL_A,SERIAL_B --board sim
// Binary frames pass untouched (every byte value, no CR/LF translation, XON/XOFF off): fixed-size
// frames through ByteLengthParser, delimited ones through DelimiterParser with and without the delimiter.
const assert = require('assert');
const common = require('../../common');
const { SerialPort, ByteLengthParser, DelimiterParser } = require('bramble:serial');

const a = new SerialPort({ path: process.env.SERIAL_A, baudRate: 9600 });
const b = new SerialPort({ path: process.env.SERIAL_B, baudRate: 9600 });
const frames = [];
for (let f = 0; f < 8; f++) frames.push(Buffer.from(Array.from({ length: 32 }, (_, i) => (f * 32 + i) & 0xff)));
const parser = a.pipe(new ByteLengthParser({ length: 32 }));
const got = [];
parser.on('data', (frame) => {
  got.push(frame);
  if (got.length === frames.length) {
    assert.deepStrictEqual(Buffer.concat(got), Buffer.concat(frames));
    a.unpipe(parser);
    const kept = [];
    const withDelim = a.pipe(new DelimiterParser({ delimiter: [0x7e], includeDelimiter: true }));
    withDelim.on('data', common.mustCall((d) => {
      kept.push(d);
      if (kept.length === 2) {
        assert.deepStrictEqual(kept, [Buffer.from([1, 0, 2, 0x7e]), Buffer.from([0x0d, 0x0a, 0x11, 0x13, 0x7e])]);
        a.close(common.mustCall());
        b.close(common.mustCall());
      }
    }, 2));
    b.write([1, 0, 2, 0x7e, 0x0d, 0x0a, 0x11, 0x13, 0x7e]);
  }
});
b.on('open', common.mustCall(() => b.write(Buffer.concat(frames))));
