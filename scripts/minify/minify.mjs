// Minifies the site's scripts in place: node minify.mjs FILE.js ...  (run by scripts/assemble_site.py)
//
// Every file is a classic script whose top-level names are globals that the others use (Module,
// phasecheckBoot, the glue's functions called from EM_JS code), and the glue's Module properties are
// read by name from outside (Module._phasecheck_*, Module.ccall, Module.canvas). So only what is
// local to a function is renamed: no top-level names, no properties. Directives ('use strict') stay.
import fs from 'node:fs';
import { minify } from 'terser';

const OPTIONS = {
  ecma: 2020,   // the site needs WebGL2 and wasm anyway: no browser that runs it predates ES2020
  toplevel: false,
  compress: { passes: 2 },
  mangle: { properties: false },
  format: { comments: false },
};

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node minify.mjs FILE.js ...');
  process.exit(2);
}
for (const file of files) {
  const source = fs.readFileSync(file, 'utf8');
  let result;
  try {
    result = await minify(source, OPTIONS);
  } catch (error) {
    // terser's parse errors carry the position; without it the message alone names no file.
    console.error(`minify: ${file}:${error.line ?? '?'}:${error.col ?? '?'}: ${error.message}`);
    process.exit(1);
  }
  fs.writeFileSync(file, result.code + '\n');
}
