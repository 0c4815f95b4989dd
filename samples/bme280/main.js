// Reads a BME280 (temperature, humidity, pressure) on I2C bus 1 every second and prints it, with
// i2c-bus's API: the chip's calibration, forced-mode measurements and the datasheet's compensation.
// On a Pi: the sensor's SDA/SCL on header pins 3/5 (i2c-1), address 0x76 (0x77 if SDO is high).
// Off a Pi: the simulated board's BME280 at 0x76. `bramble main.js 5` stops after 5 readings;
// `bramble main.js Infinity 0x77` reads a sensor at 0x77.
const i2c = require('i2c-bus');

const ADDRESS = Number(process.argv[3] || 0x76);
const COUNT = Number(process.argv[2] || Infinity);
const bus = i2c.openSync(1);

const chipId = bus.readByteSync(ADDRESS, 0xd0);
if (chipId !== 0x60) {
  console.error(`no BME280 at 0x${ADDRESS.toString(16)} (chip id 0x${chipId.toString(16)}; a BMP280 is 0x58)`);
  process.exit(1);
}

// Calibration: 0x88-0xA1 (temperature, pressure, H1) and 0xE1-0xE7 (humidity), little-endian.
const tp = Buffer.alloc(26);
bus.readI2cBlockSync(ADDRESS, 0x88, 26, tp);
const h = Buffer.alloc(7);
bus.readI2cBlockSync(ADDRESS, 0xe1, 7, h);
const T = [tp.readUInt16LE(0), tp.readInt16LE(2), tp.readInt16LE(4)];
const P = [tp.readUInt16LE(6)];
for (let i = 8; i < 24; i += 2) P.push(tp.readInt16LE(i));
const H = [tp[25], h.readInt16LE(0), h[2], (h.readInt8(3) << 4) | (h[4] & 0x0f), (h.readInt8(5) << 4) | (h[4] >> 4), h.readInt8(6)];

function compensate(raw) {
  const adcP = (raw[0] << 12) | (raw[1] << 4) | (raw[2] >> 4);
  const adcT = (raw[3] << 12) | (raw[4] << 4) | (raw[5] >> 4);
  const adcH = (raw[6] << 8) | raw[7];
  const tFine = (adcT / 16384 - T[0] / 1024) * T[1] + (adcT / 131072 - T[0] / 8192) ** 2 * T[2];
  let v1 = tFine / 2 - 64000;
  let v2 = (v1 * v1 * P[5]) / 32768 + v1 * P[4] * 2;
  v2 = v2 / 4 + P[3] * 65536;
  v1 = (1 + ((P[2] * v1 * v1) / 524288 + P[1] * v1) / 524288 / 32768) * P[0];
  let p = ((1048576 - adcP - v2 / 4096) * 6250) / v1;
  p += ((P[8] * p * p) / 2147483648 + (p * P[7]) / 32768 + P[6]) / 16;
  let hum = tFine - 76800;
  hum = (adcH - (H[3] * 64 + (H[4] / 16384) * hum)) * ((H[1] / 65536) * (1 + (H[5] / 67108864) * hum * (1 + (H[2] / 67108864) * hum)));
  hum *= 1 - (H[0] * hum) / 524288;
  return { temperature: tFine / 5120, humidity: Math.min(100, Math.max(0, hum)), pressure: p / 100 };
}

let readings = 0;
function measure() {
  bus.writeByte(ADDRESS, 0xf2, 0x01, () => {                 // humidity oversampling x1
    bus.writeByte(ADDRESS, 0xf4, 0x25, () => {               // temperature x1, pressure x1, forced mode
      setTimeout(() => {                                      // the datasheet's worst case at x1: 9.3 ms
        bus.readI2cBlock(ADDRESS, 0xf7, 8, Buffer.alloc(8), (err, n, raw) => {
          if (err) throw err;
          const { temperature, humidity, pressure } = compensate(raw);
          console.log(`${temperature.toFixed(2)} °C  ${humidity.toFixed(1)} %RH  ${pressure.toFixed(2)} hPa`);
          if (++readings >= COUNT) {
            clearInterval(timer);
            bus.closeSync();
          }
        });
      }, 10);
    });
  });
}

console.log(`BME280 at 0x${ADDRESS.toString(16)} on i2c-1`);
const timer = setInterval(measure, 1000);
measure();
