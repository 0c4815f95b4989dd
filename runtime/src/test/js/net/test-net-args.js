// Bad arguments to connect(), listen() and setTimeout() throw Node's errors synchronously.
const net = require('net');

const cases = {
  'connect(65536)': () => net.connect(65536),
  'connect({port: -1})': () => net.connect({ port: -1 }),
  "connect({port: 'abc'})": () => net.connect({ port: 'abc' }),
  'connect({})': () => net.connect({}),
  'connect(true)': () => net.connect(true),
  'connect({path: 5})': () => net.connect({ path: 5 }),
  'connect({port: 80, host: 5})': () => net.connect({ port: 80, host: 5 }),
  "connect({localAddress: 'abc'})": () => net.connect({ port: 80, localAddress: 'abc' }),
  'listen(70000)': () => net.createServer().listen(70000),
  'listen({})': () => net.createServer().listen({}),
  "listen({port: 1.5})": () => net.createServer().listen({ port: 1.5 }),
  'setTimeout(-1)': () => new net.Socket().setTimeout(-1),
  "setTimeout('1')": () => new net.Socket().setTimeout('1'),
  'setTimeout(1, 5)': () => new net.Socket().setTimeout(1, 5),
  'Socket({objectMode})': () => new net.Socket({ objectMode: true }),
  'Server(5)': () => new net.Server(5),
};
for (const [name, fn] of Object.entries(cases)) {
  try {
    fn();
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(name, '->', e.name, e.code, e.message);
  }
}
