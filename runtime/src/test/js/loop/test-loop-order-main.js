const log = (s) => console.log(s);
log('sync start');
setTimeout(() => log('timeout 0'), 0);
setImmediate(() => log('immediate'));
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => {
  log('micro 1');
  process.nextTick(() => log('tick from micro'));
  Promise.resolve().then(() => log('micro from micro'));
});
process.nextTick(() => {
  log('tick 2');
  Promise.resolve().then(() => log('micro from tick'));
  process.nextTick(() => log('tick from tick'));
});
queueMicrotask(() => log('queueMicrotask'));
log('sync end');
