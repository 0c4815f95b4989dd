// Node runs nextTicks and microtasks after each timer callback, not after the whole batch.
setTimeout(() => {
  console.log('t1');
  process.nextTick(() => console.log('tick after t1'));
  Promise.resolve().then(() => console.log('micro after t1'));
}, 200);
setTimeout(() => console.log('t2'), 200);
setImmediate(() => {
  console.log('i1');
  process.nextTick(() => console.log('tick after i1'));
});
setImmediate(() => console.log('i2'));
