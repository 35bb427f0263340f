// Download sizes count the precompressed files a site ships, else compress (compressed-size.mjs).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import zlib from 'node:zlib';
import { compressSite, compressedSize, downloadSizes, siteFile } from './compressed-size.mjs';

function site(files) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-size-'));
  for (const [name, data] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), data);
  }
  return dir;
}
const text = 'Wie verkauft Ihr Unternehmen heute überwiegend? '.repeat(200);

test('the sizes of X.gz and X.br beside a file are what it weighs on the wire', () => {
  const dir = site({ 'a.js': text, 'a.js.gz': 'x'.repeat(7), 'a.js.br': 'x'.repeat(5) });
  assert.deepEqual(compressedSize(path.join(dir, 'a.js')), { raw: Buffer.byteLength(text), gzip: 7, br: 5, precompressed: true });
});

test('without them, gzip -9 and brotli 11 are computed', () => {
  const dir = site({ 'a.js': text });
  const size = compressedSize(path.join(dir, 'a.js'));
  assert.equal(size.gzip, zlib.gzipSync(text, { level: 9 }).length);
  assert.ok(size.br > 0 && size.br < size.gzip, `brotli ${size.br} < gzip ${size.gzip}`);
  assert.equal(size.precompressed, false);
});

test('compressSite writes what compressedSize then reads, for compressible files only', () => {
  const dir = site({ 'index.html': text, 'sub/data.json': text, 'icon.png': 'png' });
  compressSite(dir);
  assert.equal(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'sub/data.json.gz'))).toString(), text);
  assert.equal(zlib.brotliDecompressSync(fs.readFileSync(path.join(dir, 'index.html.br'))).toString(), text);
  assert.equal(fs.existsSync(path.join(dir, 'icon.png.gz')), false);
  assert.equal(compressedSize(path.join(dir, 'index.html')).precompressed, true);
  // scripts/serve.py sends a copy only while it carries X's modification time, to the nanosecond.
  const time = (name) => fs.statSync(path.join(dir, name), { bigint: true }).mtimeNs;
  for (const suffix of ['.gz', '.br']) assert.equal(time(`index.html${suffix}`), time('index.html'));
});

test('request paths name the files of the site: "/" is index.html; a missing file is said, not counted', () => {
  const dir = site({ 'index.html': text, 'fonts/Inter Regular.otf': text });
  assert.equal(siteFile(dir, '/'), path.join(dir, 'index.html'));
  assert.equal(siteFile(dir, '/fonts/Inter%20Regular.otf'), path.join(dir, 'fonts/Inter Regular.otf'));
  const { rows, total } = downloadSizes(dir, ['/', '/gone.js']);
  assert.deepEqual(rows[1], { path: '/gone.js', missing: true });
  assert.equal(total.raw, Buffer.byteLength(text));
});
