const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, PassThrough } = require('stream');
(async () => {
  const chunks = [];
  await pipeline(Readable.from(['1', '2', '3']), new PassThrough(),
    new Writable({ write(c, e, cb) { chunks.push(String(c)); cb(); } }));
  console.log('pipeline', chunks);
  const r = Readable.from(['x']);
  r.resume();
  await finished(r);
  console.log('finished', r.readableEnded);
  try {
    await pipeline(Readable.from(['a']), async function* (src) {
      for await (const c of src) throw new Error(`bad ${c}`);
    }, new PassThrough());
  } catch (e) {
    console.log('rejected', e.message);
  }
})();
