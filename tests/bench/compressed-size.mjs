// What a file weighs on the wire: the size of the precompressed `X.gz` / `X.br` beside it in the
// site folder when the build made them (what scripts/serve.py and a production server send),
// else gzip -9 / brotli quality 11 computed here. compressSite() makes those files for a folder the
// benchmark builds itself (the SurveyJS page), so that it is served exactly like dist/.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

// Compressible by extension, as dist/ has them.
const COMPRESSIBLE = /\.(js|mjs|wasm|json|css|html|svg|otf|webmanifest|txt)$/;

const gzip = (data) => zlib.gzipSync(data, { level: 9 });
const brotli = (data) => zlib.brotliCompressSync(data, {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: data.length },
});

// { raw, gzip, br, precompressed: whether both came from files beside it }.
export function compressedSize(file) {
  const data = fs.readFileSync(file);
  const sizeOf = (suffix, compress) => (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : compress(data).length);
  return {
    raw: data.length,
    gzip: sizeOf('.gz', gzip),
    br: sizeOf('.br', brotli),
    precompressed: fs.existsSync(file + '.gz') && fs.existsSync(file + '.br'),
  };
}

// The file of the site folder `dir` that a request path names ("/" is index.html).
export function siteFile(dir, urlPath) {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '') || 'index.html';
  return path.join(dir, relative.endsWith('/') ? relative + 'index.html' : relative);
}

// Writes X.gz and X.br beside every compressible file of `dir` (gzip -9, brotli 11).
export function compressSite(dir) {
  for (const name of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, name);
    if (!COMPRESSIBLE.test(name) || !fs.statSync(file).isFile()) continue;
    const data = fs.readFileSync(file);
    fs.writeFileSync(file + '.gz', gzip(data));
    fs.writeFileSync(file + '.br', brotli(data));
  }
}

// Rows for the fetched paths of a site: [{path, raw, gzip, br, precompressed}] (a path with no
// file in the folder: {path, missing: true}), and their totals.
export function downloadSizes(dir, paths) {
  const rows = paths.map((urlPath) => {
    const file = siteFile(dir, urlPath);
    return fs.existsSync(file) && fs.statSync(file).isFile() ? { path: urlPath, ...compressedSize(file) } : { path: urlPath, missing: true };
  });
  const sum = (key) => rows.reduce((total, row) => total + (row[key] || 0), 0);
  return { rows, total: { raw: sum('raw'), gzip: sum('gzip'), br: sum('br') } };
}
