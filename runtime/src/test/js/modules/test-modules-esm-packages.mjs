process.chdir(new URL('./fixtures', import.meta.url).pathname);
const pkg = await import('./fixtures/node_modules/pkg-exports/dist/index.mjs');
console.log(pkg.format);
try {
  await import('./fixtures/does-not-exist.mjs');
} catch (e) {
  console.log('missing import fails:', e instanceof Error);
}
