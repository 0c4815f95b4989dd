// Serial throughput over a pty pair (made by socat): 8 MiB written to one end as fast as the stream
// takes it, counted at the other; the same program under node (with the npm serialport package) and
// bramble (its built-in). Usage: serial-throughput.js PATH_A PATH_B
const { SerialPort } = require('serialport');

const SIZE = 8 * 1024 * 1024;
const [pathA, pathB] = process.argv.slice(2);
const a = new SerialPort({ path: pathA, baudRate: 115200 });
const b = new SerialPort({ path: pathB, baudRate: 115200 });
const chunk = Buffer.alloc(64 * 1024, 0x55);
let received = 0;
let t0;

b.on('data', (d) => {
  received += d.length;
  if (received >= SIZE) {
    const s = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log(JSON.stringify({ bytes: received, seconds: s, bytesPerSecond: Math.round(received / s) }));
    a.close();
    b.close();
  }
});

let opened = 0;
const start = () => {
  if (++opened < 2) return;
  t0 = process.hrtime.bigint();
  let sent = 0;
  const pump = () => {
    while (sent < SIZE) {
      sent += chunk.length;
      if (!a.write(chunk)) {
        a.once('drain', pump);
        return;
      }
    }
  };
  pump();
};
a.on('open', start);
b.on('open', start);
