// Issue #13, "a first paint that counts": the intro is real HTML in index.html, in the visitor's language,
// shown before any script runs and before the app is ready; a press on its start is kept and opens the
// first question once the app is; the canvas takes over where the HTML intro stood (no jump), and the
// HTML intro then leaves the accessibility tree. The service worker is registered only after ready, and
// the wasm that index.html preloads is fetched once.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, launch, recordCspViolations, cspViolations, screenshotOnFailure, serve, waitForWidgets, widget, waitForAppReady } from './lib.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const TITLE = { de: 'In welcher Phase ist Ihr Vertrieb?', en: 'Which phase is your sales organisation in?' };
const START = { de: 'Check starten', en: 'Start the check' };
// The HTML intro's elements and the widgets the canvas draws in their place.
const COUNTERPARTS = [
  ['h1', 'heading:intro'], ['.intro-start', 'button:start'], ['.intro-lang', 'button:lang'],
  ['.intro-open', 'button:open_file'], ['.intro-brand', 'label:brand'],
];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// What the canvas draws, by id: the interactive widgets and the other nodes of the accessibility tree (headings).
async function drawn(page) {
  await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:start' || w.id === 'button:resume'), 'the canvas intro');
  return page.evaluate(() => [...window.phasecheck.semantics().nodes, ...window.phasecheck.widgets()]);
}

// A page whose wasm is held back until release(): the app cannot become ready before the test lets it.
async function heldPage(options, { before: prepare } = {}) {
  const context = await browser.newContext(options);
  await recordCspViolations(context);
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => { if (['error', 'warning'].includes(message.type())) problems.push(message.text()); });
  page.on('pageerror', (error) => problems.push(String(error)));
  if (prepare) await prepare(page);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/phasecheck.wasm', async (route) => { await held; await route.continue(); });
  return { context, page, problems, release };
}

// The shown intro's rectangles, as the canvas's widgets give theirs (CSS px from the canvas, which fills the page).
// Text is measured by its lines (a Range), as ImGui measures the widest line; buttons by their box, and the
// brand by its cell (what the language switch leaves it: the widget list's label records that width).
function htmlRects(page) {
  return page.evaluate((selectors) => {
    const shown = document.querySelector(`.intro-page[lang="${document.documentElement.lang}"]`);
    const out = {};
    for (const selector of selectors) {
      const el = shown.querySelector(selector);
      let r = el.getBoundingClientRect();
      if (!el.matches('button, .intro-brand')) {
        const range = document.createRange();
        range.selectNodeContents(el);
        r = range.getBoundingClientRect();
      }
      out[selector] = { x: r.x, y: r.y, width: r.width, height: r.height, visible: r.width > 0 && getComputedStyle(el).visibility === 'visible' };
    }
    return out;
  }, COUNTERPARTS.map(([selector]) => selector));
}

// The accessibility tree's headings and buttons named `name`, as Chromium gives them to assistive technology.
async function accessibleNodes(page, role, name) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  await cdp.detach();
  return nodes.filter((n) => !n.ignored && n.role?.value === role && n.name?.value === name);
}

test('the intro is in the served page before any script runs: both languages, German when nothing is asked', async () => {
  const html = await (await fetch(server.url)).text();
  for (const lang of ['de', 'en']) {
    assert.match(html, new RegExp(`<div class="intro-page" lang="${lang}">`), `the ${lang} intro`);
    assert.ok(html.includes(`<h1>${TITLE[lang]}</h1>`), `the ${lang} heading`);
    assert.ok(html.includes(`>${START[lang]}</button>`), `the ${lang} start button`);
  }
  const context = await browser.newContext({ ...DESKTOP, javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto(server.url);
    assert.equal(await page.locator('.intro-page[lang="de"] h1').textContent(), TITLE.de);
    assert.equal(await page.locator('.intro-page[lang="de"] h1').isVisible(), true, 'the German intro is laid out');
    assert.equal(await page.locator('.intro-page[lang="en"]').isVisible(), false, 'the English one is not');
  } finally {
    await context.close();
  }
});

for (const lang of ['de', 'en']) {
  test(`the intro is on screen in the visitor's language (${lang}) before the app is ready, and is the largest paint`, async () => {
    const { context, page, release } = await heldPage({ ...PHONE, locale: lang === 'de' ? 'de-DE' : 'en-GB' });
    try {
      await page.goto(server.url);  // no ?lang=: the browser's language decides
      await page.locator(`.intro-page[lang="${lang}"] h1`).waitFor({ state: 'visible' });
      await page.locator(`.intro-page[lang="${lang}"] .intro-start`).waitFor({ state: 'visible' });
      assert.equal(await page.evaluate(() => document.documentElement.dataset.ready), undefined, 'the app is not ready yet');
      assert.equal(await page.locator(`.intro-page:not([lang="${lang}"])`).isVisible(), false, 'the other language is hidden');
      assert.equal(await page.locator('#loading').isVisible(), false, 'no loading screen over the intro');
      const lcpInIntro = await page.evaluate(() => new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const last = list.getEntries().at(-1);
          resolve(!!last.element && !!last.element.closest('#intro'));
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }));
      assert.equal(lcpInIntro, true, 'the largest contentful paint is the intro');
    } finally {
      release();
      await context.close();
    }
  });
}

