'use strict';
const os = require('os');
const total = os.totalmem();
const free = os.freemem();
console.log(Number.isInteger(total), total > 0, free > 0, free <= total);
console.log(typeof os.uptime(), os.uptime() > 0, Array.isArray(os.loadavg()), os.loadavg().length, os.loadavg().every((n) => typeof n === 'number' && n >= 0));
console.log(typeof os.release(), os.release().length > 0, typeof os.version(), typeof os.hostname(), os.hostname().length > 0);
