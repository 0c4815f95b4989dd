'use strict';
const EventEmitter = require('events');

const e = new EventEmitter({ captureRejections: true });
e.on('job', async () => { throw new Error('async failure'); });
e.on('error', (err) => console.log('error event:', err.message));
e.emit('job');
const custom = new EventEmitter({ captureRejections: true });
custom[Symbol.for('nodejs.rejection')] = (err, event, ...args) => console.log('rejection hook:', err.message, event, args);
custom.on('work', async (x) => { throw new Error('custom failure'); });
custom.emit('work', 7);
console.log(EventEmitter.captureRejections, EventEmitter.captureRejectionSymbol.toString());
try {
  new EventEmitter({ captureRejections: 'yes' });
} catch (err) {
  console.log(err.code, err.message);
}