// The first screen's marked text ([elementtiming="first-screen"]: the intro's lead, or "loading" before a
// shared result) kept from painting until the page adds the class "paint-first-screen" to <html>: app.css
// is served with a rule that hides it (CSP-clean: no inline style). Then, in the page, frame by frame:
// once the app's first frame is on screen (rendererShown), it records for `heldFrames` frames whether
// the canvas took over, and then lets the text paint (or never, with `heldFrames` null).
// No service worker: its precaching after ready would fetch app.css through the route too, and could still
// be doing so when the test closes the context.
async function firstScreenHeldPage(options, heldFrames) {
  const context = await browser.newContext({ ...options, serviceWorkers: 'block' });
  await context.route('**/app.css', async (route) => {
    const response = await route.fetch();
    const css = await response.text();
    await route.fulfill({ response, body: `${css}\nhtml:not(.paint-first-screen) [elementtiming="first-screen"] { visibility: hidden; }\n` });
  });
  await context.addInitScript((frames) => {
    const seen = { readyWhileHeld: [], framesToReady: null, releasedAt: null, hiddenWhenShown: null };
    window.firstScreenHold = seen;
    let shownAt = null;
    let count = 0;
    const look = () => {
      const boot = window.phasecheckBoot;
      if (shownAt === null && boot && boot.rendererShown >= 1) {
        shownAt = count;
        const marked = [...document.querySelectorAll('[elementtiming="first-screen"]')].filter((el) => el.getClientRects().length);
        seen.hiddenWhenShown = marked.length > 0 && marked.every((el) => getComputedStyle(el).visibility === 'hidden');
      }
      if (shownAt !== null) {
        const ready = document.documentElement.dataset.ready === '1';
        if (ready && seen.framesToReady === null) seen.framesToReady = count - shownAt;
        if (seen.releasedAt === null) {
          if (frames !== null && count - shownAt >= frames) {
            document.documentElement.classList.add('paint-first-screen');
            seen.releasedAt = performance.now();
          } else seen.readyWhileHeld.push(ready);
        }
        if (ready) return;
      }
      count++;
      requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
  }, heldFrames);
  const close = async () => {
    await context.unrouteAll({ behavior: 'ignoreErrors' });
    await context.close();
  };
  return { close, page: await context.newPage() };
}

// What the probe saw, once it has counted the frame in which the page became ready: it counts in its
// own animation frames, and the next of them may come after waitForAppReady() has returned.
async function firstScreenSeen(page) {
  await page.waitForFunction(() => window.firstScreenHold.framesToReady !== null);
  return page.evaluate(() => window.firstScreenHold);
}

// The frame that hides the first screen must not be the first to paint it (boot.js, watchFirstScreenPaint):
// Lighthouse's emulation on some machines paints about once a second while a page starts, and found no
// largest contentful paint when the intro went in the frame that would have shown it.
for (const [what, address] of [['intro', '?lang=de'], ['loading screen of a shared result', `?lang=en#a=${'x'.repeat(8)}`]]) {
  test(`the canvas takes over only once the first screen has been painted (${what})`, async () => {
    const { close, page } = await firstScreenHeldPage(PHONE, 3);
    try {
      await page.goto(server.url + address);
      await waitForAppReady(page);
      const seen = await firstScreenSeen(page);
      assert.equal(seen.hiddenWhenShown, true, 'the first screen\'s text was held back when the app\'s first frame was shown');
      assert.deepEqual(seen.readyWhileHeld, [false, false, false], 'not ready while the first screen was unpainted, in the 3 frames after the app\'s first frame was shown');
      // Element Timing's entries are given to observers only (buffered), not by getEntriesByType().
      const marks = await page.evaluate(() => new Promise((resolve) => {
        new PerformanceObserver((list, observer) => {
          observer.disconnect();
          resolve({
            ready: performance.getEntriesByName('phasecheck:ready')[0].startTime,
            painted: list.getEntries().filter((e) => e.identifier === 'first-screen').map((e) => e.renderTime),
          });
        }).observe({ type: 'element', buffered: true });
      }));
      assert.ok(seen.releasedAt !== null && seen.releasedAt < marks.ready, `released (${seen.releasedAt}) before ready (${marks.ready})`);
      // The paint's report, not boot.js's 30-frame limit, ended the wait.
      assert.ok(seen.framesToReady < 3 + 15, `ready ${seen.framesToReady} frames after the app's first frame was shown, the text released after 3`);
      assert.ok(marks.painted.length >= 1 && marks.painted[0] <= marks.ready, `the first screen painted (${marks.painted}) before ready (${marks.ready})`);
    } finally {
      await close();
    }
  });
}

test('a first screen that never paints holds the canvas back for 30 frames, not for ever', async () => {
  const { close, page } = await firstScreenHeldPage(DESKTOP, null);
  try {
    await page.goto(server.url + '?lang=de');
    await waitForAppReady(page);
    const seen = await firstScreenSeen(page);
    assert.equal(seen.hiddenWhenShown, true, 'the first screen\'s text was held back when the app\'s first frame was shown');
    assert.ok(seen.framesToReady >= 28 && seen.framesToReady <= 32, `ready ${seen.framesToReady} frames after the app's first frame was shown (boot.js waits 30)`);
    assert.ok(seen.readyWhileHeld.slice(0, 28).every((ready) => !ready), 'not ready in the first 28 of them');
  } finally {
    await close();
  }
});

for (const [device, options, press] of [
  ['desktop', DESKTOP, (page, x, y) => page.mouse.click(x, y)],
  ['phone', PHONE, (page, x, y) => page.touchscreen.tap(x, y)],
]) {
  test(`a press on the HTML start before the app is ready opens the first question once it is (${device})`, async () => {
    const { context, page, problems, release } = await heldPage(options);
    try {
      await screenshotOnFailure(page, `intro-early-start-${device}`, async () => {
        await page.goto(`${server.url}?lang=de`);
        const start = page.locator('.intro-page[lang="de"] .intro-start');
        await start.waitFor({ state: 'visible' });
        const box = await start.boundingBox();
        await press(page, box.x + box.width / 2, box.y + box.height / 2);
        assert.equal(await start.getAttribute('aria-busy'), 'true', 'the button says it is starting');
        assert.equal(await start.locator('.spinner').isVisible(), true, 'and shows it');
        assert.equal(await page.evaluate(() => performance.getEntriesByName('phasecheck:intro-start').length), 1);
        release();
        await waitForAppReady(page);
        const list = await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith('option:')), 'the first question');
        assert.ok(!list.some((w) => w.id === 'button:start'), 'the intro is gone');
        assert.equal(await page.locator('#intro').isVisible(), false, 'the HTML intro is gone');
        assert.deepEqual(problems, [], 'console errors and warnings');
      });
    } finally {
      release();
      await context.close();
    }
  });
}

