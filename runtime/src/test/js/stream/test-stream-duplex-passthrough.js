const { Duplex, PassThrough } = require('stream');
const d = new Duplex({
  read() {},
  write(chunk, enc, cb) {
    this.push(`echo:${chunk}`);
    cb();
  },
  final(cb) {
    this.push(null);
    cb();
  },
});
const got = [];
d.on('data', (c) => got.push(String(c)));
d.on('end', () => console.log('duplex', got));
d.write('a');
d.end('b');
const p = new PassThrough();
p.end('hello');
p.on('data', (c) => console.log('pass', String(c), p instanceof Duplex));
console.log(d.allowHalfOpen, d.readable, d.writable);
