// Failed ES module resolutions carry Node's codes and texts (paths shown relative to this folder).
const here = new URL('.', import.meta.url).pathname;
const show = async (s) => {
  try {
    await import(s);
    console.log(s, 'ok');
  } catch (e) {
    console.log(s, e.name, e.code, e.message.replaceAll(here, './'));
  }
};
await show('./fixtures/missing-util');
await show('./fixtures/nothing.mjs');
await show('no-such-package');
await show('@scope/no-such/x');
await show('./fixtures/node_modules/pkg-exports/dist/index.mjs');
await show('node:no-such-builtin');
await show('util');
