// Shared helpers for the browser tests and the benchmark: serve dist/ on loopback, launch
// Debian's Chromium through playwright-core, and drive the app through its widget test hook.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { within } from '../bench/deadline.mjs';
import { decodePng } from './png.mjs';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
// PHASECHECK_DIST runs the tests against another build (another branch's dist/, say, to see a test fail
// without a fix).
export const DIST = process.env.PHASECHECK_DIST || path.join(ROOT, 'dist');

// Chromium's own work that no visitor's browser does while a page loads. Each visit has a browser
// context of its own, and so a window of its own, and every new window loaded Chromium's omnibox
// popup (WebUI pages in two renderers of their own) while the visited page loaded: on 2 cores, time
// to ready was 300–337 ms with it and 213–220 ms without it (3 visits each, 30 Nov 2026). Chromium
// takes the last --disable-features only, so Playwright's own list (playwright-core 1.61.1) comes
// first here; chromium-flags.test.mjs fails should any of it be lost.
export const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync', 'BoundaryEventDispatchTracksNodeRemoval', 'DestroyProfileOnBrowserClose',
  'DialMediaRouteProvider', 'GlobalMediaControls', 'HttpsUpgrades', 'LensOverlay', 'MediaRouter', 'PaintHolding',
  'ThirdPartyStoragePartitioning', 'Translate', 'AutoDeElevate', 'RenderDocument', 'OptimizationHints',
  'msForceBrowserSignIn', 'msEdgeUpdateLaunchServicesPreferredVersion',
  'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup', 'WebUIOmniboxFullPopup',
];
const COMMON_ARGS = [
  '--no-sandbox', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];
// The browser tests: ANGLE on SwiftShader for everything, so the page's own compositing and raster
// run in the GPU process on the same software GPU as the app's WebGL.
export const CHROMIUM_ARGS = [...COMMON_ARGS, '--use-angle=swiftshader'];
// make bench: what Chromium chooses by itself on a machine without a GPU (chrome://gpu is the same
// without COMMON_ARGS' two GPU flags). It composites and rasters the page on the CPU and gives only
// WebGL to SwiftShader. With the tests' flags, the page's painting and the app's WebGL queue in one
// software GPU, which no visitor's browser does: the worker's WebGL context waits there for the
// page's painting (docs/benchmark.md has the figures).
export const BENCH_CHROMIUM_ARGS = COMMON_ARGS;

// Serves a folder with scripts/serve.py on a port the server picks itself and names once it listens;
// resolves then. (A port found free here and handed to the server could be taken in between by
// another test file's server, started at the same moment: two files would then share one server,
// and the first to finish would stop it under the other.) Fails, with what the server said, if it
// exits or has not listened within 30 s.
export async function serve(directory = DIST) {
  const child = spawn('python3', [path.join(ROOT, 'scripts/serve.py'), '--port', '0', directory], { stdio: ['ignore', 'pipe', 'pipe'] });
  let said = '';
  child.stderr.on('data', (chunk) => { said += chunk; });
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail('has not said its port within 30 s'), 30000);
    function fail(why) {
      clearTimeout(timer);
      child.kill();
      reject(new Error(`scripts/serve.py ${why}${said ? `: ${said.trim()}` : ''}`));
    }
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const line = / at (http:\/\/127\.0\.0\.1:\d+\/) {2}\(Ctrl\+C stops\)$/m.exec(out);
      if (line) { clearTimeout(timer); resolve(line[1]); }
    });
    child.on('exit', (code) => fail(`exited (${code})`));
    child.on('error', (error) => fail(`did not start (${error.message})`));
  });
  // Read on but not kept (a request's error is printed there), so that the pipes never fill.
  for (const stream of [child.stdout, child.stderr]) stream.removeAllListeners('data').resume();
  const origin = url.slice(0, -1);
  return { url, origin, close: () => child.kill() };
}

export async function launch(args = CHROMIUM_ARGS) {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args, headless: true });
}

