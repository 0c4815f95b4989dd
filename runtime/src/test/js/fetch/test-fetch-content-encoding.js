// Flags: --allow-net=127.0.0.1
// fetch asks for gzip/deflate and decodes the Content-Encoding the server names (gzip, x-gzip,
// deflate with and without the zlib header, br, two codings stacked), keeps the headers as sent,
// leaves unknown codings alone, and fails a corrupt body with TypeError('terminated').
const http = require('http');
const zlib = require('zlib');

const text = 'hello '.repeat(2000);
const server = http.createServer((req, res) => {
  if (req.url === '/headers') {
    res.end(JSON.stringify(req.rawHeaders.filter((_, i) => i % 2 === 0)));
    return;
  }
  const [coding, how] = decodeURIComponent(req.url.slice(1)).split('/');
  let body = Buffer.from(text);
  if (how === 'gzip-br') body = zlib.brotliCompressSync(zlib.gzipSync(body));
  else if (how === 'gzip') body = zlib.gzipSync(body);
  else if (how === 'deflate') body = zlib.deflateSync(body);
  else if (how === 'raw') body = zlib.deflateRawSync(body);
  else if (how === 'br') body = zlib.brotliCompressSync(body);
  else if (how === 'bad') body = Buffer.from('definitely not gzip');
  res.setHeader('Content-Encoding', coding);
  res.setHeader('Content-Length', body.length);
  // In pieces, so decoding runs across chunks (a corrupt body in one: undici 5 can stall on an
  // error in the first piece).
  if (how === 'bad') {
    res.end(body);
    return;
  }
  res.write(body.subarray(0, 7));
  setTimeout(() => res.end(body.subarray(7)), 5);
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log('request headers', await (await fetch(`${base}/headers`)).text());
  const own = await fetch(`${base}/headers`, { headers: { 'Accept-Encoding': 'br' } });
  console.log('own accept-encoding kept', (await own.text()).includes('Accept-Encoding'));
  for (const path of ['gzip/gzip', 'x-gzip/gzip', 'deflate/deflate', 'deflate/raw', 'br/br', 'gzip, br/gzip-br',
    'identity/none', 'compress/none', 'gzip/bad']) {
    const r = await fetch(`${base}/${encodeURIComponent(path.split('/')[0])}/${path.split('/')[1]}`);
    const head = `${path}: ${r.status} ${r.headers.get('content-encoding')} ${r.headers.get('content-length')}`;
    try {
      const got = await r.text();
      console.log(head, got === text ? 'decoded' : `${got.length} chars: ${JSON.stringify(got.slice(0, 20))}`);
    } catch (err) {
      console.log(head, 'failed', err.name, err.message, err.cause?.code);
    }
  }
  const streamed = await fetch(`${base}/gzip/gzip`);
  let total = 0;
  for await (const chunk of streamed.body) total += chunk.length;
  console.log('streamed bytes', total === text.length);
  server.close();
});
