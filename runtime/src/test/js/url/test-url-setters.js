'use strict';
const u = new URL('https://u:p@example.org:8443/a/b?c=d#e');
const steps = [['protocol', 'http'], ['protocol', 'sc'], ['username', 'u s'], ['password', 'p@ss'], ['host', 'new.host:81'], ['hostname', 'h.org'],
  ['port', '8080abc'], ['port', '80'], ['port', 'x'], ['pathname', '/a b/../c'], ['search', '?q=1 2'], ['hash', 'frag ment'], ['search', ''], ['hash', '']];
for (const [k, v] of steps) {
  u[k] = v;
  console.log(k, JSON.stringify(v), u.href);
}
const m = new URL('mailto:x@y');
m.host = 'z';
m.pathname = 'q';
console.log(m.href);
