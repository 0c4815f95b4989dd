async function work(name, ms) {
  await new Promise((r) => setTimeout(r, ms));
  console.log('done', name);
  return name.length;
}
(async () => {
  const results = await Promise.all([work('alpha', 20), work('be', 5), work('gam', 10)]);
  console.log(results);
  for await (const x of (async function* () { yield 1; await null; yield 2; })()) console.log('gen', x);
})();
