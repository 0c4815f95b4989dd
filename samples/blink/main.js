// Blinks an LED on GPIO17 (header pin 11) ten times, the onoff way.
// On a Pi: LED + resistor from GPIO17 to ground. Off a Pi: the simulated board's LED.
const { Gpio } = require('onoff');
const gpio = require('gpio');

const led = new Gpio(17, 'out');
console.log(`blinking ${led.pin.name} (pin ${led.pin.header}) on ${gpio.board.name}`);

let blinks = 0;
const timer = setInterval(() => {
  const value = led.readSync() ^ 1;
  led.writeSync(value);
  console.log(value ? 'on' : 'off');
  if (value === 0 && ++blinks === 10) {
    clearInterval(timer);
    led.unexport();
  }
}, 250);
