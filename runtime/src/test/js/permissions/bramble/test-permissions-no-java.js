// User code cannot reach Java or the engine: no Java.type, no Polyglot, no Graal, no load/print.
const assert = require('assert');
for (const name of ['Java', 'Polyglot', 'Graal', 'load', 'print', 'Packages', 'java', 'loadWithNewGlobal']) {
  assert.strictEqual(typeof globalThis[name], 'undefined', name);
}
assert.throws(() => eval('Java.type("java.lang.System")'), ReferenceError);
// A binding object handed to JS exposes its ops only, not Java reflection.
assert.strictEqual(typeof process.binding, 'function');
assert.throws(() => process.binding('fs'));
