const start = process.cwd();
process.chdir('..');
console.log(process.cwd() === require('path').dirname(start));
try {
  process.chdir('/definitely/not/here');
} catch (e) {
  console.log(e.code, e.syscall);
}
