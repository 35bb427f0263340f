// Shared helpers for the browser tests and the benchmark: serve dist/ on loopback, launch
// Debian's Chromium through playwright-core, and drive the app through its widget test hook.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const DIST = path.join(ROOT, 'dist');

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

async function freePort() {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  return port;
}

// Serves a folder with scripts/serve.py; resolves once it answers.
export async function serve(directory = DIST) {
  const port = await freePort();
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', String(port), directory], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  for (let i = 0; i < 100; i++) {
    try {
      const response = await fetch(url);
      if (response.ok) break;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url, origin: `http://127.0.0.1:${port}`, close: () => child.kill() };
}

export async function launch() {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS, headless: true });
}

// Every frame of a context records Content-Security-Policy violations in window.__csp.
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

export async function cspViolations(page) {
  const all = [];
  for (const frame of page.frames()) all.push(...await frame.evaluate(() => window.__csp || []).catch(() => []));
  return all;
}

// A page that records console errors, CSP violations and every request that leaves the origin.
export async function openApp(browser, url, contextOptions = {}) {
  const context = await browser.newContext(contextOptions);
  await recordCspViolations(context);
  const page = await context.newPage();
  const problems = { consoleErrors: [], offOrigin: [] };
  // A file:// page has no origin to stay in: only the file itself may be read.
  const allowed = url.startsWith('file:') ? url.split('?')[0] : new URL(url).origin;
  page.on('console', (message) => { if (message.type() === 'error') problems.consoleErrors.push(message.text()); });
  page.on('pageerror', (error) => problems.consoleErrors.push(String(error)));
  context.on('request', (request) => {
    const target = request.url();
    if (!target.startsWith(allowed) && !target.startsWith('data:') && !target.startsWith('blob:')) problems.offOrigin.push(target);
  });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.ready === '1', null, { timeout: 30000 });
  return { context, page, problems };
}

export async function widgets(page) {
  return page.evaluate(() => window.phasecheck.widgets());
}

// Waits until a widget with this id is drawn and returns it (the app draws only on change).
export async function widget(page, id, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const found = (await widgets(page)).find((w) => w.id === id);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`widget ${id} not shown; shown: ${(await widgets(page)).map((w) => w.id).join(', ')}`);
    await page.waitForTimeout(30);
  }
}

// Polls the widget list until `predicate(widgets)` holds; the app draws only when something changed.
export async function waitForWidgets(page, predicate, what, timeout = 5000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const list = await widgets(page);
    if (predicate(list)) return list;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; shown: ${list.map((w) => w.id).join(', ')}`);
    await page.waitForTimeout(20);
  }
}

export function centre(w) {
  return { x: w.x + w.width / 2, y: w.y + w.height / 2 };
}

// Brings a widget into view by scrolling the canvas with the wheel, then returns it.
export async function visibleWidget(page, id) {
  const viewport = page.viewportSize();
  for (let i = 0; i < 60; i++) {
    const w = await widget(page, id);
    if (w.y >= 0 && w.y + w.height <= viewport.height) return w;
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    await page.mouse.wheel(0, w.y < 0 ? -200 : 200);
    await page.waitForTimeout(40);
  }
  throw new Error(`widget ${id} could not be scrolled into view`);
}

export async function click(page, id) {
  const w = await visibleWidget(page, id);
  const { x, y } = centre(w);
  await page.mouse.click(x, y);
}

export async function screenshotOnFailure(page, name, fn) {
  try {
    return await fn();
  } catch (error) {
    const file = path.join(ROOT, 'build', `failure-${name}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    error.message += ` (screenshot: ${file})`;
    throw error;
  }
}
