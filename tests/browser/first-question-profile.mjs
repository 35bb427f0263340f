// Writes cmake/first-question-functions.txt: the wasm functions that the ways to the first question run
// (first-question-ways.mjs: both languages, phone, landscape, tablet, desktop, embed, keyboard, mouse,
// touch, early presses on the HTML intro, a resize, dark mode, the single file). cmake/web.cmake keeps
// them in phasecheck.wasm; the rest goes to phasecheck.deferred.wasm (issue #13). Run through
//   make first-question-functions
// whenever split.test.mjs says the list is stale. It serves a copy of dist/ whose phasecheck.wasm (and
// the single file's inline copy) is the instrumented module emcc made (build/web/phasecheck.instrumented.wasm),
// walks every way, merges the profiles and lets wasm-split name the functions they ran.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, launch, serve } from './lib.mjs';
import { WAYS } from './first-question-ways.mjs';

const BUILD = path.join(ROOT, 'build/web');
const LIST = path.join(ROOT, 'cmake/first-question-functions.txt');
const FEATURES = ['--enable-mutable-globals', '--enable-bulk-memory', '--enable-sign-ext'];
// The instrumented module is the whole program: the deferred half becomes an empty module, which has
// nothing to link against it.
const EMPTY_MODULE = Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]);

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'phasecheck-profile-'));
const site = path.join(work, 'site');
fs.cpSync(DIST, site, { recursive: true });
const instrumented = fs.readFileSync(path.join(BUILD, 'phasecheck.instrumented.wasm'));
for (const [name, bytes] of [['phasecheck.wasm', instrumented], ['phasecheck.deferred.wasm', EMPTY_MODULE]]) {
  for (const suffix of ['.gz', '.br']) fs.rmSync(path.join(site, name + suffix), { force: true });
  fs.writeFileSync(path.join(site, name), bytes);
}
// The single file carries both halves inline: made again from the swapped ones by the site's own assembler.
execFileSync('python3', ['-c', 'import sys, pathlib; sys.path.insert(0, sys.argv[1]); import assemble_site; '
  + 'assemble_site.offline_html(pathlib.Path(sys.argv[2]))', path.join(ROOT, 'scripts'), site]);

const server = await serve(site);
const browser = await launch();
const profiles = [];
try {
  for (const way of WAYS) {
    const context = await browser.newContext(way.context);
    const errors = [];
    context.on('page', (page) => page.on('pageerror', (error) => errors.push(String(error))));
    const app = await way.walk(context, { url: server.url, dir: site });
    // The instrumented module writes its profile into memory: one flag per function run.
    const bytes = await app.evaluate(() => {
      const exports = Module.asm;
      const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
      const size = 1 << 20;
      const at = Module._malloc(size);
      const written = exports.__write_profile(at, size);
      return Array.from(new Uint8Array(memory.buffer, at, written));
    });
    if (errors.length) throw new Error(`${way.name}: ${errors.join('; ')}`);
    const file = path.join(work, `${profiles.length}.prof`);
    fs.writeFileSync(file, Buffer.from(bytes));
    profiles.push(file);
    await context.close();
    console.log(`profiled: ${way.name}`);
  }
} finally {
  await browser.close();
  server.close();
}

const merged = path.join(work, 'merged.prof');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged]);
const verbose = execFileSync('wasm-split', [path.join(BUILD, 'phasecheck.wasm.orig'), ...FEATURES, '--split', `--profile=${merged}`,
  '-o1', path.join(work, 'primary.wasm'), '-o2', path.join(work, 'deferred.wasm'), '-v'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const kept = /^Keeping functions: (.*)$/m.exec(verbose)[1].split(', ').sort();
fs.writeFileSync(LIST, kept.join('\n') + '\n');
fs.rmSync(work, { recursive: true, force: true });
console.log(`${LIST}: ${kept.length} functions kept for the first question`);
