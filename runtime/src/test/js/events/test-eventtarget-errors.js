'use strict';

const t = new EventTarget();
const attempts = [
  () => t.addEventListener('x'),
  () => t.addEventListener('x', 5),
  () => t.dispatchEvent('not an event'),
  () => t.dispatchEvent(),
  () => new Event(),
  () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}),
  () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}),
  () => t.addEventListener('x', () => {}, { signal: 'nope' }),
];
for (const attempt of attempts) {
  try {
    attempt();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.on('warning', (w) => console.log('warning', w.name, w.message));
t.addEventListener('x', null);
t.addEventListener('nested', () => t.dispatchEvent(ev));
const ev = new Event('nested');
process.on('uncaughtException', (e) => console.log('uncaught', e.code, e.message));
t.dispatchEvent(ev);
