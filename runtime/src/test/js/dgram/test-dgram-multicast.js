// Flags: --allow-net
'use strict';
// Multicast on the loopback interface (as service discovery on a LAN, without a LAN): a receiver
// joins a group, a sender picks the interface, TTL and loopback, and the datagram arrives; the
// kernel's rules for joining twice, leaving a group not joined and non-group addresses hold.
const dgram = require('dgram');

const GROUP = '239.255.42.99';
const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.message, e.code, e.errno, e.syscall);
  }
};

const receiver = dgram.createSocket({ type: 'udp4', reuseAddr: true });
receiver.bind(0, () => {
  show('join:', () => receiver.addMembership(GROUP, '127.0.0.1'));
  show('join again:', () => receiver.addMembership(GROUP, '127.0.0.1'));
  show('join unicast:', () => receiver.addMembership('192.0.2.1', '127.0.0.1'));
  show('join no interface there:', () => receiver.addMembership('239.255.42.98', '192.0.2.250'));
  show('join without group:', () => receiver.addMembership());
  show('leave not joined:', () => receiver.dropMembership('239.255.42.97', '127.0.0.1'));
  show('source-specific:', () => receiver.addSourceSpecificMembership('127.0.0.1', '232.1.2.3', '127.0.0.1'));
  show('source-specific bad source:', () => receiver.addSourceSpecificMembership(42, '232.1.2.3'));

  const sender = dgram.createSocket('udp4');
  sender.bind(0, '127.0.0.1', () => {
    show('interface:', () => sender.setMulticastInterface('127.0.0.1'));
    show('interface not ours:', () => sender.setMulticastInterface('192.0.2.250'));
    show('ttl:', () => sender.setMulticastTTL(2));
    show('ttl too big:', () => sender.setMulticastTTL(256));
    show('loopback:', () => sender.setMulticastLoopback(true));
    receiver.on('message', (msg, rinfo) => {
      console.log('group message:', String(msg), rinfo.address, rinfo.size);
      show('leave:', () => receiver.dropMembership(GROUP, '127.0.0.1'));
      show('leave again:', () => receiver.dropMembership(GROUP, '127.0.0.1'));
      sender.close();
      receiver.close();
    });
    sender.send('hello group', receiver.address().port, GROUP, (err, n) => console.log('sent to group', err, n));
  });
});
