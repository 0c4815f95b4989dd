// A program written for Node on a Pi with the npm 'bme280' driver (which uses i2c-bus). Under Bramble
// require('i2c-bus') is the built-in (node_modules has no i2c-bus), so it runs with no native add-on.
'use strict';
const bme280 = require('bme280');

const delay = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

(async () => {
  console.log(`i2c-bus is the built-in: ${require('i2c-bus') === require('bramble:i2c')}`);
  // Normal mode, as the driver's README reads it.
  const sensor = await bme280.open({ i2cBusNumber: 1, i2cAddress: 0x76 });
  console.log(JSON.stringify({ mode: 'normal', ...(await sensor.read()) }));
  await sensor.close();
  // Forced mode: trigger, wait the datasheet's maximum measurement time, read.
  const forced = await bme280.open({ i2cAddress: 0x76, forcedMode: true, humidityOversampling: bme280.OVERSAMPLE.X1 });
  await forced.triggerForcedMeasurement();
  await delay(forced.maximumMeasurementTime());
  console.log(JSON.stringify({ mode: 'forced', ...(await forced.read()) }));
  await forced.close();
  // The driver's own error for a chip that is not there (its default address 0x77 is empty here).
  await bme280.open().catch((err) => console.log(`no sensor at 0x77: ${err.code}`));
})();
