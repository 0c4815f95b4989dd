'use strict';
// Everything logged before process.exit() reaches stdout: console writes synchronously.
for (let i = 0; i < 300; i++) console.log(`line ${i} ${'x'.repeat(i % 80)}`);
console.log({ last: true });
process.exit(3);
console.log('never printed');
