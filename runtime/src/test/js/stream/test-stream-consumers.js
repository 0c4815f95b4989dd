const { text, json, buffer, arrayBuffer } = require('stream/consumers');
const { Readable } = require('stream');
(async () => {
  console.log(await text(Readable.from(['he', 'llo'])));
  console.log(await json(Readable.from(['{"a":', '[1,2]}'])));
  console.log(await buffer(Readable.from([Buffer.from([1, 2]), Buffer.from([3])])));
  console.log((await arrayBuffer(Readable.from([Buffer.from('xyz')]))).byteLength);
})();
