'use strict';
for (const f of [() => new URLSearchParams([['a']]), () => new URLSearchParams([1]), () => new URLSearchParams({ [Symbol.iterator]: 5 }),
  () => new URLSearchParams().append('a'), () => new URLSearchParams().get(), () => new URLSearchParams().forEach(5),
  () => URLSearchParams.prototype.get.call({}, 'a')]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message); }
}
