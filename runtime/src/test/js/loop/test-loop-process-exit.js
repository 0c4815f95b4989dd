process.on('exit', (code) => console.log('exit event', code));
setTimeout(() => console.log('never printed'), 100);
console.log('before exit');
process.exit(5);
console.log('never printed either');
