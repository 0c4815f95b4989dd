'use strict';
const os = require('os');
const ifs = os.networkInterfaces();
const lo = ifs.lo;
console.log(typeof ifs, Array.isArray(lo));
const v4 = lo.find((a) => a.family === 'IPv4');
console.log(v4.address, v4.netmask, v4.internal, v4.cidr, /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(v4.mac));
for (const list of Object.values(ifs)) for (const a of list) {
  if (!['IPv4', 'IPv6'].includes(a.family) || typeof a.internal !== 'boolean' || !a.cidr.startsWith(a.address)) console.log('bad', a);
}
