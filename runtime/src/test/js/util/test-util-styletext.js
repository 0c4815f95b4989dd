'use strict';
const util = require('util');

console.log(JSON.stringify(util.styleText('red', 'error')));
console.log(JSON.stringify(util.styleText(['bold', 'underline', 'blue'], 'fancy')));
console.log(JSON.stringify(util.styleText('bgGray', 'x')));
try {
  util.styleText('notacolor', 'x');
} catch (e) {
  console.log(e.code, e.message.slice(0, 60));
}
try {
  util.styleText('red', 42);
} catch (e) {
  console.log(e.code, e.message);
}
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m and \u001b[1;4mbold\u001b[0m'));
console.log(JSON.stringify(util.toUSVString('ok \ud800 lone')));
try {
  util.stripVTControlCharacters(5);
} catch (e) {
  console.log(e.code);
}
