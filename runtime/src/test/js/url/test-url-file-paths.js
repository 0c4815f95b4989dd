'use strict';
const { fileURLToPath, pathToFileURL } = require('url');
console.log(fileURLToPath('file:///a/b%20c'), fileURLToPath(new URL('file:///%E2%82%AC')), fileURLToPath('file://localhost/x'));
for (const bad of ['file:///a%2Fb', 'file://host/x', 'http://x/', 5]) {
  try { fileURLToPath(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(pathToFileURL('/a/b c').href, pathToFileURL('/x/%/#?').href, pathToFileURL('/tmp/ü\n').href, pathToFileURL('/dir/').href);
console.log(pathToFileURL('rel').href === new URL(`file://${process.cwd()}/rel`).href);
