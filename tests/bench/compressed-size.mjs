// What a file weighs on the wire: the size of the precompressed `X.gz` / `X.br` beside it in the
// site folder when the build made them (what scripts/serve.py and a production server send),
// else gzip -9 / brotli quality 11 computed here. compressSite() makes those files for a folder the
// benchmark builds itself (the SurveyJS page), so that it is served exactly like dist/.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const SCRIPTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts');

// Compressible by extension, as dist/ has them.
const COMPRESSIBLE = /\.(js|mjs|wasm|json|css|html|svg|otf|ttf|webmanifest|txt)$/;

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

// Writes X.gz and X.br beside every compressible file of `dir`, each stamped with X's modification
// time (scripts/serve.py serves a compressed copy only while the times match). With dist/'s own
// compressor — scripts/assemble_site.py's precompress(), where this checkout has it — so that both
// pages are compressed alike; else gzip -9 and brotli 11 here. → which of the two it was.
export function compressSite(dir) {
  const python = spawnSync('python3', ['-c', `import sys, pathlib
sys.path.insert(0, sys.argv[1])
import assemble_site
if not hasattr(assemble_site, "precompress"): sys.exit(3)
assemble_site.precompress(pathlib.Path(sys.argv[2]))`, SCRIPTS, dir], { encoding: 'utf8' });
  if (python.status === 0) return 'scripts/assemble_site.py precompress()';
  if (python.status !== 3) throw new Error(`compressing ${dir} with scripts/assemble_site.py failed: ${python.stderr || python.error}`);
  for (const name of fs.readdirSync(dir, { recursive: true })) {
    const file = path.join(dir, name);
    if (!COMPRESSIBLE.test(name) || !fs.statSync(file).isFile()) continue;
    const data = fs.readFileSync(file);
    // X too: node sets times to the millisecond, and the copies' must equal X's to the nanosecond.
    const { mtime } = fs.statSync(file);
    for (const [suffix, compress] of [['.gz', gzip], ['.br', brotli]]) {
      fs.writeFileSync(file + suffix, compress(data));
      fs.utimesSync(file + suffix, mtime, mtime);
    }
    fs.utimesSync(file, mtime, mtime);
  }
  return 'gzip -9 and brotli 11 (node:zlib)';
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
