// Flags: --allow-net=127.0.0.1
// The outgoing headers API and its errors, and how multi-value headers arrive.
const http = require('http');

function tryIt(label, fn) {
  try {
    const r = fn();
    console.log(label, '->', r);
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  res.setHeader('X-Foo', 'bar');
  res.setHeader('x-list', ['a', 'b']);
  res.appendHeader('X-List', 'c');
  res.appendHeader('X-New', 'n');
  res.setHeader('Content-Type', 'text/plain');
  console.log('getHeader', res.getHeader('x-foo'), res.getHeader('X-LIST'), res.getHeader('nope'));
  console.log('getHeaders', res.getHeaders());
  console.log('names', res.getHeaderNames(), res.getRawHeaderNames());
  console.log('has', res.hasHeader('X-FOO'), res.hasHeader('x-bar'));
  res.removeHeader('x-new');
  console.log('after remove', res.getHeaderNames(), 'headersSent', res.headersSent);
  tryIt('setHeader(bad name)', () => res.setHeader('bad name', 'x'));
  tryIt('setHeader(undefined)', () => res.setHeader('X-U', undefined));
  tryIt('setHeader(bad value)', () => res.setHeader('X-B', 'a\nb'));
  tryIt('getHeader(5)', () => res.getHeader(5));
  res.writeHead(202, { 'X-Extra': 'yes', 'x-foo': 'overridden' });
  console.log('headersSent', res.headersSent, 'statusMessage', res.statusMessage);
  tryIt('setHeader after writeHead', () => res.setHeader('X-Late', '1'));
  tryIt('removeHeader after writeHead', () => res.removeHeader('X-Foo'));
  tryIt('writeHead twice', () => res.writeHead(200));
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', headers: { Cookie: ['a=1', 'b=2'], 'X-Req': ['1', '2'] } }, (res) => {
    console.log('client status', res.statusCode, res.statusMessage);
    console.log('client rawHeaders', res.rawHeaders.filter((h, i) => i % 2 === 0 && h !== 'Date'));
    console.log('client x-list', res.headers['x-list'], 'x-foo', res.headers['x-foo'], 'x-extra', res.headers['x-extra']);
    console.log('client distinct x-list', res.headersDistinct['x-list']);
    res.resume();
    res.on('end', () => server.close());
  });
  tryIt('client getHeader(host)', () => typeof req.getHeader('host'));
  tryIt('client getRawHeaderNames', () => req.getRawHeaderNames());
});
