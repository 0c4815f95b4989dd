'use strict';

const e = new Event('custom', { cancelable: true, bubbles: true, composed: true });
console.log(e.type, e.cancelable, e.bubbles, e.composed, e.defaultPrevented, e.isTrusted, e.returnValue);
e.preventDefault();
console.log(e.defaultPrevented, e.returnValue, e.cancelBubble, e.composedPath());
e.stopPropagation();
console.log(e.cancelBubble, typeof e.timeStamp, e.srcElement, e.target);
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.keys(Event.prototype).join(' '));
console.log(Object.prototype.toString.call(e), Object.prototype.toString.call(new EventTarget()));
const ce = new CustomEvent('detailed', { detail: { answer: 42 } });
console.log(ce.detail, new CustomEvent('none').detail, ce instanceof Event, Object.keys(CustomEvent.prototype));
const plain = new Event('nc');
plain.preventDefault();
console.log(plain.defaultPrevented);
console.log(require('util').inspect(new Event('x'), { depth: -1 }));
