'use strict';
const { Console } = require('console');
const EventEmitter = require('events');

const err = [];
const c = new Console(Object.assign(new EventEmitter(), { write() {} }), Object.assign(new EventEmitter(), { write: (s) => err.push(s) }));
c.trace('trace message %d', 1, { obj: true });
c.trace();
for (const chunk of err) {
  const lines = chunk.split('\n');
  console.log(lines[0], /^ {4}at /.test(lines[1]));
}
