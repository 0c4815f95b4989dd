'use strict';

const original = process.stdout.write;
const captured = [];
process.stdout.write = function (chunk, ...rest) {
  captured.push(String(chunk));
  return true;
};
console.log('captured line', { n: 1 });
process.stdout.write = original;
console.log('after restore');
console.log(JSON.stringify(captured));
