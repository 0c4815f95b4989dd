'use strict';
console.log(btoa('hello'), btoa('\u00ff\u00fe'), atob('aGVsbG8='), atob(' aGVs\nbG8 '), atob('aGVsbG8'));
for (const s of ['a', 'ab=c', 'a===', '€', 'ab!c']) {
  try { console.log(JSON.stringify(atob(s))); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { btoa('€'); } catch (e) { console.log(e.name, e.code, e.message); }
try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }
