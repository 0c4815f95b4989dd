// Flags: --allow-net=localhost
// Data written (and end() called) while still connecting goes out once connected.
const net = require('net');

const server = net.createServer((sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    console.log('server got', JSON.stringify(got));
    sock.end();
    server.close();
  });
});

server.listen(0, 'localhost', () => {
  const c = net.connect(server.address().port, 'localhost');
  console.log('pending', c.pending, 'connecting', c.connecting);
  console.log('write returns', c.write('one,'));
  c.write(Buffer.from('two,'));
  c.write('74687265652c', 'hex');
  c.write('Zm91cg==', 'base64');
  c.end(',five', 'latin1');
  console.log('bytesWritten while connecting', c.bytesWritten);
  c.on('connect', () => console.log('connect'));
  c.on('finish', () => console.log('finish, bytesWritten', c.bytesWritten));
  c.resume();
});
