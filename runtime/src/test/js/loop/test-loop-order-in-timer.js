// Inside a timer callback, setImmediate always runs before a new setTimeout(0).
setTimeout(() => {
  setTimeout(() => console.log('timeout'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('tick'));
}, 5);
