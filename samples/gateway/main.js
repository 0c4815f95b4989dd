// A device-to-cloud gateway: every few seconds it reads a BME280 (temperature, humidity, pressure)
// and a push button and publishes the reading as JSON; it obeys commands that switch an LED and
// dim a PWM output; it reports online/offline (a retained status with a last will); and it loses no
// reading when the broker or the link goes away: QoS 1 messages wait in Bramble's disk outbox,
// which survives a crash or power cut, and go out in order when the broker is back.
//
// Settings come from the environment: MQTT_URL (default mqtt://localhost:1883), MQTT_USERNAME,
// MQTT_PASSWORD, GATEWAY_ID (default gateway-1), TELEMETRY_MS (default 5000), GATEWAY_READINGS
// (stop after that many readings; unset = run until Ctrl-C / SIGTERM).
const mqtt = require('mqtt');
const { Gpio, Pwm } = require('onoff');
const sim = require('bramble:sim');

const env = process.env;
const id = env.GATEWAY_ID || 'gateway-1';
const base = `bramble/${id}`;
const period = Number(env.TELEMETRY_MS || 5000);
const maxReadings = Number(env.GATEWAY_READINGS || Infinity);
const started = Date.now();

// --- the sensor -----------------------------------------------------------------------------
// The BME280 sits at 0x76 on I2C bus 1. Bramble's i2c module does not exist yet (require('i2c')
// fails), so this function returns a slowly drifting simulated reading instead; when the module
// lands, only its body changes (open bus 1, read the calibration and data registers, compensate).
function readEnvironment() {
  const minutes = (Date.now() - started) / 60000;
  const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
  return {
    temperature: round(21.5 + 1.5 * Math.sin(minutes), 2), // °C
    humidity: round(45 + 5 * Math.cos(minutes / 2), 1), // %RH
    pressure: round(1013.25 + 2 * Math.sin(minutes / 3), 2), // hPa
    sensor: 'bme280-simulated',
  };
}

// --- the pins ----------------------------------------------------------------------------------
const led = new Gpio(17, 'out'); // LED + resistor to ground
const dimmer = new Pwm(18, { frequency: 1000, dutyCycle: 0 }); // e.g. an LED strip's MOSFET
const button = new Gpio(4, 'in', 'both', { debounceTimeout: 10, activeLow: true, bias: 'pull-up' });
let presses = 0;

// --- the broker ----------------------------------------------------------------------------------
const client = mqtt.connect(env.MQTT_URL || 'mqtt://localhost:1883', {
  clientId: id,
  username: env.MQTT_USERNAME,
  password: env.MQTT_PASSWORD,
  // Told to everyone by the broker if this process dies or the link drops without a goodbye.
  will: { topic: `${base}/status`, payload: 'offline', qos: 1, retain: true },
  reconnectPeriod: 2000,
});

client.on('connect', () => {
  console.log(`connected to ${client.options.host}:${client.options.port} as ${id}`);
  // "online" once commands can reach us.
  client.subscribe(`${base}/cmd`, { qos: 1 }, () => client.publish(`${base}/status`, 'online', { qos: 1, retain: true }));
});
client.on('offline', () => console.log(`broker unreachable; readings wait in the outbox (${client.outbox.dir})`));
client.on('error', (err) => console.error(`mqtt: ${err.message}`));

// {"led": true|false} switches the LED, {"brightness": 0..1} sets the PWM duty cycle.
client.on('message', (topic, payload) => {
  let cmd;
  try {
    cmd = JSON.parse(payload.toString());
  } catch {
    console.error(`ignoring a command that is not JSON: ${payload}`);
    return;
  }
  if (typeof cmd.led === 'boolean') {
    led.writeSync(cmd.led ? 1 : 0);
    console.log(`command: led ${cmd.led ? 'on' : 'off'}`);
  }
  if (typeof cmd.brightness === 'number' && cmd.brightness >= 0 && cmd.brightness <= 1) {
    dimmer.setDutyCycle(cmd.brightness);
    console.log(`command: brightness ${cmd.brightness}`);
  }
});

button.watch((err, value) => {
  if (err) throw err;
  if (value === 1) presses++;
  client.publish(`${base}/button`, JSON.stringify({ pressed: value === 1, at: new Date().toISOString() }), { qos: 1 });
});

// --- telemetry -------------------------------------------------------------------------------------
let seq = 0;
const telemetry = setInterval(() => {
  const reading = { seq: ++seq, at: new Date().toISOString(), ...readEnvironment(), buttonPresses: presses };
  client.publish(`${base}/telemetry`, JSON.stringify(reading), { qos: 1 }, (err) => {
    if (err) console.error(`reading ${reading.seq} not sent: ${err.message}`);
  });
  if (seq >= maxReadings) stop();
}, period);

// On the simulated board with no scenario file, somebody presses the button now and then.
const demo = sim.active && !sim.scenario ? setInterval(() => sim.button('button').click(100), 7000) : null;

let stopping = false;
function stop() {
  if (stopping) return;
  stopping = true;
  clearInterval(telemetry);
  if (demo) clearInterval(demo);
  button.unexport();
  // Say goodbye ourselves (a clean end() makes the broker drop the will), after the backlog is sent.
  client.publish(`${base}/status`, 'offline', { qos: 1, retain: true });
  client.end(false, () => {
    led.unexport();
    dimmer.close();
    console.log(`stopped after ${seq} readings`);
  });
}
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
