// Flags: --allow-gpio=*
// Stderr: ^bramble: no Raspberry Pi detected .*using the simulated board
// Off a Raspberry Pi, with no --board, the simulated board is chosen with a one-line notice.
const assert = require('assert');
const gpio = require('gpio');

assert.deepStrictEqual(gpio.board, { id: 'sim', name: 'Simulated 40-pin board', backend: 'sim' });
