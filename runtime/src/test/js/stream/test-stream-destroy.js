const { Readable, Writable } = require('stream');
const order = [];
const r = new Readable({ read() {} });
r.on('error', (e) => order.push(`error:${e.message}`));
r.on('close', () => {
  order.push('close');
  console.log(order.join(' '), r.destroyed, r.errored && r.errored.message);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.write('late', (err) => console.log('write cb', err.code));
  w.on('error', (e) => console.log('w error', e.name, e.code, e.message));
  const d = new Writable({
    write(c, e, cb) { cb(); },
    destroy(err, cb) { console.log('custom destroy', err); cb(err); },
  });
  d.destroy();
  d.on('close', () => console.log('d closed', d.destroyed));
});
r.destroy(new Error('kaput'));
order.push('after destroy');
