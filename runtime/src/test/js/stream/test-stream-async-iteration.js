const { Readable } = require('stream');
(async () => {
  const r = Readable.from([1, 2, 3], { objectMode: true });
  const got = [];
  for await (const v of r) got.push(v);
  console.log(got, r.destroyed);
  const early = Readable.from(['a', 'b', 'c']);
  for await (const v of early) {
    console.log('first', v);
    break;
  }
  console.log('after break destroyed', early.destroyed);
  const mapped = await Readable.from([1, 2, 3, 4]).filter((x) => x % 2 === 0).map((x) => x * 10).toArray();
  console.log(mapped);
  async function* gen() { yield 'g1'; yield 'g2'; }
  console.log(await Readable.from(gen()).reduce((a, b) => a + b, ''));
})();