// After the app asked for the language and before it is ready (its start-up tasks run between), the
// visitor switches to English and presses start. Both presses are kept and done in that order: the
// check opens in English. No test can press into that window from outside the page, so an init script
// presses (element.click(), the same click event a mouse press fires) when the app marks "content",
// the task that asked for the language.
test('English, then start, both pressed while the app starts: the check opens in English', async () => {
  const context = await browser.newContext(DESKTOP);
  try {
    await context.addInitScript(() => {
      const markOriginal = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => {
        const entry = markOriginal(name, ...rest);
        const press = (selector) => document.querySelector(`.intro-page[lang="${document.documentElement.lang}"] ${selector}`).click();
        if (name === 'phasecheck:content') {
          press('.intro-lang');
          press('.intro-start');
          window.pressedDuringStartup = document.documentElement.dataset.ready !== '1';
        }
        // The app's first frame is in German (it asked for the language before the press); the page
        // stays in the language the visitor chose until the app follows, at ready.
        if (name === 'phasecheck:first-frame') window.langAtFirstFrame = document.documentElement.lang;
        return entry;
      };
    });
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=de`);
    await waitForAppReady(page);
    await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith('option:')), 'the first question');
    assert.equal(await page.evaluate(() => window.pressedDuringStartup), true, 'the presses came before ready');
    assert.equal(await page.evaluate(() => window.langAtFirstFrame), 'en', 'the intro did not switch back before ready');
    assert.equal(await page.evaluate(() => window.phasecheck.answers().lang), 'en', 'the check runs in the language chosen');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  } finally {
    await context.close();
  }
});

const LANDSCAPE = { viewport: { width: 844, height: 390 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };  // short: facts after the start
for (const [device, options] of [['phone', PHONE], ['desktop', DESKTOP], ['landscape phone', LANDSCAPE]]) {
  for (const lang of ['de', 'en']) {
    test(`the canvas takes over where the HTML intro stood, and only one intro is in the accessibility tree (${device}, ${lang})`, async () => {
      const { context, page, problems, release } = await heldPage(options);
      try {
        await screenshotOnFailure(page, `intro-takeover-${device}-${lang}`, async () => {
          await page.goto(`${server.url}?lang=${lang}`);
          await page.locator(`.intro-page[lang="${lang}"] .intro-start`).waitFor({ state: 'visible' });
          await page.evaluate(() => document.fonts.ready);
          const before = await htmlRects(page);
          assert.equal((await accessibleNodes(page, 'heading', TITLE[lang])).length, 1, 'the HTML heading before ready');
          assert.equal((await accessibleNodes(page, 'button', START[lang])).length, 1, 'the HTML start before ready');
          release();
          await waitForAppReady(page);
          const list = await drawn(page);
          for (const [selector, id] of COUNTERPARTS) {
            const drawn = list.find((w) => w.id === id);
            const html = before[selector];
            assert.ok(drawn && html.visible, `${selector} and ${id} are both there`);
            for (const key of ['x', 'y', 'width', 'height']) {
              // Text boxes: the widest line; the heading's lines are the ImGui item's height
              assert.ok(Math.abs(html[key] - drawn[key]) <= 3,
                `${selector} vs ${id}: ${key} ${html[key].toFixed(1)} in HTML, ${drawn[key].toFixed(1)} on the canvas`);
            }
          }
          // The mirror (mirror.js) now holds the intro: one heading, one start button, as before.
          await page.waitForFunction(() => document.querySelector('.mirror h1'));
          assert.equal((await accessibleNodes(page, 'heading', TITLE[lang])).length, 1, 'one heading after ready');
          assert.equal((await accessibleNodes(page, 'button', START[lang])).length, 1, 'one start button after ready');
          assert.equal(await page.locator('#intro').isVisible(), false, 'the HTML intro is gone');
          assert.deepEqual(problems, [], 'console errors and warnings');
          assert.deepEqual(await cspViolations(page), [], 'Content-Security-Policy violations');
        });
      } finally {
        release();
        await context.close();
      }
    });
  }
}

test('boot.js: the service worker is registered only once the app is ready; the wasm and the glue come from their preloads, fetched once; no WebGL context on the page, one renderer worker, started before boot.js', async () => {
  const { context, page, problems, release } = await heldPage(DESKTOP, {
    before: (page) => page.addInitScript(() => {
      window.__registered = [];
      // Each worker the page starts, and whether boot.js had run by then (its first mark).
      window.__workers = [];
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(url, ...rest) {
          super(url, ...rest);
          window.__workers.push({ url: String(url), afterBoot: performance.getEntriesByName('phasecheck:boot').length > 0 });
        }
      };
      // WebGL contexts the page makes itself: none, the renderer's worker has the canvas (startup.test.mjs
      // counts the worker's: one).
      const contexts = new Set();
      Object.defineProperty(window, '__contexts', { get: () => contexts.size });
      const getContext = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (type, ...rest) {
        const context = getContext.call(this, type, ...rest);
        if (context && /^(webgl|webgl2|experimental-webgl)$/.test(type)) contexts.add(context);
        return context;
      };
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      navigator.serviceWorker.register = (...args) => {
        window.__registered.push(document.documentElement.dataset.ready === '1');
        return register(...args);
      };
    }),
  });
  const wasmRequests = [];
  const swRequests = [];
  const glueRequests = [];
  page.on('request', (request) => { if (request.url().endsWith('/phasecheck.wasm')) wasmRequests.push(request.url()); });
  page.on('request', (request) => { if (request.url().endsWith('/phasecheck.js')) glueRequests.push(request.url()); });
  context.on('request', (request) => { if (request.url().endsWith('/sw.js')) swRequests.push(request.url()); });
  try {
    await page.goto(`${server.url}?lang=de`);
    // boot.js has run all it runs before the app is ready: the content and fonts are in.
    await page.waitForFunction(() => performance.getEntriesByName('phasecheck:assets').length === 1);
    assert.deepEqual(await page.evaluate(() => window.__registered), [], 'no registration before ready');
    assert.deepEqual(swRequests, [], 'no sw.js request before ready');
    release();
    await waitForAppReady(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    assert.deepEqual(await page.evaluate(() => window.__registered), [true], 'registered once, after ready');
    assert.equal(wasmRequests.length, 1, `one request for the wasm before the worker precached: ${wasmRequests.length}`);
    const wasm = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/phasecheck.wasm')).map((e) => e.initiatorType));
    assert.deepEqual(wasm, ['link'], 'the wasm came from the preload');
    // The glue's async script tag comes after boot.js: without the preload the browser asks for it
    // only once boot.js has run.
    assert.equal(glueRequests.length, 1, `one request for the glue: ${glueRequests.length}`);
    const glue = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/phasecheck.js')).map((e) => e.initiatorType));
    assert.deepEqual(glue, ['link'], 'the glue came from the preload');
    assert.equal(await page.evaluate(() => window.__contexts), 0, 'WebGL contexts made on the page (no probe, no renderer)');
    assert.equal(page.workers().filter((worker) => worker.url().endsWith('/renderer.js')).length, 1, 'one renderer worker');
    assert.deepEqual(await page.evaluate(() => window.__workers), [{ url: 'renderer.js', afterBoot: false }],
      'the renderer\'s worker, started once, by the head script (before boot.js)');
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name));
    for (const name of ['phasecheck:boot', 'phasecheck:assets', 'phasecheck:ready']) assert.ok(marks.includes(name), name);
    assert.ok(!marks.includes('phasecheck:intro-start'), 'intro-start only when the HTML start was pressed');
    assert.deepEqual(problems, [], 'console errors and warnings (an unused preload warns)');
  } finally {
    release();
    await context.close();
  }
});

// The fonts are downloaded for the intro (index.html preloads them for app.css), then boot.js reads
// the same copy from the HTTP cache for the app's atlas: scripts/serve.py says no-cache, so a second
// request would be a round trip to the server. No route here: Playwright's routes switch the cache off.
test('each font is downloaded once: boot.js reads the intro\'s copy from the HTTP cache', async () => {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  try {
    await page.goto(`${server.url}?lang=de`);
    await waitForAppReady(page);
    const fonts = await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => /\/fonts\/Inter-(Regular|SemiBold)\.ttf$/.test(e.name))
      .map((e) => `${e.name.split('/').pop()} ${e.initiatorType} ${e.transferSize > 0 ? 'network' : 'cache'}`).sort());
    assert.deepEqual(fonts, ['Inter-Regular.ttf fetch cache', 'Inter-Regular.ttf link network',
      'Inter-SemiBold.ttf fetch cache', 'Inter-SemiBold.ttf link network'], 'each font downloaded once');
  } finally {
    await context.close();
  }
});

test('a shared result shows that it is loading, not an intro whose start would vanish', async () => {
  const { context, page, release } = await heldPage(PHONE);
  try {
    const link = `${server.url}?lang=de#a=${'x'.repeat(8)}`;
    await page.goto(link);
    await page.locator('#loading').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#intro').isVisible(), false, 'no intro');
    assert.equal(await page.locator('.intro-start').first().isVisible(), false, 'no start button');
    release();
    await waitForAppReady(page);
    assert.equal(await page.locator('#loading').isVisible(), false, 'the loading screen goes with ready');
  } finally {
    release();
    await context.close();
  }
});

