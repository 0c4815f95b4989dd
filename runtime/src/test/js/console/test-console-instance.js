'use strict';
const { Console } = require('console');
const EventEmitter = require('events');

const chunks = [];
const stream = Object.assign(new EventEmitter(), { write(s) { chunks.push(s); return true; } });
const c = new Console(stream);
c.log('to %s', 'custom');
c.error('errors go to stdout when stderr is omitted');
c.info({ a: 1 });
c.group('g');
c.warn('indented');
c.groupEnd();
const indented = new Console({ stdout: stream, groupIndentation: 4 });
indented.group();
indented.log('four spaces');
console.log(JSON.stringify(chunks));
console.log(c instanceof Console, Console(stream) instanceof Console, console instanceof Console);
console.log(Object.keys(c).join(' '));
