process.on('exit', (code) => {
  console.log('exit', code, process.exitCode);
});
process.exitCode = 9;
process.exit();
