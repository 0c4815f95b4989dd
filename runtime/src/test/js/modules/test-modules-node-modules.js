process.chdir(__dirname);
const { createRequire } = require('module');
const req = createRequire(require.resolve('./fixtures/a.js'));
console.log(req('pkg-main'));
console.log(req('pkg-exports'), req('pkg-exports/feature/fast'));
console.log(req('@scope/thing'), req('pkg-exports/package.json').name);
try {
  req('pkg-exports/dist/index.cjs');
} catch (e) {
  console.log(e.code);
}
try {
  req('no-such-package');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
try {
  require('./fixtures/missing');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replace(__dirname, '.'));
}
