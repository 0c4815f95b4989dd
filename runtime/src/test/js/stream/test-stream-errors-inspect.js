const { Writable, Readable } = require('stream');
const util = require('util');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => {
  console.log(util.inspect(e).split('\n')[0]);
  console.log(e instanceof Error, Object.keys(e));
});
w.end();
w.write('x');
const r = new Readable({ read() {} });
r.push(null);
r.on('error', (e) => console.log(String(e)));
r.push('after eof');
