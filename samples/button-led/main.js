// Lights the LED (GPIO17) while the button (GPIO4, to ground) is pressed, with onoff's API.
// On the simulated board with its default devices nobody presses the button, so this program
// clicks it three times through bramble:sim and stops; with a --sim scenario the scenario presses
// it; on a Pi you do. Then it runs until you stop it (Ctrl-C).
const { Gpio } = require('onoff');
const sim = require('bramble:sim');

const led = new Gpio(17, 'out');
// Button to ground with the internal pull-up: activeLow turns "pressed" into 1.
const button = new Gpio(4, 'in', 'both', { debounceTimeout: 10, activeLow: true, bias: 'pull-up' });

const demo = sim.active && !sim.scenario;
const click = () => sim.button('button').click(150);
let presses = 0;
button.watch((err, value) => {
  if (err) throw err;
  led.writeSync(value);
  console.log(value ? 'pressed: LED on' : 'released: LED off');
  if (value === 0 && demo) {
    if (++presses < 3) {
      setTimeout(click, 200);
    } else {
      button.unexport();
      led.unexport();
    }
  }
});

if (demo) {
  console.log('simulated board: clicking the button 3 times');
  setTimeout(click, 100);
} else if (sim.active) {
  console.log(`the scenario ${sim.scenario} presses the button; Ctrl-C to stop`);
} else {
  console.log('press the button on GPIO4 (pin 7); Ctrl-C to stop');
}
