// Flags: --allow-net
'use strict';
// A bound socket keeps the program alive until closed; unref() lets the program end while it is
// open (ref() undoes that); a socket never bound or sent from holds nothing.
const dgram = require('dgram');

const idle = dgram.createSocket('udp4');
idle.on('close', () => console.log('never'));

const unrefd = dgram.createSocket('udp4');
unrefd.bind(0, '127.0.0.1', () => {
  console.log('unref\'d socket bound');
  unrefd.unref();
});

const held = dgram.createSocket('udp4');
held.bind(0, '127.0.0.1', () => {
  held.unref();
  held.ref();
  setTimeout(() => {
    console.log('held socket closes after a while');
    held.close();
  }, 200);
});
process.on('exit', () => console.log('exit'));
