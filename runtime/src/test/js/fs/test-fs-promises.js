// Flags: --allow-read --allow-write=/
'use strict';
// fs/promises: the same object as fs.promises, the common calls, and rejections with Node's errors.
const fs = require('fs');
const fsp = require('fs/promises');
const { enterTmp, show } = require('./fixtures/tmp');
enterTmp();

(async () => {
  console.log(fsp === fs.promises, require('node:fs/promises') === fsp, Object.keys(fsp).join());
  await fsp.writeFile('a.txt', 'one\n');
  await fsp.appendFile('a.txt', 'two\n');
  console.log(JSON.stringify(await fsp.readFile('a.txt', 'utf8')), (await fsp.readFile('a.txt')).length);
  await fsp.writeFile('gen.txt', (function* () { yield 'x'; yield Buffer.from('y'); })());
  console.log(await fsp.readFile('gen.txt', { encoding: 'utf8' }));
  console.log(await fsp.mkdir('d/e', { recursive: true }), await fsp.readdir('.'));
  console.log((await fsp.readdir('.', { withFileTypes: true })).map((d) => d.name + (d.isDirectory() ? '/' : '')));
  const st = await fsp.stat('a.txt');
  console.log(st.isFile(), st.size, (await fsp.lstat('d')).isDirectory(), typeof (await fsp.stat('a.txt', { bigint: true })).size);
  await fsp.copyFile('a.txt', 'd/b.txt');
  await fsp.rename('d/b.txt', 'd/e/c.txt');
  await fsp.symlink('e/c.txt', 'd/link');
  console.log(await fsp.readlink('d/link'), (await fsp.realpath('d/link')).endsWith('/d/e/c.txt'));
  await fsp.link('a.txt', 'hard');
  await fsp.chmod('hard', 0o600);
  await fsp.utimes('hard', 10, 20);
  console.log((await fsp.stat('a.txt')).mtimeMs, ((await fsp.stat('a.txt')).mode & 0o777).toString(8));
  await fsp.truncate('a.txt', 3);
  console.log(await fsp.readFile('a.txt', 'utf8'), await fsp.access('a.txt'));
  const tmp = await fsp.mkdtemp('t-');
  await fsp.rmdir(tmp);
  await fsp.cp('d', 'd2', { recursive: true });
  console.log((await fsp.readdir('d2', { recursive: true })).sort());
  await fsp.rm('d2', { recursive: true });
  await fsp.unlink('hard');
  for (const [label, call] of [
    ['readFile missing', () => fsp.readFile('missing')],
    ['mkdir exists', () => fsp.mkdir('d')],
    ['rm dir', () => fsp.rm('d')],
    ['rmdir not empty', () => fsp.rmdir('d')],
    ['access X_OK', () => fsp.access('a.txt', fs.constants.X_OK)],
    ['bad path', () => fsp.stat(42)],
    ['bad data', () => fsp.writeFile('x', 42)],
    ['lchmod', () => fsp.lchmod('a.txt', 0o600)],
  ]) {
    await call().then((v) => console.log(label, 'ok', v), (e) => console.log(label, show(e)));
  }
})();
