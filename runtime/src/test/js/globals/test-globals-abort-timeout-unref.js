'use strict';
// A pending AbortSignal.timeout() does not keep the process alive.
const s = AbortSignal.timeout(100000);
s.onabort = () => console.log('never');
console.log('started', s.aborted);
process.on('exit', () => console.log('exit', s.aborted));
