// Runs the browser test files one at a time (each launches its own Chromium; two at once on a
// 2-core machine turns timing-sensitive tests flaky). `node --test --test-concurrency=1` would do
// the same, but Node.js 18 (Debian 12's) has no --test-concurrency, while node:test's run() takes
// `concurrency` on 18.17+ and 20+ alike.
// Usage: node run.mjs [file.test.mjs ...]   (default: every *.test.mjs in this folder)
import fs from 'node:fs';
import path from 'node:path';
import { run } from 'node:test';
import { spec } from 'node:test/reporters';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const named = process.argv.slice(2);
const files = (named.length ? named : fs.readdirSync(here).filter((f) => f.endsWith('.test.mjs')).sort())
  .map((f) => path.resolve(named.length ? process.cwd() : here, f));

// node:test's own closing counts ("pass 30", "fail 1", ...), sent as diagnostics of the root.
const summary = {};
let failures = 0;
console.log(`Node.js ${process.version}: ${files.length} test files, one at a time`);
const tests = run({ files, concurrency: 1 });
tests.on('test:fail', () => { failures++; });
tests.on('test:diagnostic', ({ message, nesting }) => {
  const [, key, value] = /^(\w+) ([\d.]+)$/.exec(message) || [];
  if (nesting === 0 && key) summary[key] = Number(value);
});

for await (const chunk of tests.compose(new spec())) process.stdout.write(chunk);

const failed = (summary.fail ?? failures) + (summary.cancelled ?? 0);
// Run() leaves the exit status to its caller; a file that cannot even load counts as failed.
if (failed > 0 || failures > 0 || !summary.tests) process.exitCode = 1;
console.log(`${summary.pass ?? 0} passed, ${failed} failed` + (summary.skipped ? `, ${summary.skipped} skipped` : ''));
