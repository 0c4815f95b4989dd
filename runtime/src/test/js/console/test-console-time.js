'use strict';
const { Console } = require('console');
const EventEmitter = require('events');

const lines = [];
const out = Object.assign(new EventEmitter(), { write(s) { lines.push(s); } });
const c = new Console(out);
process.on('warning', (w) => console.log('warning:', w.message));
c.time('t');
c.timeLog('t', 'extra', { data: 1 });
c.timeEnd('t');
c.timeEnd('t');
c.time();
c.time();
c.timeLog('nope');
for (const line of lines) {
  // A slow machine may take over a second (printed as 1.234s) between two calls.
  console.log(line.replace(/\d+(\.\d+)?m?s\b/, 'Nms').trimEnd());
}
