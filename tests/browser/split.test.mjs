// The check's wasm in two halves (issue #13): phasecheck.wasm carries what the way to the first
// question runs, phasecheck.deferred.wasm the rest (cmake/web.cmake, boot.js). The first question
// must come without the second half; everything after it must find the half loaded, whether it came
// after ready (the usual way), before start-up (a link or saved answers that open on the result) or
// on the spot (deferred code reached before it arrived). A half that cannot be loaded says so.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { DIST, click, cspViolations, recordCspViolations, screenshotOnFailure, serveAndLaunch, widget, waitForAppReady } from './lib.mjs';
import { WAYS } from './first-question-ways.mjs';
import { currentQuestion, goldenAnswers, pick, waitForQuestionChange } from './walk.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const DEFERRED = '**/phasecheck.deferred.wasm';
const GOLDEN = 'phase3_redesign_de';

const shared = serveAndLaunch();

// A fresh context whose requests for the deferred half go to `route` (set before the page loads).
async function withPage(name, route, fn) {
  const context = await shared.browser.newContext(DESKTOP);
  await recordCspViolations(context);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => { if (['error', 'warning'].includes(message.type())) errors.push(message.text()); });
  page.on('pageerror', (error) => errors.push(String(error)));
  if (route) await context.route(DEFERRED, route);
  try {
    await screenshotOnFailure(page, name, () => fn(page, errors));
    assert.deepEqual(await cspViolations(page), [], 'Content-Security-Policy violations');
  } finally {
    await context.close();
  }
}

const deferredState = (page) => page.evaluate(() => window.phasecheck.deferredWasm());
const summary = ({ requested, instantiated, placeholderCalls, failed }) => ({ requested, instantiated, placeholderCalls, failed });

// Answers the questions left, by mouse, from the one on screen; then the result (no figures).
async function answerToResult(page, answers) {
  for (let question = await currentQuestion(page); question; question = await currentQuestion(page)) {
    await pick(page, `option:${question}:${answers.answers[question]}`);
  }
  await click(page, 'button:next');
  await widget(page, 'button:restart');
  return page.evaluate(() => window.phasecheck.result());
}

test('the first question and its answer need only phasecheck.wasm; the half that follows ready takes the check to the result', async () => {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await withPage('split-held', async (route) => { await held; await route.continue(); }, async (page, errors) => {
    await page.goto(`${shared.server.url}?lang=de`);
    await waitForAppReady(page);
    await click(page, 'button:start');
    await widget(page, 'option:sales_stage:contact');
    const golden = goldenAnswers(GOLDEN);
    // Not pick(): its check of the answer goes through the JS API, whose code is in the held half.
    await click(page, `option:sales_stage:${golden.answers.sales_stage}`);
    await waitForQuestionChange(page, 'sales_stage');
    // Asked for after ready, still held: nothing so far needed it.
    assert.deepEqual(summary(await deferredState(page)), { requested: true, instantiated: false, placeholderCalls: 0, failed: '' });
    release();
    await page.waitForFunction(() => window.phasecheck.deferredWasm().instantiated);
    const result = await answerToResult(page, golden);
    assert.equal(result.phase, 3);
    assert.equal((await deferredState(page)).placeholderCalls, 0, 'deferred code was reached before the half was loaded');
    assert.deepEqual(errors, []);
  });
});

// The link of a result, made by the app itself.
async function shareLinkOf(answers) {
  let link;
  await withPage('split-link-made', null, async (page) => {
    await page.goto(`${shared.server.url}?lang=de`);
    await waitForAppReady(page);
    await page.evaluate((a) => window.phasecheck.load(a), answers);
    link = await page.evaluate(() => window.phasecheck.shareLink());
  });
  return link;
}

test('a shared link opens on the result: start-up waits for the deferred half instead of reaching a placeholder', async () => {
  const link = await shareLinkOf(goldenAnswers(GOLDEN));
  await withPage('split-link', null, async (page, errors) => {
    await page.goto(link);
    await waitForAppReady(page);
    await widget(page, 'button:restart');
    assert.equal((await page.evaluate(() => window.phasecheck.result())).phase, 3);
    assert.deepEqual(summary(await deferredState(page)), { requested: true, instantiated: true, placeholderCalls: 0, failed: '' });
    assert.deepEqual(errors, []);
  });
});