test('saved answers: the intro text without a start button, then the offer to resume in its place', async () => {
  // No service worker: it would answer the second visit's wasm from its cache, past the hold.
  const context = await browser.newContext({ ...PHONE, serviceWorkers: 'block' });
  let page = await context.newPage();
  try {
    await page.goto(`${server.url}?lang=de`);
    await waitForAppReady(page);
    // One answer, saved by the app as it goes.
    const start = await widget(page, 'button:start');
    await page.touchscreen.tap(start.x + start.width / 2, start.y + start.height / 2);
    const option = (await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith('option:')), 'a question')).find((w) => w.id.startsWith('option:'));
    await page.touchscreen.tap(option.x + option.width / 2, option.y + option.height / 2);
    await page.waitForFunction(() => !!localStorage.getItem('phasecheck.state/1'));
    await page.close();

    page = await context.newPage();
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/phasecheck.wasm', async (route) => { await held; await route.continue(); });
    try {
      await page.goto(`${server.url}?lang=de`);
      const shown = page.locator('.intro-page[lang="de"]');
      await shown.locator('h1').waitFor({ state: 'visible' });
      assert.equal(await shown.locator('.intro-start').isVisible(), false, 'no start button');
      assert.equal(await shown.locator('.intro-wait').isVisible(), true, 'it says it is loading');
      const heading = await shown.locator('h1').boundingBox();
      release();
      await waitForAppReady(page);
      await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:resume'), 'the offer to resume');
      const title = (await drawn(page)).find((w) => w.id === 'heading:intro');
      assert.ok(Math.abs(title.y - heading.y) <= 3, `the heading stays: ${heading.y} → ${title.y}`);
    } finally {
      release();
    }
  } finally {
    await context.close();
  }
});

