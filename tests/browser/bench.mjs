// make bench: what a visitor downloads, how fast the check is ready, what it costs while the
// visitor reads, and its memory, measured in Debian's Chromium with software WebGL.
// Budgets (issue #3): ≤ 250 KB gzip until the first question can be answered; idle ≤ 2 % of a core.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { DIST, act, click, launch, serve, widget } from './lib.mjs';

const LOADS = Number(process.env.BENCH_LOADS || 5);
const IDLE_SECONDS = 5;
const BUDGET_GZIP = 250 * 1024;
const BUDGET_IDLE = 0.02;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(7) + ' KB';

const server = await serve();
const browser = await launch();
const times = [];
let fetched = [];
let idle = null;
let memory = null;

for (let run = 0; run < LOADS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on('requestfinished', (request) => requests.push(new URL(request.url()).pathname));
  const started = Date.now();
  await page.goto(server.url + '?lang=de');
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  times.push(Date.now() - started);
  if (run === 0) {
    await click(page, 'button:start');
    await widget(page, 'option:sales_stage:contact');
    fetched = [...new Set(requests)];
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await act(page, () => page.mouse.move(5, 5));  // the window starts once the app is idle again
    const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
    const before = await task();
    await page.waitForTimeout(IDLE_SECONDS * 1000);
    idle = (await task() - before) / IDLE_SECONDS;
    const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    memory = { wasm: await page.evaluate(() => Module.HEAPU8.length), inUse: await page.evaluate(() => window.phasecheck.heap().inUse), jsUsed: metrics.JSHeapUsedSize };
  }
  await context.close();
}
await browser.close();
server.close();

let totalRaw = 0;
let totalGzip = 0;
console.log('Fetched until the first question can be answered:');
for (const name of fetched) {
  const file = path.join(DIST, name === '/' ? 'index.html' : decodeURIComponent(name));
  if (!fs.existsSync(file)) { console.log(`  ${name}: not in dist/`); continue; }
  const raw = fs.statSync(file).size;
  const gzip = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  totalRaw += raw;
  totalGzip += gzip;
  console.log(`  ${(name === '/' ? '/index.html' : name).padEnd(28)} ${kb(raw)} raw ${kb(gzip)} gzip`);
}
console.log(`  ${'total'.padEnd(28)} ${kb(totalRaw)} raw ${kb(totalGzip)} gzip   (budget ${kb(BUDGET_GZIP)})`);
console.log(`Time to ready (median of ${LOADS} loads): ${median(times)} ms   [${times.join(', ')}]`);
console.log(`Idle CPU on a question, ${IDLE_SECONDS} s: ${(idle * 100).toFixed(2)} % of one core   (budget ${BUDGET_IDLE * 100} %)`);
console.log(`Memory: wasm memory ${(memory.wasm / 1048576).toFixed(1)} MB (in use ${(memory.inUse / 1048576).toFixed(1)} MB), JS heap used ${(memory.jsUsed / 1048576).toFixed(1)} MB`);
const over = [];
if (totalGzip > BUDGET_GZIP) over.push('download');
if (idle > BUDGET_IDLE) over.push('idle CPU');
if (over.length) {
  console.log(`OVER BUDGET: ${over.join(', ')}`);
  process.exitCode = 1;
}
