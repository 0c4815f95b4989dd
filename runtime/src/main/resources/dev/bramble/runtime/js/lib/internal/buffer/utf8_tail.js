// SPDX-License-Identifier: Apache-2.0
'use strict';
// Streaming UTF-8: how many bytes at the end of a chunk begin a character that is still
// incomplete (and could still become valid), so decoders hold them for the next chunk.

function needFor(lead) {
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

function secondRange(lead) {
  if (lead === 0xE0) return [0xA0, 0xBF];
  if (lead === 0xED) return [0x80, 0x9F];
  if (lead === 0xF0) return [0x90, 0xBF];
  if (lead === 0xF4) return [0x80, 0x8F];
  return [0x80, 0xBF];
}

function incompleteTail(bytes, start, end) {
  for (let back = 1; back <= 3 && end - back >= start; back++) {
    const lead = bytes[end - back];
    if (lead >= 0x80 && lead <= 0xBF) continue;
    const need = needFor(lead);
    if (need <= back) return 0;
    for (let k = 1; k < back; k++) {
      const c = bytes[end - back + k];
      const [lo, hi] = k === 1 ? secondRange(lead) : [0x80, 0xBF];
      if (c < lo || c > hi) return 0;
    }
    return back;
  }
  return 0;
}

module.exports = { incompleteTail };
