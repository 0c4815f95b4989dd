// Flags: --allow-net
'use strict';
// Socket options and their errors: an unbound socket has no fd (EBADF), setTTL's range, buffer
// sizes (Linux reports double what is asked), broadcast, send queue counters, ref/unref returning
// the socket, 'close' once, and a closed socket refusing work (ERR_SOCKET_DGRAM_NOT_RUNNING).
const dgram = require('dgram');

const show = (label, fn) => {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : r);
  } catch (e) {
    console.log(label, `${e.name} ${e.code}: ${e.message}`, e.errno ?? '');
  }
};

const unbound = dgram.createSocket('udp4');
show('unbound address:', () => unbound.address());
show('unbound setTTL:', () => unbound.setTTL(5));
show('unbound setBroadcast:', () => unbound.setBroadcast(true));
show('unbound buffer size:', () => unbound.getRecvBufferSize());
show('unbound ref:', () => unbound.ref() === unbound);
unbound.close();

const s = dgram.createSocket({ type: 'udp4', recvBufferSize: 65536 });
s.bind(0, '127.0.0.1', () => {
  show('recv buffer from options:', () => s.getRecvBufferSize());
  show('set send buffer:', () => s.setSendBufferSize(32768));
  show('send buffer:', () => s.getSendBufferSize());
  show('bad buffer size:', () => s.setRecvBufferSize(-1));
  show('setTTL:', () => s.setTTL(64));
  show('setTTL 0:', () => s.setTTL(0));
  show('setTTL 256:', () => s.setTTL(256));
  show('setTTL type:', () => s.setTTL('64'));
  show('setBroadcast:', () => s.setBroadcast(true));
  show('multicast ttl type:', () => s.setMulticastTTL('x'));
  show('queue:', () => [s.getSendQueueSize(), s.getSendQueueCount()]);
  show('unref:', () => s.unref() === s);
  show('ref:', () => s.ref() === s);
  s.on('close', () => console.log('close event'));
  s.close(() => {
    console.log('close callback');
    show('after close address:', () => s.address());
    show('after close send:', () => s.send('x', 9, '127.0.0.1'));
    show('after close bind:', () => s.bind());
    show('after close close:', () => s.close());
  });
});

const ac = new AbortController();
const aborted = dgram.createSocket({ type: 'udp4', signal: ac.signal });
aborted.on('close', () => console.log('closed by abort'));
aborted.bind(0, '127.0.0.1', () => ac.abort());
