const { pipeline, Readable, Transform, Writable } = require('stream');
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, chunk.toString().toUpperCase());
  },
});
const out = [];
pipeline(
  Readable.from(['a', 'b', 'c']),
  upper,
  new Writable({ write(c, e, cb) { out.push(c.toString()); cb(); } }),
  (err) => {
    console.log('done', err, out.join(''));
    const failing = new Transform({ transform(c, e, cb) { cb(new Error('boom')); } });
    const src = Readable.from(['x']);
    pipeline(src, failing, new Writable({ write(c, e, cb) { cb(); } }), (err2) => {
      console.log('failed', err2.message, src.destroyed, failing.destroyed);
    });
  },
);
