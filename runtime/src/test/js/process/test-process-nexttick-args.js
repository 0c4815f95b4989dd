process.nextTick((a, b, c) => console.log(a, b, c), 1, 'two', [3]);
process.nextTick(function () {
  console.log(this === undefined || this === globalThis);
});
