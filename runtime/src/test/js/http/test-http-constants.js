// http.METHODS, http.STATUS_CODES, maxHeaderSize and the header validators.
const http = require('http');

console.log(http.METHODS);
console.log(http.STATUS_CODES);
console.log(http.maxHeaderSize);
for (const [name, value] of [['X-Good', 'v'], ['Bad Name', 'v'], ['X-Bad', 'a\r\nb'], ['X-U', undefined], ['', 'v']]) {
  try {
    http.validateHeaderName(name);
    http.validateHeaderValue(name, value);
    console.log(JSON.stringify(name), 'ok');
  } catch (e) {
    console.log(JSON.stringify(name), e.code, e.message);
  }
}
const res = new http.ServerResponse(new http.IncomingMessage(null));
for (const code of [99, 1000, 'abc']) {
  try { res.writeHead(code); } catch (e) { console.log(code, e.name, e.code, e.message); }
}
console.log(typeof http.Agent, typeof http.globalAgent, http.globalAgent instanceof http.Agent);