// One server of dist/ and one Chromium for a whole test file: `const shared = serveAndLaunch();`,
// then shared.server and shared.browser inside the tests.
export function serveAndLaunch() {
  const shared = { server: null, browser: null };
  before(async () => {
    shared.server = await serve();
    shared.browser = await launch();
  });
  after(async () => {
    await shared.browser?.close();
    shared.server?.close();
  });
  return shared;
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

// Waits until the app in a page or frame says it is ready (<html data-ready="1">, boot.js). A frame
// may be between two documents when asked (an iframe that only starts loading, a reload): the
// predicate then finds no <html> yet, and waits for it instead of failing.
export function waitForAppReady(target, { timeout = 30000 } = {}) {
  return target.waitForFunction(() => document.documentElement?.dataset.ready === '1', null, { timeout });
}

// A page that records console errors, CSP violations and every request that leaves the origin.
export async function openApp(browser, url, contextOptions = {}, prepare = async () => {}) {
  const context = await browser.newContext(contextOptions);
  await recordCspViolations(context);
  await prepare(context);  // init scripts of the caller's own
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
  await waitForAppReady(page);
  return { context, page, problems };
}

// One visit to the app in a fresh browser context: `fn(app)` runs (a screenshot if it fails), then
// what every visit must leave true: no console error (unless the test provokes them), no request
// off the origin, no Content-Security-Policy violation, no cookie.
export async function visitApp(browser, url, contextOptions, name, fn, { expectErrors = false } = {}) {
  const app = await openApp(browser, url, contextOptions);
  try {
    await screenshotOnFailure(app.page, name, () => fn(app));
    if (!expectErrors) assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
    assert.deepEqual(app.problems.offOrigin, [], 'requests that left the origin');
    assert.deepEqual(await cspViolations(app.page), [], 'Content-Security-Policy violations');
    assert.deepEqual(await app.context.cookies(), [], 'no cookies');
  } finally {
    await app.context.close();
  }
}

export async function widgets(page) {
  return page.evaluate(() => window.phasecheck.widgets());
}

// {number, presented, idle} of the app's last frame (docs/javascript-api.md).
export async function frame(page) {
  return page.evaluate(() => window.phasecheck.frame());
}

// The frame the widget list describes, and that list, read in one go so they belong together:
// {number, presented, idle, widgets} (docs/javascript-api.md, phasecheck.frame()).
export async function screen(page) {
  return page.evaluate(() => ({ ...window.phasecheck.frame(), widgets: window.phasecheck.widgets() }));
}

// The first idle frame numbered above `after` and, in the document of `seen` (an idle frame that did
// not show what is awaited), above `seen.number` (a reload numbers its frames from 0 again), with its
// widgets and its document's time origin; null at `deadline` (Date.now()). The page waits on
// requestAnimationFrame (the app's own clock) and answers with that frame's state and widgets, read in
// one callback: one round trip where asking and then polling took two or more. Until the app can
// answer (between two documents, or before its runtime is up) it waits for it; Node's own timer keeps
// the deadline should the page never answer.
async function idleFrameAfter(page, after, seen, deadline) {
  for (;;) {
    const ms = Math.max(1, deadline - Date.now());
    try {
      const answer = page.evaluate(([first, last, timeout]) => new Promise((resolve) => {
        const limit = performance.now() + timeout;
        const timer = setTimeout(() => resolve(null), timeout);  // animation frames stop in a hidden page
        const threshold = last && performance.timeOrigin === last.origin ? last.number : first;
        const check = () => {
          let now;
          try { now = window.phasecheck?.frame(); } catch { /* the wasm runtime is not up yet */ }
          if (now?.idle && now.number > threshold) {
            clearTimeout(timer);
            resolve({ ...now, origin: performance.timeOrigin, widgets: window.phasecheck.widgets() });
          } else if (performance.now() < limit) {
            requestAnimationFrame(check);
          }
        };
        check();
      }), [after, seen, ms]);
      answer.catch(() => {});  // settles after the race is decided when the page answers late
      return await within(answer, ms + 2000, 'the page\'s answer');
    } catch (error) {
      if (Date.now() >= deadline) return null;
      if (!/Execution context was destroyed|navigat/i.test(String(error))) throw error;
    }
  }
}

// Waits for an idle screen — the last frame drawn is on screen and no further frame is owed, so
// what the widget list says is what the screen shows and will keep showing — for which
// `predicate(widgets)` holds, and whose frame number is above `after` (a frame from before an
// action: the screen must come from after it). Returns {number, widgets}.
export async function waitForScreen(page, predicate, what, { after = -1, timeout = 10000 } = {}) {
  const deadline = Date.now() + timeout;
  for (let seen = null; ;) {
    const now = await idleFrameAfter(page, after, seen, deadline);
    if (!now) {
      const last = await within(screen(page), 2000, 'the app\'s last frame').catch(() => null);
      const shows = last ? `frame ${last.number} (after ${after}, idle ${last.idle}) shows: ${last.widgets.map((w) => w.id).join(', ')}` : 'the app does not answer';
      throw new Error(`timed out waiting for ${what}; ${shows}`);
    }
    if (predicate(now.widgets)) return { number: now.number, widgets: now.widgets };
    seen = { number: now.number, origin: now.origin };  // it does not show it: a later frame may
  }
}

// The app at rest: its last frame on screen, nothing owed. Returns {number, widgets}.
export async function settled(page) {
  return waitForScreen(page, () => true, 'the app to settle');
}

// The first idle screen drawn after frame `after`: the app has processed what happened since.
export async function nextFrame(page, after, what = `a frame after ${after}`) {
  return waitForScreen(page, () => true, what, { after });
}

// Runs `action` (an input event, an API call) on a settled app and returns the screen after it
// ({number, widgets}): the positive signal that the app processed the action, which every "nothing
// else happened" check needs before it asserts. The action must reach the app (any input on the
// canvas does), or this waits in vain.
export async function act(page, action, what = 'the frame after the action') {
  const before = await settled(page);
  await action();
  return nextFrame(page, before.number, what);
}

// Presses `key` until the widget `id` has keyboard focus; returns that frame's widgets.
export async function pressUntilFocused(page, key, id, limit = 40) {
  for (let i = 0; i < limit; i++) {
    const { widgets: list } = await act(page, () => page.keyboard.press(key), `${key} towards ${id}`);
    if (list.some((w) => w.id === id && w.focused)) return list;
  }
  throw new Error(`${key} never reached ${id}`);
}

// Waits for an idle screen whose widgets satisfy `predicate`; returns the list.
export async function waitForWidgets(page, predicate, what, timeout = 10000) {
  return (await waitForScreen(page, predicate, what, { timeout })).widgets;
}

// Waits until a widget with this id is drawn and returns it (the app draws only on change).
export async function widget(page, id, timeout = 10000) {
  const { widgets: list } = await waitForScreen(page, (l) => l.some((w) => w.id === id), `widget ${id}`, { timeout });
  return list.find((w) => w.id === id);
}

// Opens the focused text field with `key` ('Enter' or ' ') pressed as a person presses it: held
// until the page's input has opened over the field, so that the key is released in the input, not
// on the canvas (a quick press may be released before the frame that opens the input).
export async function openFieldByKey(page, key = 'Enter') {
  await page.keyboard.down(key);
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('text-agent'));
  await page.keyboard.up(key);
}

