// Builds the canvas floor into a folder: dist/'s page (the HTML intro, its stylesheet, fonts and the
// renderer's worker) with boot.js and the app replaced by floor/floor.js, and without the app's wasm
// preload (nothing of the app is downloaded either). make bench times it like
// Phasencheck: how soon a page of this design can be ready at all on this machine, before the app does
// any work — the floor under Phasencheck's own time to ready.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compressSite } from './compressed-size.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const FILES = ['app.css', 'renderer.js', 'favicon.svg', 'manifest.webmanifest', 'fonts/Inter-Regular.ttf', 'fonts/Inter-SemiBold.ttf'];
const APP_SCRIPTS = '<script src="boot.js"></script>\n<script src="phasecheck.js" async></script>';
const WASM_PRELOAD = /<link rel="preload" href="phasecheck\.wasm"[^>]*>\n/;

export function buildFloorSite(dir, dist) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'fonts'), { recursive: true });
  for (const file of FILES) fs.copyFileSync(path.join(dist, file), path.join(dir, file));
  fs.copyFileSync(path.join(here, 'floor/floor.js'), path.join(dir, 'floor.js'));
  const page = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
  if (!page.includes(APP_SCRIPTS) || !WASM_PRELOAD.test(page)) {
    throw new Error(`canvas floor: ${dist}/index.html no longer loads the app with ${JSON.stringify(APP_SCRIPTS)} and a wasm preload`);
  }
  fs.writeFileSync(path.join(dir, 'index.html'), page.replace(APP_SCRIPTS, '<script src="floor.js"></script>').replace(WASM_PRELOAD, ''));
  compressSite(dir);
}
