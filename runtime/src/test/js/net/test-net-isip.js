// net.isIP/isIPv4/isIPv6 on valid and invalid addresses.
const net = require('net');

const inputs = [
  '127.0.0.1', '0.0.0.0', '255.255.255.255', '256.1.1.1', '1.2.3', '01.2.3.4', '1.2.3.4 ', '',
  '::', '::1', '1::', 'fe80::1%eth0', '2001:db8::8a2e:370:7334', '2001:0db8:0000:0000:0000:ff00:0042:8329',
  '::ffff:192.168.1.1', '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3', ':::', 'gggg::1', '1:2:3:4:5:6:1.2.3.4',
  '::1.2.3.4', 'localhost', 'fe80::1%', 12, null, undefined, '1:2:3:4:5:6:7::',
];
for (const s of inputs) console.log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
