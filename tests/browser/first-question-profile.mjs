// Writes cmake/first-question-functions.txt: the wasm functions that the way to the first question
// and its first answer runs, which cmake/web.cmake keeps in phasecheck.wasm (the rest goes to
// phasecheck.deferred.wasm, issue #13). Run it after `make dist` whenever split.test.mjs finds deferred
// code reached before the first answer (a function renamed or added on that way):
//   node tests/browser/first-question-profile.mjs && make dist
// It serves a copy of dist/ with the instrumented module emcc made (build/web/phasecheck.instrumented.wasm),
// walks to the first question on a desktop with the mouse, on a phone by touch (English, dark, DPR 3) and
// on a tablet answering it, merges the profiles and lets wasm-split name the functions they ran.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, centre, click, launch, openApp, serve, visibleWidget, widget } from './lib.mjs';

const BUILD = path.join(ROOT, 'build/web');
const LIST = path.join(ROOT, 'cmake/first-question-functions.txt');
const FEATURES = ['--enable-mutable-globals', '--enable-bulk-memory', '--enable-sign-ext'];
const WAYS = [
  { name: 'desktop', query: '?lang=de', context: { viewport: { width: 1280, height: 900 } } },
  { name: 'phone', query: '?lang=en', touch: true,
    context: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true, colorScheme: 'dark' } },
  { name: 'tablet', query: '?lang=de', answer: true, context: { viewport: { width: 1024, height: 768 } } },
];

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'phasecheck-profile-'));
const site = path.join(work, 'site');
fs.cpSync(DIST, site, { recursive: true });
for (const suffix of ['.gz', '.br']) fs.rmSync(path.join(site, 'phasecheck.wasm' + suffix), { force: true });
fs.copyFileSync(path.join(BUILD, 'phasecheck.instrumented.wasm'), path.join(site, 'phasecheck.wasm'));
// The instrumented module is the whole program: the deferred half that boot.js loads after ready becomes
// an empty module, which has nothing to link against it.
for (const suffix of ['', '.gz', '.br']) fs.rmSync(path.join(site, 'phasecheck.deferred.wasm' + suffix), { force: true });
fs.writeFileSync(path.join(site, 'phasecheck.deferred.wasm'), Buffer.from([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0]));

const server = await serve(site);
const browser = await launch();
const profiles = [];
try {
  for (const way of WAYS) {
    const app = await openApp(browser, server.url + way.query, way.context);
    if (way.touch) {
      const { x, y } = centre(await visibleWidget(app.page, 'button:start'));
      await app.page.touchscreen.tap(x, y);
    } else {
      await click(app.page, 'button:start');
    }
    await widget(app.page, 'option:sales_stage:contact');
    if (way.answer) await click(app.page, 'option:sales_stage:contact');
    // The instrumented module writes its profile into memory: one flag per function run.
    const bytes = await app.page.evaluate(() => {
      const exports = Module.asm;
      const memory = Object.values(exports).find((v) => v instanceof WebAssembly.Memory);
      const size = 1 << 20;
      const at = Module._malloc(size);
      const written = exports.__write_profile(at, size);
      return Array.from(new Uint8Array(memory.buffer, at, written));
    });
    if (app.problems.consoleErrors.length) throw new Error(`${way.name}: ${app.problems.consoleErrors.join('; ')}`);
    const file = path.join(work, `${way.name}.prof`);
    fs.writeFileSync(file, Buffer.from(bytes));
    profiles.push(file);
    await app.context.close();
  }
} finally {
  await browser.close();
  server.close();
}

const merged = path.join(work, 'merged.prof');
execFileSync('wasm-split', ['--merge-profiles', ...profiles, '-o', merged]);
const verbose = execFileSync('wasm-split', [path.join(BUILD, 'phasecheck.wasm.orig'), ...FEATURES, '--split', `--profile=${merged}`,
  '-o1', path.join(work, 'primary.wasm'), '-o2', path.join(work, 'deferred.wasm'), '-v'], { encoding: 'utf8', maxBuffer: 1 << 28 });
const kept = /^Keeping functions: (.*)$/m.exec(verbose)[1].split(', ');
fs.writeFileSync(LIST, kept.join('\n') + '\n');
fs.rmSync(work, { recursive: true, force: true });
console.log(`${LIST}: ${kept.length} functions kept for the first question`);
