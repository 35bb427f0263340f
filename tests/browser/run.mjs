// Runs the browser test files: JOBS at a time (default 2, PHASECHECK_BROWSER_JOBS sets it), then,
// one by one, the files that measure how long something takes, which say so in a line
// `// Runs alone: <why>`. A browser test spends most of its time waiting for the app's animation
// frames (each input event owes the app 4 frames, at 60 a second), not computing, so two files share
// 2 cores well; a measuring file shares them with nobody but the machine. Each file launches its own
// Chromium.
// `node --test --test-concurrency` would not do: Node.js 18 (Debian 12's) has no --test-concurrency,
// while node:test's run() takes `concurrency` on 18.17+ and 20+ alike.
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
const jobs = Number(process.env.PHASECHECK_BROWSER_JOBS || 2);
if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`PHASECHECK_BROWSER_JOBS must be a whole number ≥ 1, not "${process.env.PHASECHECK_BROWSER_JOBS}"`);

const runsAlone = (file) => /^\/\/ Runs alone: /m.test(fs.readFileSync(file, 'utf8'));
const groups = [
  { files: files.filter((f) => !runsAlone(f)), concurrency: jobs, what: `${jobs} at a time` },
  { files: files.filter(runsAlone), concurrency: 1, what: 'one at a time, as they measure time' },
].filter((g) => g.files.length);

// node:test's own closing counts ("pass 30", "fail 1", ...), sent as diagnostics of the root.
const total = { pass: 0, fail: 0, cancelled: 0, skipped: 0, tests: 0 };
let failures = 0;
// The failed tests again at the very end, with why: a CI log shows only its last lines, and the
// spec reporter's own list of failures ends each group, far above them when the first group fails.
const failedTests = [];
const fileErrors = new Map();  // a file's first error line on its stderr
const why = (error) => {
  const cause = error?.cause ?? error;
  const text = String(cause?.message ?? cause ?? 'no message').trim();
  const cut = (line) => (line.length > 500 ? `${line.slice(0, 500)}…` : line);
  return text.split('\n').slice(0, 8).map((line) => `    ${cut(line)}`).join('\n');
};
const fileSeconds = new Map();  // the time of each file's tests: where the suite's time goes
const count = ({ nesting, file, details }) => {
  if (nesting === 0 && file) fileSeconds.set(file, (fileSeconds.get(file) ?? 0) + (details?.duration_ms ?? 0) / 1000);
};
const started = Date.now();
console.log(`Node.js ${process.version}: ${files.length} test files`);
for (const group of groups) {
  console.log(`\n${group.files.length} files, ${group.what}: ${group.files.map((f) => path.basename(f)).join(' ')}`);
  const summary = {};
  const tests = run({ files: group.files, concurrency: group.concurrency });
  tests.on('test:fail', (event) => {
    failures++;
    count(event);
    // Not a test that failed only because tests inside it did (a file, for one): those are listed.
    if (event.details?.error?.failureType !== 'subtestsFailed') {
      const own = event.file === event.name && fileErrors.get(event.file);  // the file itself failed
      failedTests.push(`  ${event.file ? path.basename(event.file) : '?'}: ${event.name}\n${why(event.details?.error)}` +
        (own ? `\n    ${own}` : ''));
    }
  });
  tests.on('test:pass', count);
  // A file that fails outside its tests (at import, say) says why only on its stderr.
  tests.on('test:stderr', ({ file, message }) => {
    if (file && !fileErrors.has(file) && /^\w*Error\b/.test(message)) fileErrors.set(file, message.trim());
  });
  tests.on('test:diagnostic', ({ message, nesting }) => {
    const [, key, value] = /^(\w+) ([\d.]+)$/.exec(message) || [];
    if (nesting === 0 && key) summary[key] = Number(value);
  });
  for await (const chunk of tests.compose(new spec())) process.stdout.write(chunk);
  // Run() leaves the exit status to its caller; a group that cannot even load counts as failed.
  if (!summary.tests) failures++;
  for (const key of Object.keys(total)) total[key] += summary[key] ?? 0;
}

const slowest = [...fileSeconds].sort((a, b) => b[1] - a[1]).slice(0, 8);
const listed = slowest.map(([f, s]) => `${path.basename(f)} ${Math.round(s)} s`).join(', ');
if (slowest.length) console.log(`files whose tests took longest (hooks and Chromium launch not counted): ${listed}`);
const failedCount = total.fail + total.cancelled;
if (failedCount > 0 || failures > 0 || !total.tests) process.exitCode = 1;
if (failedTests.length) console.log(`failed, and why:\n${failedTests.join('\n')}`);
console.log(`${total.pass} passed, ${failedCount} failed` + (total.skipped ? `, ${total.skipped} skipped` : '') +
  ` in ${Math.round((Date.now() - started) / 1000)} s`);
