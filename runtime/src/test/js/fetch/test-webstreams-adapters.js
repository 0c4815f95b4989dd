// Readable/Writable/Duplex .fromWeb and .toWeb between Node streams and web streams.
const { Readable, Writable, Duplex, PassThrough } = require('stream');

(async () => {
  const nodeFromWeb = Readable.fromWeb(new ReadableStream({
    start(c) {
      c.enqueue(new Uint8Array([104, 105]));
      c.enqueue(new Uint8Array([33]));
      c.close();
    },
  }));
  let text = '';
  for await (const chunk of nodeFromWeb) text += chunk;
  console.log('Readable.fromWeb', text, nodeFromWeb.readableObjectMode);

  const objects = Readable.fromWeb(ReadableStream.from([{ a: 1 }, { b: 2 }]), { objectMode: true });
  const list = [];
  for await (const o of objects) list.push(o);
  console.log('objectMode', list);

  const web = Readable.toWeb(Readable.from([Buffer.from('x'), Buffer.from('yz')]));
  const parts = [];
  for await (const c of web) parts.push(`${c.constructor.name}:${Buffer.from(c).toString()}`);
  console.log('Readable.toWeb', parts);

  const written = [];
  const sink = new WritableStream({ write(chunk) { written.push(Buffer.from(chunk).toString()); } });
  const nodeSink = Writable.fromWeb(sink);
  nodeSink.write('one');
  nodeSink.end('two');
  await new Promise((r) => nodeSink.on('finish', r));
  console.log('Writable.fromWeb', written);

  const collected = [];
  const nodeWritable = new Writable({ write(chunk, enc, cb) { collected.push(chunk.toString()); cb(); } });
  const webWriter = Writable.toWeb(nodeWritable).getWriter();
  await webWriter.write(new TextEncoder().encode('abc'));
  await webWriter.close();
  console.log('Writable.toWeb', collected);

  const pair = Duplex.toWeb(new PassThrough());
  const pw = pair.writable.getWriter();
  pw.write(new TextEncoder().encode('echo'));
  pw.close();
  const echoed = [];
  for await (const c of pair.readable) echoed.push(Buffer.from(c).toString());
  console.log('Duplex.toWeb', echoed);

  const ts = new TransformStream({ transform(c, ctl) { ctl.enqueue(new TextEncoder().encode(new TextDecoder().decode(c).toUpperCase())); } });
  const duplex = Duplex.fromWeb(ts);
  duplex.end('loud');
  let out = '';
  for await (const c of duplex) out += c;
  console.log('Duplex.fromWeb', out);

  try {
    Readable.fromWeb({});
  } catch (e) {
    console.log(e.code, e.message);
  }
})();
