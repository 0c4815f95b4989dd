'use strict';
const { parseArgs } = require('util');

const { tokens, values, positionals } = parseArgs({
  args: ['-ab', '--c=1', '-d', 'val', 'pos', '--', '-e'],
  options: { a: { type: 'boolean' }, b: { type: 'boolean' }, c: { type: 'string' }, d: { type: 'string' } },
  allowPositionals: true,
  tokens: true,
});
for (const t of tokens) console.log(JSON.stringify(t));
console.log(values, positionals);
