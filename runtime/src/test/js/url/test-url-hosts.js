'use strict';
for (const h of ['[::1]', '[2001:db8::0:1]', '[::ffff:192.168.0.1]', '[1:0:0:2::3:0]', '0x7f.1', '192.168.257', '0300.0250.0.1', '4294967295', 'EXAMPLE.COM.', 'bücher.de', 'xn--bcher-kva.de', 'ＥＸＡＭＰＬＥ.com', 'a。b']) {
  console.log(h, new URL(`http://${h}/`).host);
}
for (const h of ['1.2.3.4.5', '0x100000000', '999999999999', 'a b', '%zz', '[::1', 'xn--iñvalid.com', '1.2.3.09']) {
  console.log(h, URL.canParse(`http://${h}/`));
}