test('the single file: the intro is in it, shown, and the canvas takes over without a Content-Security-Policy violation', async () => {
  const file = path.join(DIST, 'phasecheck-offline.html');
  assert.ok(fs.readFileSync(file, 'utf8').includes(`<h1>${TITLE.de}</h1>`), 'the intro is in the file');
  const context = await browser.newContext(PHONE);
  await recordCspViolations(context);
  const page = await context.newPage();
  try {
    await page.goto(`file://${file}?lang=de`);
    await waitForAppReady(page);
    assert.ok((await drawn(page)).some((w) => w.id === 'heading:intro'), 'the canvas intro');
    assert.equal(await page.locator('#intro').isVisible(), false, 'the HTML intro is gone');
    assert.equal(await page.evaluate(() => document.fonts.check('600 18px "Phasecheck Inter"')), true, 'the intro had the app font');
    assert.deepEqual(await cspViolations(page), [], 'Content-Security-Policy violations');
  } finally {
    await context.close();
  }
});

test('embedded: the iframe shows the intro before ready and takes neither the focus nor the scroll of the host', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/phasecheck.wasm', async (route) => { await held; await route.continue(); });
  try {
    await page.goto(`${server.url}examples/blog.html`);
    const host = page.locator('[data-phasecheck]');
    await host.scrollIntoViewIfNeeded();
    const frame = page.frameLocator('[data-phasecheck] iframe');
    await frame.locator('.intro-page[lang="de"] h1').waitFor({ state: 'visible' });
    assert.equal(await frame.locator('.intro-page[lang="de"] .intro-start').isVisible(), true, 'the start is there');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    release();
    const iframe = page.frames().find((f) => f.url().includes('embed=1'));
    await waitForAppReady(iframe);
    await waitForWidgets(iframe, (l) => l.some((w) => w.id === 'button:start'), 'the canvas intro');
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'the host keeps its focus');
    assert.equal(await page.evaluate(() => window.scrollY), scrollBefore, 'the host does not scroll');
  } finally {
    release();
    await context.close();
  }
});
