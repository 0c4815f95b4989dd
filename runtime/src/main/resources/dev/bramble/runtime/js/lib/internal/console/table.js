// SPDX-License-Identifier: Apache-2.0
'use strict';
// The box drawing of console.table: a header row, a divider, then one row per entry, every cell
// left-aligned and padded to its column's widest cell (in terminal columns).

const { getStringWidth } = require('internal/util/inspect_primitives');

const chars = {
  horizontal: '─',
  cross: '┼',
  topRight: '┐',
  topLeft: '┌',
  leftTee: '├',
  topTee: '┬',
  bottomRight: '┘',
  bottomLeft: '└',
  bottomTee: '┴',
  rightTee: '┤',
  left: '│ ',
  right: ' │',
  middle: ' │ ',
};

function renderRow(row, widths) {
  let out = chars.left;
  for (let i = 0; i < row.length; i++) {
    const cell = row[i];
    out += cell + ' '.repeat(widths[i] - getStringWidth(cell));
    if (i !== row.length - 1) out += chars.middle;
  }
  return out + chars.right;
}

/** Renders columns (arrays of cell strings, possibly sparse) under their headings. */
function table(head, columns) {
  const rows = [];
  const widths = head.map((h) => getStringWidth(h));
  const longest = Math.max(...columns.map((c) => c.length));
  for (let i = 0; i < head.length; i++) {
    const column = columns[i];
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = [];
      const value = rows[j][i] = Object.prototype.hasOwnProperty.call(column, j) ? column[j] : '';
      widths[i] = Math.max(widths[i] || 0, getStringWidth(value));
    }
  }
  const divider = widths.map((w) => chars.horizontal.repeat(w + 2));
  let result = `${chars.topLeft}${divider.join(chars.topTee)}${chars.topRight}\n` +
    `${renderRow(head, widths)}\n` +
    `${chars.leftTee}${divider.join(chars.cross)}${chars.rightTee}\n`;
  for (const row of rows) result += `${renderRow(row, widths)}\n`;
  result += `${chars.bottomLeft}${divider.join(chars.bottomTee)}${chars.bottomRight}`;
  return result;
}

module.exports = table;
