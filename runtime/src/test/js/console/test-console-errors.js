'use strict';
const { Console } = require('console');

const stream = { write() {} };
const bad = [
  () => new Console(),
  () => new Console({ stdout: {} }),
  () => new Console({ stdout: stream, stderr: {} }),
  () => new Console({ stdout: stream, colorMode: 'sometimes' }),
  () => new Console({ stdout: stream, colorMode: true, inspectOptions: { colors: true } }),
  () => new Console({ stdout: stream, inspectOptions: 'x' }),
  () => new Console({ stdout: stream, groupIndentation: -1 }),
];
for (const fn of bad) {
  try {
    fn();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
