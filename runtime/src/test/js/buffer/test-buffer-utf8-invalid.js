'use strict';
// One U+FFFD per maximal ill-formed subpart, as Node decodes.
const seqs = ['c0', 'c1 80', 'e0 80 80', 'e0 a0', 'ed a0 80', 'f0 80 80 80', 'f0 90 80', 'f4 90 80 80', 'f5', 'ff fe', 'e2 82 41', 'f0 9d 84', '80 80', 'e1 80 e1 80 80'];
for (const s of seqs) {
  const str = Buffer.from(s.replace(/ /g, ''), 'hex').toString();
  console.log(s.padEnd(14), [...str].map((c) => c.codePointAt(0).toString(16)).join(' '));
}
