process.exitCode = 3;
process.on('exit', (code) => console.log('exit with', code));
setTimeout(() => console.log('still runs'), 1);
