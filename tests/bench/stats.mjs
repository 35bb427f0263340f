// Medians and the number formats every table of `make bench` prints.

// The median of the numbers among `values` (null/undefined — a figure a run could not measure — are
// left out); null when none was measured.
export function median(values) {
  const known = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (!known.length) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid] : (known[mid - 1] + known[mid]) / 2;
}

const known = (v) => typeof v === 'number' && Number.isFinite(v);

// "–" stands for a figure that could not be measured (a mark the build does not emit yet, say).
export const ms = (v) => (known(v) ? `${Math.round(v)} ms` : '–');
export const kb = (bytes) => (known(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '–');
export const mb = (bytes) => (known(bytes) ? `${(bytes / 1048576).toFixed(1)} MB` : '–');
export const ratio = (v) => (known(v) ? `${v.toFixed(2)}×` : '–');
export const percent = (v) => (known(v) ? `${(v * 100).toFixed(2)} %` : '–');
export const score = (v) => (known(v) ? v.toFixed(2) : '–');
export const count = (v) => (known(v) ? String(v) : '–');

// A fixed-width text table: `rows` are arrays of cells, the first column left-aligned, the others
// right-aligned (numbers).
export function table(header, rows, indent = '  ') {
  const all = [header, ...rows].map((row) => row.map((cell) => String(cell)));
  const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
  return all.map((row) => indent + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ').trimEnd())
    .join('\n');
}
