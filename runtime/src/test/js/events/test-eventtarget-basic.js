'use strict';

const target = new EventTarget();
function listener(event) {
  console.log('listener', event.type, this === target, event.target === target, event.currentTarget === target, event.eventPhase);
}
target.addEventListener('ping', listener);
target.addEventListener('ping', listener);
const obj = { handleEvent(event) { console.log('handleEvent', event.type, this === obj); } };
target.addEventListener('ping', obj);
target.addEventListener('once', () => console.log('once fired'), { once: true });
console.log(target.dispatchEvent(new Event('ping')));
target.dispatchEvent(new Event('once'));
target.dispatchEvent(new Event('once'));
target.removeEventListener('ping', listener);
target.dispatchEvent(new Event('ping'));
const event = new Event('after');
target.dispatchEvent(event);
console.log(event.eventPhase, event.currentTarget, event.target === target);
console.log(target);
