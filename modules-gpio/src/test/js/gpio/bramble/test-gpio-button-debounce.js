// Flags: --allow-gpio --sim fixtures/bouncy-button.json
// A bouncing button (3 flips per transition) with debounceTimeout gives one callback per press and
// release, values in order, with increasing nanosecond timestamps; unexport lets the process end.
const assert = require('assert');
const { Gpio } = require('onoff');

const button = new Gpio(4, 'in', 'both', { debounceTimeout: 20, activeLow: true, bias: 'pull-up' });
const seen = [];
button.watch((err, value, timestamp) => {
  assert.ifError(err);
  seen.push({ value, timestamp });
  if (seen.length === 4) button.unexport();
});

process.on('exit', () => {
  assert.deepStrictEqual(seen.map((e) => e.value), [1, 0, 1, 0]);
  for (let i = 1; i < seen.length; i++) {
    assert.strictEqual(typeof seen[i].timestamp, 'bigint');
    assert.ok(seen[i].timestamp > seen[i - 1].timestamp, 'timestamps increase');
  }
  // The sim keeps the scenario's times on the wall clock, best effort: a loaded machine can shift one edge.
  const heldMs = Number(seen[1].timestamp - seen[0].timestamp) / 1e6;
  assert.ok(heldMs > 1 && heldMs < 1000, `first press held ${heldMs} ms (scenario: 150)`);
});
