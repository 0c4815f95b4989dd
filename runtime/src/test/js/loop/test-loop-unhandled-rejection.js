// Stderr: Error: rejected
process.on('exit', (code) => console.log('exit', code));
Promise.reject(new Error('rejected'));
setTimeout(() => console.log('not reached'), 50);
