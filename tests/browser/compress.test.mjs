// What goes over the wire (issue #13): dist/ carries X.br and X.gz beside every compressible X, the
// server sends the best coding the browser accepts (scripts/serve.py, as nginx's brotli_static and
// gzip_static would), the bytes decode to the very file, and the shipped scripts are minified.
import assert from 'node:assert/strict';
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { DIST, ROOT, launch, serve, waitForAppReady } from './lib.mjs';

const COMPRESSIBLE = ['.js', '.wasm', '.json', '.css', '.html', '.svg', '.ttf', '.webmanifest'];
const DECODE = { br: zlib.brotliDecompressSync, gzip: zlib.gunzipSync };
const SUFFIX = { br: '.br', gzip: '.gz' };
// Files of every kind the first visit fetches, with the type each must keep when sent compressed.
const SAMPLES = {
  '': 'text/html', 'phasecheck.wasm': 'application/wasm', 'phasecheck.js': 'text/javascript',
  'boot.js': 'text/javascript', 'app.css': 'text/css', 'questionnaire.json': 'application/json',
  'fonts/Inter-Regular.ttf': 'font/ttf', 'manifest.webmanifest': 'application/manifest+json',
};
const SCRIPTS = ['phasecheck.js', 'boot.js', 'mirror.js', 'glyphs.js', 'embed.js', 'sw.js'];

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

// A raw HTTP request (fetch() would decode the body itself): {status, headers, body}.
function request(url, { method = 'GET', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    http.request(url, { method, headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    }).on('error', reject).end();
  });
}

const distFile = (name) => path.join(DIST, name || 'index.html');

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { server?.close(); await browser?.close(); });

test('every compressible file in dist/ has a .br and a .gz beside it that decode to it', () => {
  const files = walk(DIST);
  const compressible = files.filter((f) => COMPRESSIBLE.includes(path.extname(f)));
  assert.ok(compressible.length >= 20, `only ${compressible.length} compressible files`);
  const totals = { raw: 0, br: 0, gzip: 0 };
  for (const file of compressible) {
    const raw = fs.readFileSync(file);
    totals.raw += raw.length;
    for (const [coding, suffix] of Object.entries(SUFFIX)) {
      const copy = file + suffix;
      assert.ok(fs.existsSync(copy), `${path.relative(DIST, copy)} is missing`);
      const packed = fs.readFileSync(copy);
      totals[coding] += packed.length;
      assert.ok(DECODE[coding](packed).equals(raw), `${path.relative(DIST, copy)} does not decode to its file`);
      // scripts/serve.py trusts a copy only while it carries its file's time (assemble_site stamps it).
      assert.equal(fs.statSync(copy).mtimeMs, fs.statSync(file).mtimeMs, `${path.relative(DIST, copy)} has another time`);
    }
  }
  for (const file of files.filter((f) => f.endsWith('.br') || f.endsWith('.gz'))) {
    assert.ok(fs.existsSync(file.slice(0, -3)), `${path.relative(DIST, file)} has no file it is the copy of`);
  }
  assert.ok(totals.br < totals.gzip && totals.gzip < totals.raw / 2, JSON.stringify(totals));
});

test('the service worker lists each file once, as the browser asks for it, with its integrity', () => {
  const [, list] = /FILES=(\[\[.*?\]\])/.exec(fs.readFileSync(distFile('sw.js'), 'utf8'));
  const files = JSON.parse(list);
  assert.ok(files.some(([url]) => url === 'phasecheck.wasm'));
  assert.equal(new Set(files.map(([url]) => url)).size, files.length, 'a file listed twice');
  for (const [url, integrity] of files) {
    assert.ok(!/\.(br|gz)$/.test(url), `${url}: the browser asks for the file, and the server picks the coding`);
    const digest = crypto.createHash('sha256').update(fs.readFileSync(distFile(url === './' ? '' : url))).digest('base64');
    assert.equal(integrity, `sha256-${digest}`, url);
  }
});

