'use strict';
const { parseArgs } = require('util');

const options = { file: { type: 'string', short: 'f' }, flag: { type: 'boolean' } };
const cases = [
  { args: ['--nope'], options },
  { args: ['-n'], options, allowPositionals: true },
  { args: ['positional'], options },
  { args: ['--file'], options },
  { args: ['-f', '-x'], options },
  { args: ['--file', '--flag'], options },
  { args: ['--flag=yes'], options },
  { args: ['x'], options: { bad: { type: 'number' } } },
  { args: [], options: { bad: { type: 'string', short: 'xy' } } },
  { args: [], options: { bad: { type: 'boolean', default: 'no' } } },
  { args: 'not-array', options },
];
for (const config of cases) {
  try {
    parseArgs(config);
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
  }
}
