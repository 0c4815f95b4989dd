const { Readable } = require('stream');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
const events = [];
r.on('data', (d) => events.push(`data:${d}`));
r.on('end', () => events.push('end'));
r.on('close', () => {
  events.push('close');
  console.log(events.join(' '));
  console.log(r.readableEnded, r.destroyed, r.readableFlowing);
});
r.push('a');
r.push(Buffer.from('bc'));
process.nextTick(() => {
  r.push('d');
  r.push(null);
});
console.log('sync', events.length, r.readableLength);
