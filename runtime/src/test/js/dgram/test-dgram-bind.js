// Flags: --allow-net
'use strict';
// bind() in its forms, 'listening' and the callback, EADDRINUSE as an 'error' with address and
// port, reuseAddr sharing a port, the implicit bind of a first send, and an IPv6 socket that
// sees an IPv4 peer as ::ffff:127.0.0.1 (unless ipv6Only).
const dgram = require('dgram');

const steps = [
  (next) => {
    const s = dgram.createSocket('udp4');
    s.bind(() => {
      const a = s.address();
      console.log('bind(cb):', a.address, a.family, a.port > 0);
      try {
        s.bind();
      } catch (e) {
        console.log('bind again:', e.code, e.message);
      }
      s.close(next);
    });
  },
  (next) => {
    const s = dgram.createSocket('udp4');
    s.bind({ port: 0, address: 'localhost' }, () => {
      console.log('bind({address: localhost}):', s.address().address);
      const taken = s.address().port;
      const other = dgram.createSocket('udp4');
      other.on('error', (err) => {
        console.log('in use:', err.message.replace(String(taken), 'PORT'), err.code, err.errno, err.syscall, err.address, err.port === taken);
        other.close();
        s.close(next);
      });
      other.bind(taken, '127.0.0.1', () => console.log('bound twice (never)'));
    });
  },
  (next) => {
    const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    a.bind(0, '127.0.0.1', () => {
      const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
      b.bind(a.address().port, '127.0.0.1', () => {
        console.log('reuseAddr: same port', b.address().port === a.address().port);
        a.close();
        b.close(next);
      });
    });
  },
  (next) => {
    const s = dgram.createSocket('udp4');
    s.on('listening', () => console.log('implicit bind listening:', s.address().address, s.address().port > 0));
    s.send('x', 9, '127.0.0.1', (err) => {
      console.log('implicit bind send:', err);
      s.close(next);
    });
  },
  (next) => {
    const v6 = dgram.createSocket('udp6');
    v6.on('message', (msg, rinfo) => {
      console.log('udp6 from udp4:', String(msg), rinfo.address, rinfo.family);
      v6.close(next);
    });
    v6.bind(0, '::', () => {
      console.log('udp6 bound:', v6.address().address, v6.address().family);
      const v4 = dgram.createSocket('udp4');
      v4.send('mapped', v6.address().port, '127.0.0.1', () => v4.close());
    });
  },
  (next) => {
    const only = dgram.createSocket({ type: 'udp6', ipv6Only: true });
    only.bind(0, '::1', () => {
      const c = dgram.createSocket('udp6');
      only.on('message', (msg, rinfo) => {
        console.log('udp6 loopback:', String(msg), rinfo.address, rinfo.family);
        c.close();
        only.close(next);
      });
      c.send('six', only.address().port, '::1');
    });
  },
  (next) => {
    const s = dgram.createSocket('udp4');
    s.on('error', (err) => {
      console.log('bind lookup error:', err.code, err.syscall, err.hostname);
      s.close(next);
    });
    s.bind(0, 'a..b');
  },
];
(function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
})(0);
