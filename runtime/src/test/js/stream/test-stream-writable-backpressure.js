const { Writable } = require('stream');
const seen = [];
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) {
    seen.push(chunk.toString());
    setImmediate(cb);
  },
});
console.log(w.write('ab'), w.writableLength, w.writableNeedDrain);
console.log(w.write('cde'), w.writableLength, w.writableNeedDrain);
w.once('drain', () => {
  console.log('drain', w.writableLength, seen.join(','));
  w.end('z', () => console.log('end cb', seen.join(','), w.writableFinished));
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