test('the server sends brotli, else gzip, else the file itself, with the type and length of what it sends', async () => {
  for (const [name, type] of Object.entries(SAMPLES)) {
    const raw = fs.readFileSync(distFile(name));
    const cases = [
      ['gzip, deflate, br, zstd', 'br'], ['br', 'br'], ['gzip, deflate', 'gzip'], ['br;q=0, gzip', 'gzip'],
      ['*', 'br'], ['identity', undefined], [undefined, undefined],
    ];
    for (const [accept, coding] of cases) {
      const what = `${name || '/'} with Accept-Encoding ${accept}`;
      const response = await request(server.url + name, { headers: accept === undefined ? {} : { 'Accept-Encoding': accept } });
      assert.equal(response.status, 200, what);
      assert.equal(response.headers['content-encoding'], coding, what);
      assert.equal(response.headers['content-type'], type, what);
      assert.equal(response.headers.vary, 'Accept-Encoding', what);
      assert.equal(Number(response.headers['content-length']), response.body.length, what);
      const body = coding ? DECODE[coding](response.body) : response.body;
      assert.ok(body.equals(raw), `${what}: the decoded bytes differ from dist/`);
      if (coding) assert.ok(response.body.equals(fs.readFileSync(distFile(name) + SUFFIX[coding])), what);
    }
  }
});

test('HEAD and a revalidation answer about the coding that GET would send', async () => {
  const url = server.url + 'phasecheck.wasm';
  const head = await request(url, { method: 'HEAD', headers: { 'Accept-Encoding': 'br' } });
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-encoding'], 'br');
  assert.equal(Number(head.headers['content-length']), fs.statSync(distFile('phasecheck.wasm.br')).size);
  assert.equal(head.body.length, 0);
  const again = await request(url, { headers: { 'Accept-Encoding': 'br', 'If-Modified-Since': head.headers['last-modified'] } });
  assert.equal(again.status, 304);
  assert.equal(again.headers.vary, 'Accept-Encoding');
  assert.equal(again.body.length, 0);
});

test('a file edited after the build is sent as it is, not as its stale compressed copy', async () => {
  const site = fs.mkdtempSync('/tmp/phasecheck-edited-');
  fs.cpSync(DIST, site, { recursive: true, preserveTimestamps: true });
  const local = await serve(site);
  try {
    const url = local.url + 'brand.json';
    assert.equal((await request(url, { headers: { 'Accept-Encoding': 'br' } })).headers['content-encoding'], 'br');
    const edited = fs.readFileSync(path.join(site, 'brand.json'), 'utf8').replace('{', '{"edited":true,');
    fs.writeFileSync(path.join(site, 'brand.json'), edited);
    const response = await request(url, { headers: { 'Accept-Encoding': 'br, gzip' } });
    assert.equal(response.headers['content-encoding'], undefined);
    assert.equal(response.body.toString(), edited);
  } finally {
    local.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('Chromium gets the app in brotli and runs it', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const codings = {};
  // Read at once (headers(), not the async headerValue()): a response that comes as the context
  // closes (the deferred half, after ready) would otherwise reject after the test ended.
  page.on('response', (response) => {
    codings[new URL(response.url()).pathname.slice(1)] = response.headers()['content-encoding'];
  });
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  try {
    await page.goto(server.url + '?lang=en');
    await waitForAppReady(page);
    for (const name of ['', 'phasecheck.wasm', 'phasecheck.js', 'boot.js', 'mirror.js', 'app.css', 'questionnaire.json', 'fonts/Inter-Regular.ttf']) {
      assert.equal(codings[name], 'br', `${name || '/'} came as ${codings[name]}`);
    }
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('the shipped scripts are minified: one line each, far smaller than their source', () => {
  const sources = { 'phasecheck.js': path.join(ROOT, 'build/web/phasecheck.js') };
  for (const name of SCRIPTS) {
    const shipped = fs.readFileSync(distFile(name), 'utf8');
    const source = fs.readFileSync(sources[name] || path.join(ROOT, 'web', name), 'utf8');
    assert.equal(shipped.trimEnd().split('\n').length, 1, `${name} is not minified`);
    // sw.js gains its file list at build time: its size says nothing.
    if (name !== 'sw.js') assert.ok(shipped.length < source.length * 0.8, `${name}: ${shipped.length} bytes of ${source.length}`);
    // Strict mode stays where it was and comes nowhere new (the glue has none: it is not written for it).
    const strict = /['"]use strict['"]/g;
    assert.equal((shipped.match(strict) || []).length, (source.match(strict) || []).length, `${name}: 'use strict'`);
  }
});

test('the content files are sent without whitespace', () => {
  for (const name of ['questionnaire.json', 'brand.json', 'manifest.webmanifest', 'manifest.en.webmanifest']) {
    const text = fs.readFileSync(distFile(name), 'utf8');
    assert.equal(text, JSON.stringify(JSON.parse(text)), `${name} carries whitespace`);
  }
});