test('saved answers resume on the result after a reload, with the half loaded before start-up', async () => {
  await withPage('split-saved', null, async (page, errors) => {
    await page.goto(`${shared.server.url}?lang=de`);
    await waitForAppReady(page);
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers(GOLDEN));
    await widget(page, 'button:restart');
    await page.reload();
    await waitForAppReady(page);
    await click(page, 'button:resume');
    await widget(page, 'button:restart');
    assert.deepEqual(summary(await deferredState(page)), { requested: true, instantiated: true, placeholderCalls: 0, failed: '' });
    assert.deepEqual(errors, []);
  });
});

// A route that holds the page's background fetches until `release()`, and answers the blocking
// request a placeholder makes (the synchronous fallback).
function holdingBackgroundFetches() {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  const route = async (r) => {
    if (r.request().resourceType() === 'xhr') await r.continue();
    else { await held; await r.continue().catch(() => {}); }
  };
  return { route, release };
}

test('deferred code reached before the half arrived loads it on the spot, and the result is right', async () => {
  // The background fetch is held; the blocking request of the placeholder is answered.
  const { route, release: releaseFetch } = holdingBackgroundFetches();
  await withPage('split-on-the-spot', route, async (page, errors) => {
    await page.goto(`${shared.server.url}?lang=en`);
    await waitForAppReady(page);
    assert.equal((await deferredState(page)).instantiated, false);
    const result = await page.evaluate((a) => window.phasecheck.evaluate(a), goldenAnswers(GOLDEN));
    assert.equal(result.phase, 3);
    const state = await deferredState(page);
    assert.equal(state.instantiated, true);
    assert.ok(state.placeholderCalls >= 1, `placeholder calls: ${state.placeholderCalls}`);
    // Emscripten's "placeholder function called" went to the trace, not to the console.
    assert.equal(state.placeholders.length, state.placeholderCalls);
    assert.ok(state.placeholders.every(Number.isInteger), `placeholders: ${state.placeholders}`);
    console.log(`# the synchronous load of the deferred half blocked the page for ${state.blockedMs.toFixed(1)} ms`);
    releaseFetch();
    assert.deepEqual(errors, [], 'console errors and warnings');
  });
});

// The printed report's stylesheet comes with the half that prints (boot.js): not part of the way to the
// first question, and there for a report made on the spot.
test('report.css is asked for only after ready, with the deferred half', async () => {
  await withPage('split-stylesheet-after-ready', null, async (page, errors) => {
    await page.goto(`${shared.server.url}?lang=de`);
    await waitForAppReady(page);
    await page.waitForFunction(() => window.phasecheck.deferredWasm().instantiated);
    const { readyAt, asked } = await page.evaluate(() => ({
      readyAt: performance.getEntriesByName('phasecheck:ready')[0].startTime,
      asked: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/report.css')).map((e) => e.startTime),
    }));
    assert.equal(asked.length, 1, 'report.css was fetched once, with the deferred half');
    assert.ok(asked[0] >= readyAt, `report.css asked for at ${asked[0]} ms, before ready at ${readyAt} ms`);
    assert.deepEqual(errors, []);
  });
});

test('a report made before the deferred half and report.css arrived is laid out by report.css', async () => {
  const { route, release } = holdingBackgroundFetches();
  await withPage('split-stylesheet-on-the-spot', route, async (page, errors) => {
    await page.context().route('**/report.css', route);
    await page.goto(`${shared.server.url}?lang=de`);
    await waitForAppReady(page);
    const html = await page.evaluate((a) => { window.phasecheck.load(a); return window.phasecheck.reportHtml(); },
      goldenAnswers(GOLDEN));
    const stylesheet = fs.readFileSync(path.join(DIST, 'report.css'), 'utf8');
    assert.ok(stylesheet.length > 0 && html.includes(stylesheet), 'the report carries report.css');
    assert.ok((await deferredState(page)).placeholderCalls >= 1, 'the report was made through the blocking load');
    release();
    assert.deepEqual(errors, [], 'console errors and warnings');
  });
});

