'use strict';
// The same ill-formed sequences inside a large buffer (decoded by Bramble's host codec) give
// the same replacement characters as when decoded alone.
const seqs = ['c0', 'c180', 'e08080', 'e0a0', 'eda080', 'f0808080', 'f09080', 'f4908080', 'f5', 'fffe', 'e28241', 'f09d84', '8080', 'e180e18080', 'f09f9880', 'e282ac'];
const chunk = Buffer.from(seqs.join('41'), 'hex');
const big = Buffer.concat(Array(300).fill(chunk));
const text = big.toString();
const small = chunk.toString();
console.log(big.length, text.length, text === small.repeat(300));
console.log([...small].map((c) => c.codePointAt(0).toString(16)).join(' '));
console.log(text.split('\ufffd').length - 1);
