'use strict';
const consoleModule = require('console');

console.log(Object.keys(console).join(' '));
console.log(consoleModule === console, typeof console.Console, console.log.name, console.error.name);
const { log } = console;
log('detached log works');
console.log(Object.prototype.toString.call(console));
console.log(Object.getOwnPropertyNames(console).filter((k) => k.startsWith('_')).sort().join(' '));
console.log(require('util').inspect(console).split('\n').slice(0, 3).join('|'));
