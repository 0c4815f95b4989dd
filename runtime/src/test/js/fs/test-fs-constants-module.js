'use strict';
// node:constants (what graceful-fs and fs-extra require): fs.constants merged with os's errno and
// signal numbers, frozen.
const constants = require('constants');
const fs = require('fs');

console.log(Object.isFrozen(constants), require('node:constants') === constants);
console.log(Object.keys(fs.constants).every((k) => constants[k] === fs.constants[k]));
console.log(constants.O_CREAT, constants.O_WRONLY, constants.S_IFMT, constants.COPYFILE_EXCL, constants.R_OK);
console.log(constants.ENOENT, constants.EACCES, constants.SIGINT, constants.SIGKILL);
