// Reads a PDF the way a reviewer looks at a printout: the words on each page with their boxes
// (poppler-utils' pdftotext -bbox) and the fonts it embeds (pdffonts). Units are PDF points.
import { execFileSync } from 'node:child_process';

export const MM = 72 / 25.4;

const entities = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescape = (text) => text.replace(/&(#(\d+)|\w+);/g, (all, name, code) => (code ? String.fromCodePoint(Number(code)) : entities[name] ?? all));

// [{ width, height, words: [{ x0, y0, x1, y1, text }] }], y growing downwards from the page's top.
export function pdfPages(file) {
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const pages = [];
  for (const [, attributes, body] of html.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const size = Object.fromEntries([...attributes.matchAll(/(\w+)="([\d.]+)"/g)].map(([, k, v]) => [k, Number(v)]));
    const words = [...body.matchAll(/<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">([^<]*)<\/word>/g)]
      .map(([, x0, y0, x1, y1, text]) => ({ x0: Number(x0), y0: Number(y0), x1: Number(x1), y1: Number(y1), text: unescape(text) }));
    pages.push({ width: size.width, height: size.height, words });
  }
  return pages;
}

// The fonts the PDF uses: [{ name, type, embedded }] (Chromium's are often unnamed Type 3 fonts).
export function pdfFonts(file) {
  const [header, rule, ...rows] = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const columns = rule.split(' ').reduce((starts, dashes) => [...starts, starts.at(-1) + dashes.length + 1], [0]);
  const field = (row, i) => row.slice(columns[i], columns[i + 1]).trim();
  const emb = header.split(/\s+/).indexOf('emb');
  return rows.filter((row) => row.trim()).map((row) => ({ name: field(row, 0), type: field(row, 1), embedded: field(row, emb) === 'yes' }));
}