// A file picked on the HTML intro while the app starts is imported the moment it is ready, which
// reaches deferred code (reading answers, the result) before the half can have arrived: the
// synchronous fallback loads it, nothing shows on the console, and the file's result is on screen.
test('a file opened on the HTML intro before ready is imported once the app is, by the fallback', async () => {
  let releaseWasm;
  const wasmHeld = new Promise((resolve) => { releaseWasm = resolve; });
  let releaseDeferred;
  const deferredHeld = new Promise((resolve) => { releaseDeferred = resolve; });
  const route = async (r) => {
    if (r.request().resourceType() !== 'xhr') await deferredHeld;
    await r.continue().catch(() => {});
  };
  await withPage('split-early-file', route, async (page, errors) => {
    await page.route('**/phasecheck.wasm', async (r) => { await wasmHeld; await r.continue(); });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'phasecheck-early-')), 'antworten.json');
    fs.writeFileSync(file, JSON.stringify(goldenAnswers(GOLDEN)));
    await page.goto(`${shared.server.url}?lang=de`);
    const open = page.locator('.intro-page[lang="de"] .intro-open');
    await open.waitFor({ state: 'visible' });
    await page.waitForFunction(() => window.phasecheck);  // boot.js, which listens on the intro, has run
    await page.evaluate(() => document.fonts.ready);  // the intro's font moves the button once it is in
    const box = await open.boundingBox();
    // Playwright takes over the file dialog only once its listener is registered: a round trip first.
    const choosing = page.waitForEvent('filechooser');
    await page.evaluate(() => 0);
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const chooser = await choosing;
    await chooser.setFiles(file);
    releaseWasm();
    await waitForAppReady(page);
    await widget(page, 'button:restart');
    assert.equal((await page.evaluate(() => window.phasecheck.result())).phase, 3);
    const state = await deferredState(page);
    assert.ok(state.placeholderCalls >= 1 && state.instantiated, `the fallback loaded the half: ${JSON.stringify(state)}`);
    releaseDeferred();
    assert.deepEqual(errors, [], 'console errors and warnings');
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  });
});

test('a deferred half that cannot be loaded is reported with the advice to reload', async () => {
  await withPage('split-missing', (route) => route.fulfill({ status: 404, body: 'gone' }), async (page) => {
    await page.goto(`${shared.server.url}?lang=en`);
    await page.waitForFunction(() => !document.getElementById('fatal').hidden, null, { timeout: 30000 });
    const fatal = await page.evaluate(() => document.getElementById('fatal').innerText);
    assert.match(fatal, /phasecheck\.deferred\.wasm: HTTP 404/);
    assert.match(fatal, /reload/i);
    assert.match((await deferredState(page)).failed, /HTTP 404/);
  });
});

// The list of what phasecheck.wasm keeps (cmake/first-question-functions.txt) is made by profiling the
// ways in first-question-ways.mjs. Walked again on the real build with the deferred half held back
// (its request, and the single file's compile of its inline copy), none of them may reach a placeholder.
// When one does, code on the way changed since the list was made.
async function holdDeferredHalf(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  // The blocking request of a placeholder (an XHR) is answered, so that a stale list fails here, not hangs.
  await context.route(DEFERRED, async (route) => {
    if (route.request().resourceType() !== 'xhr') await held;
    await route.continue().catch(() => {});
  });
  await context.exposeFunction('deferredHalfReleased', () => held);
  // The single file compiles both halves from its inline bytes: only the one that imports the first
  // half's exports ("primary") is the deferred half.
  await context.addInitScript(() => {
    const compile = WebAssembly.compile.bind(WebAssembly);
    WebAssembly.compile = (bytes, ...rest) => compile(bytes, ...rest).then((module) =>
      (WebAssembly.Module.imports(module).some((i) => i.module === 'primary') ? window.deferredHalfReleased().then(() => module) : module));
  });
  return release;
}

for (const way of WAYS) {
  test(`no placeholder reached before the deferred half arrived: ${way.name}`, async () => {
    const context = await shared.browser.newContext(way.context);
    const release = await holdDeferredHalf(context);
    const problems = [];
    context.on('page', (page) => page.on('pageerror', (error) => problems.push(String(error))));
    try {
      const app = await way.walk(context, { url: shared.server.url, dir: DIST });
      const state = await app.evaluate(() => window.phasecheck.deferredWasm());
      if (state.placeholderCalls === 0) assert.equal(state.instantiated, false, 'the deferred half was not held back: the walk proves nothing');
      assert.equal(state.placeholderCalls, 0,
        `${way.name}: the way to the first question reached ${state.placeholderCalls} function(s) of phasecheck.deferred.wasm `
        + `(table slots ${state.placeholders.join(', ')}) before it arrived. cmake/first-question-functions.txt is stale: `
        + 'regenerate it with `make first-question-functions` and commit it.');
      assert.deepEqual(problems, []);
    } finally {
      release();
      await context.close();
    }
  });
}
