'use strict';
const { parseArgs, inspect } = require('util');

const options = {
  verbose: { type: 'boolean', short: 'v' },
  file: { type: 'string', short: 'f' },
  tag: { type: 'string', multiple: true },
  level: { type: 'string', default: 'info' },
};
const show = (r) => console.log(inspect(r, { depth: 4, breakLength: 120 }));
show(parseArgs({ args: ['-v', '--file', 'a.txt', '--tag=x', '--tag', 'y'], options }));
show(parseArgs({ args: ['-vfout.txt'], options }));
show(parseArgs({ args: ['-f', 'x', 'pos1', '--', '--not-an-option'], options, allowPositionals: true }));
show(parseArgs({ args: ['--unknown', 'value', '-z'], strict: false }));
show(parseArgs({ args: ['--file=', '--level=debug'], options }));
show(parseArgs({ args: [], options }));
