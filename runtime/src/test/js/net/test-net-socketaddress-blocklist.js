// net.SocketAddress and net.BlockList.
const net = require('net');

const a = new net.SocketAddress({ address: '192.168.1.10', port: 8080 });
console.log(a.address, a.port, a.family, a.flowlabel, net.SocketAddress.isSocketAddress(a), a);
const b = new net.SocketAddress({ address: '::1', family: 'ipv6' });
console.log(b.address, b.port, b.family);
for (const bad of [{ address: 'nope' }, { port: 70000 }, { family: 'ipv5' }, 5]) {
  try { new net.SocketAddress(bad); } catch (e) { console.log(e.code, e.message); }
}

const list = new net.BlockList();
list.addAddress('10.0.0.1');
list.addRange('192.168.0.10', '192.168.0.20');
list.addSubnet('172.16.0.0', 12);
list.addSubnet('2001:db8::', 32, 'ipv6');
list.addAddress('::ffff:8.8.8.8', 'ipv6');
console.log(list.rules);
for (const [addr, fam] of [['10.0.0.1'], ['10.0.0.2'], ['192.168.0.15'], ['192.168.0.21'], ['172.31.255.255'],
  ['172.32.0.0'], ['2001:db8:1::5', 'ipv6'], ['2001:db9::', 'ipv6'], ['::ffff:10.0.0.1', 'ipv6'], ['8.8.8.8']]) {
  console.log(addr, list.check(addr, fam));
}
console.log(list.check(a));
