// Stderr: Error: boom
process.on('exit', (code) => console.log('exit', code));
console.log('before');
setTimeout(() => {
  throw new Error('boom');
}, 1);
