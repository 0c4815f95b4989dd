import('./fixtures/esm-lib.mjs').then((m) => {
  console.log(m.answer, m.default('cjs'));
  return import('node:path');
}).then((p) => console.log(typeof p.default.join, typeof p.join));
