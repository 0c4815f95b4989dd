// Reads NMEA sentences from a GPS receiver on a serial port and prints each fix, with serialport's API:
// a SerialPort piped into a ReadlineParser, sentences checked against their checksum, GGA (satellites,
// altitude) joined with RMC (validity, speed, course). `bramble main.js [port] [fixes]`: the port is the
// board's UART0 by default (a GPS on header pins 8/10), or e.g. /dev/ttyUSB0 / /dev/ttyACM0 for a USB
// receiver; off a Pi, `--sim scenario.json` plays a recorded stream into the simulated UART0.
const { SerialPort, ReadlineParser } = require('serialport');

const path = process.argv[2] || 'UART0';
const wanted = Number(process.argv[3] || Infinity);

function checksumOk(line) {
  const star = line.lastIndexOf('*');
  if (line[0] !== '$' || star < 0) return false;
  let sum = 0;
  for (let i = 1; i < star; i++) sum ^= line.charCodeAt(i);
  return sum === parseInt(line.slice(star + 1, star + 3), 16);
}

function degrees(value, hemisphere) {
  if (!value) return null;
  const dot = value.indexOf('.');
  const deg = Number(value.slice(0, dot - 2)) + Number(value.slice(dot - 2)) / 60;
  return hemisphere === 'S' || hemisphere === 'W' ? -deg : deg;
}

const port = new SerialPort({ path, baudRate: 9600 });
let gga = null;
let fixes = 0;
let bad = 0;

port.on('open', () => console.log(`reading NMEA from ${path} at 9600 baud`));
port.on('error', (err) => {
  console.error(`${path}: ${err.message}`);
  process.exitCode = 1;
});
port.on('close', (err) => {
  if (err && err.disconnected) console.error(`${path} went away`);
});

port.pipe(new ReadlineParser({ delimiter: '\r\n' })).on('data', (line) => {
  if (!checksumOk(line)) {
    bad++;
    console.log(`skipped a damaged sentence (${bad} so far)`);
    return;
  }
  const f = line.slice(1, line.indexOf('*')).split(',');
  if (f[0].endsWith('GGA')) {
    gga = { sats: Number(f[7]), altitude: Number(f[9]) };
  } else if (f[0].endsWith('RMC') && f[2] === 'A') {
    const time = `${f[1].slice(0, 2)}:${f[1].slice(2, 4)}:${f[1].slice(4, 6)}`;
    const lat = degrees(f[3], f[4]);
    const lon = degrees(f[5], f[6]);
    const extra = gga ? `, ${gga.sats} satellites, ${gga.altitude.toFixed(1)} m` : '';
    console.log(`${time} UTC  ${lat.toFixed(5)}, ${lon.toFixed(5)}  ${Number(f[7]).toFixed(1)} kn${extra}`);
    if (++fixes >= wanted) port.close();
  }
});
