// Flags: --allow-read --allow-write=/
'use strict';
// FileHandle from fsPromises.open: read/write with positions, readFile/writeFile from the current
// position, stat, truncate, readLines, streams over the handle, and EBADF once closed.
const fsp = require('fs/promises');
const { enterTmp, show } = require('./fixtures/tmp');
enterTmp();

(async () => {
  const fh = await fsp.open('f.txt', 'w+');
  console.log(fh.constructor.name, typeof fh.fd);
  console.log((await fh.write('hello world')).bytesWritten, (await fh.write(Buffer.from('HW'), 0, 1, 0)).bytesWritten);
  const r = await fh.read(Buffer.alloc(5), 0, 5, 6);
  console.log(r.bytesRead, r.buffer.toString());
  const r2 = await fh.read({ buffer: Buffer.alloc(3), position: 0 });
  console.log(r2.bytesRead, r2.buffer.toString());
  console.log((await fh.writev([Buffer.from('A'), Buffer.from('B')], 0)).bytesWritten);
  console.log((await fh.stat()).size, (await fh.stat({ bigint: true })).size);
  await fh.truncate(5);
  await fh.sync();
  await fh.datasync();
  await fh.chmod(0o640);
  await fh.utimes(100, 200);
  console.log(((await fh.stat()).mode & 0o777).toString(8), (await fh.stat()).mtimeMs);
  await fh.close();
  await fh.close();
  await fh.stat().catch((e) => console.log('closed', show(e)));

  const h2 = await fsp.open('f.txt', 'r');
  console.log(JSON.stringify(await h2.readFile('utf8')), JSON.stringify(await h2.readFile('utf8')));
  await h2.close();

  await fsp.writeFile('lines.txt', 'alpha\r\nbeta\n\ngamma');
  const h3 = await fsp.open('lines.txt');
  const lines = [];
  for await (const line of h3.readLines()) lines.push(line);
  console.log(lines);

  const h4 = await fsp.open('out.txt', 'w');
  await h4.writeFile('abc');
  await h4.appendFile('def');
  await h4.close();
  console.log(await fsp.readFile('out.txt', 'utf8'));

  const h5 = await fsp.open('out.txt');
  const chunks = [];
  for await (const c of h5.createReadStream({ start: 1, end: 3, encoding: 'utf8' })) chunks.push(c);
  console.log(chunks, h5.fd);
  await fsp.open('missing').catch((e) => console.log('open', show(e)));
})();
