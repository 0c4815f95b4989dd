const { Readable, Writable, Transform } = require('stream');
const objs = [];
const r = new Readable({ objectMode: true, read() {} });
const t = new Transform({
  objectMode: true,
  transform(obj, enc, cb) {
    cb(null, { ...obj, seen: true });
  },
});
const w = new Writable({
  objectMode: true,
  write(obj, enc, cb) {
    objs.push(obj);
    cb();
  },
});
r.pipe(t).pipe(w).on('finish', () => console.log(JSON.stringify(objs), r.readableObjectMode, w.writableObjectMode));
r.push({ n: 1 });
r.push({ n: 2 });
r.push(null);
console.log(new Readable({ objectMode: true }).readableHighWaterMark, new Readable().readableHighWaterMark);
try {
  new Writable({ write() {} }).write(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
const typed = new Writable({ write(c, e, cb) { console.log('typed chunk', c); cb(); } });
typed.write(new Uint16Array([1, 2]));
typed.write(new DataView(new ArrayBuffer(2)));
const bad = new Readable({ read() {} });
bad.on('error', (e) => console.log('push error', e.code, e.message));
bad.push({});
