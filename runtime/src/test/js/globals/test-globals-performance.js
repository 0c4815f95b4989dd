'use strict';
const t0 = performance.now();
const t1 = performance.now();
console.log(typeof t0, t0 >= 0, t1 >= t0, typeof performance.timeOrigin, Math.abs(performance.timeOrigin + t1 - Date.now()) < 1000);
const m1 = performance.mark('a', { detail: { x: 1 } });
const m2 = performance.mark('b');
const m = performance.measure('a-b', 'a', 'b');
console.log(m1.name, m1.entryType, m1.duration, m1.detail, m2.startTime >= m1.startTime, m.entryType, m.duration >= 0);
console.log(performance.getEntriesByType('mark').map((e) => e.name), performance.getEntriesByName('a-b').length, performance.getEntries().length);
performance.clearMarks('a');
console.log(performance.getEntriesByType('mark').map((e) => e.name), Object.keys(performance.toJSON()));
try { performance.measure('x', 'nope'); } catch (e) { console.log(e.name, e.message); }
