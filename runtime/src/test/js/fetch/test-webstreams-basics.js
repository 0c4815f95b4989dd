// stream/web and the globals: readers, pipes through transforms, queuing strategies, text
// streams, and how they print. (CompressionStream and DecompressionStream are left out: Bramble
// has no zlib-backed ones yet.)
const web = require('stream/web');
const { inspect } = require('util');

console.log(Object.keys(web).filter((k) => !/compression/i.test(k)));
console.log(web.ReadableStream === ReadableStream, web.TextEncoderStream === TextEncoderStream);
console.log(inspect(new ReadableStream()), inspect(new WritableStream()));
console.log(inspect(new TransformStream()));
console.log(inspect(new TextDecoderStream('utf-8', { fatal: true })));

(async () => {
  const source = new ReadableStream({
    start(c) {
      c.enqueue('a');
      c.enqueue('b');
      c.enqueue('c');
      c.close();
    },
  });
  const upper = new TransformStream({ transform(chunk, c) { c.enqueue(chunk.toUpperCase()); } });
  const seen = [];
  await source.pipeThrough(upper).pipeTo(new WritableStream({ write(chunk) { seen.push(chunk); } }));
  console.log('piped', seen);

  const bytes = [];
  const enc = new TextEncoderStream();
  const w = enc.writable.getWriter();
  w.write('h\u00e9\ud83d');
  w.write('\ude00!');
  w.close();
  for await (const b of enc.readable) bytes.push(...b);
  console.log('encoded', Buffer.from(bytes).toString('hex'));

  const dec = new TextDecoderStream();
  const dw = dec.writable.getWriter();
  dw.write(new Uint8Array([0xe2, 0x82]));
  dw.write(new Uint8Array([0xac]));
  dw.close();
  let text = '';
  for await (const s of dec.readable) text += s;
  console.log('decoded', text);

  const counted = new ReadableStream({ pull(c) { c.enqueue(1); } }, new CountQueuingStrategy({ highWaterMark: 3 }));
  const reader = counted.getReader();
  console.log('reader', inspect(reader).split('\n')[0], (await reader.read()).value);
  reader.releaseLock();
  const bls = new ByteLengthQueuingStrategy({ highWaterMark: 16 });
  console.log('strategy', bls.highWaterMark, bls.size(new Uint8Array(5)));

  const from = ReadableStream.from((async function* () { yield 1; yield 2; })());
  const got = [];
  for await (const v of from) got.push(v);
  console.log('from', got);

  const errored = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
  try {
    await errored.getReader().read();
  } catch (e) {
    console.log('error', e.message);
  }
  const [x, y] = new ReadableStream({ start(c) { c.enqueue('t'); c.close(); } }).tee();
  console.log('tee', (await x.getReader().read()).value, (await y.getReader().read()).value);
})();