// A screenshot of the frame on screen while the app is idle, with that frame's number and widget
// list: pixels and rectangles come from the same frame. Taken again if a frame came in between.
export async function idleScreenshot(page) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { number, widgets: list } = await settled(page);
    const png = decodePng(await page.screenshot());
    if ((await frame(page)).number === number) return { number, widgets: list, png };
  }
  throw new Error('the app kept drawing while the screenshot was taken');
}

export function centre(w) {
  return { x: w.x + w.width / 2, y: w.y + w.height / 2 };
}

// Where the page is not covered by notices: they lie over the bottom of the viewport (the panel
// around a notice's text reaches 24 px above it).
export function uncoveredHeight(page, list) {
  const notices = list.filter((w) => w.id.startsWith('notice:'));
  return Math.min(page.viewportSize().height, ...notices.map((w) => w.y - 24));
}

// Whether a widget can be seen and pressed: inside the viewport, and not under a pinned actions bar
// (role "toolbar", on short screens) unless it is in that bar.
export function inView(w, list, viewport) {
  const bar = list.find((x) => x.role === 'toolbar');
  const bottom = bar && w.y < bar.y ? bar.y : viewport.height;
  return w.y >= 0 && w.y + w.height <= bottom;
}

// Brings a widget into view — inside the viewport, clear of a pinned bar and of the notices over its
// bottom — by scrolling the canvas with the wheel, then returns it.
export async function visibleWidget(page, id) {
  const viewport = page.viewportSize();
  let list = (await waitForScreen(page, (l) => l.some((w) => w.id === id), `widget ${id}`)).widgets;
  let w = list.find((x) => x.id === id);
  if (id.startsWith('notice:') || /^button:(notice_action|notice_details|dismiss):/.test(id)) return w;
  for (let i = 0; i < 60; i++) {
    const bar = list.find((x) => x.role === 'toolbar');  // notices sit above it, never over it
    if (inView(w, list, viewport) && ((bar && w.y >= bar.y) || w.y + w.height <= uncoveredHeight(page, list))) return w;
    const up = w.y < 0;
    await page.mouse.move(viewport.width / 2, viewport.height / 2);
    ({ widgets: list } = await act(page, () => page.mouse.wheel(0, up ? -200 : 200), `scrolling to ${id}`));
    w = list.find((x) => x.id === id);
    if (!w) throw new Error(`widget ${id} went away while scrolling`);
  }
  throw new Error(`widget ${id} could not be scrolled into view`);
}

// Clicks a widget and returns the screen after the click ({number, widgets}).
export async function click(page, id) {
  const w = await visibleWidget(page, id);
  const { x, y } = centre(w);
  return act(page, () => page.mouse.click(x, y), `the frame after clicking ${id}`);
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

// Records every DOM mutation under `selector` from now on (window.__mutations): the accessibility
// mirror's "an unchanged screen touches nothing" is counted with it.
export async function recordMutations(page, selector) {
  await page.evaluate((sel) => {
    window.__mutationObserver?.disconnect();
    window.__mutations = [];
    const describe = (records) => {
      for (const r of records) {
        const el = r.target.nodeType === 1 ? r.target : r.target.parentElement;
        const owner = el.closest('[data-id]');
        window.__mutations.push({ type: r.type, attribute: r.attributeName, node: owner ? owner.dataset.id : el.className || el.tagName });
      }
    };
    window.__mutationObserver = new MutationObserver(describe);
    window.__mutationObserver.describe = describe;
    window.__mutationObserver.observe(document.querySelector(sel), { subtree: true, childList: true, attributes: true, characterData: true });
  }, selector);
}

// The mutations recorded since the last call (recordMutations), as {type, attribute, node}.
export async function takeMutations(page) {
  return page.evaluate(() => {
    window.__mutationObserver.describe(window.__mutationObserver.takeRecords());
    const out = window.__mutations;
    window.__mutations = [];
    return out;
  });
}
