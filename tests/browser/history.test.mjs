// Issue #11, item 6: each step of the check is an entry in the browser's history. The browser's Back and
// Forward move between questions and lose nothing; the app's own Back keeps Forward working; Back past
// the first step leaves the page as usual; share links still load; embedded, the host's history is left alone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { click, cspViolations, launch, recordCspViolations, screenshotOnFailure, serve, waitForWidgets, widget, waitForAppReady } from './lib.mjs';
import { currentQuestion, goldenAnswers, pick } from './walk.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

// The app opened from another page, so that Back from its first step has somewhere to go.
async function withApp(name, options, query, fn) {
  const context = await browser.newContext(options);
  await recordCspViolations(context);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => { if (message.type() === 'error') errors.push(message.text()); });
  try {
    await page.goto('data:text/html,<title>before</title>');
    await page.goto(server.url + query);
    await waitForAppReady(page);
    await screenshotOnFailure(page, name, () => fn(page));
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(await cspViolations(page), [], 'Content-Security-Policy violations');
  } finally {
    await context.close();
  }
}

const answersNow = (page) => page.evaluate(() => window.phasecheck.answers());
const showing = (page, question, option) => waitForWidgets(page,
  (l) => l.some((w) => w.id === `option:${question}:${option}` && w.checked), `${question} with ${option}`);
const golden = goldenAnswers('phase1_clear_en');
const first = Object.keys(golden.answers).slice(0, 6);

test('Back and Forward move between questions and keep every answer; Back past the first step leaves', async () => {
  await withApp('history-desktop', DESKTOP, '?lang=en', async (page) => {
    const entries = await page.evaluate(() => history.length);
    await click(page, 'button:start');
    for (const question of first) await pick(page, `option:${question}:${golden.answers[question]}`);
    const seventh = await currentQuestion(page);
    assert.equal(await page.evaluate(() => history.length), entries + 7, 'one entry per step');

    await page.goBack();  // on the seventh question: to the sixth, not out of the check
    await showing(page, first[5], golden.answers[first[5]]);
    await page.goBack();
    await showing(page, first[4], golden.answers[first[4]]);
    await page.goForward();
    await showing(page, first[5], golden.answers[first[5]]);
    await page.goForward();
    await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith(`option:${seventh}:`)), seventh);
    assert.equal(Object.keys((await answersNow(page)).answers).length, 6, 'nothing lost');

    // The app's own Back steps the browser back with it: Forward returns to where the visitor was.
    await click(page, 'button:back');
    await showing(page, first[5], golden.answers[first[5]]);
    await page.goForward();
    await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith(`option:${seventh}:`)), `${seventh} again`);

    for (let i = 0; i < 7; i++) await page.goBack();
    await widget(page, 'button:start');
    assert.ok(page.url().startsWith(server.url), 'still the app on its first step');
    await Promise.all([page.waitForURL(/^data:/), page.goBack()]);  // past the first step: the page before
  });
});

test('on a phone, the back gesture (history back) goes to the question before, and a pick there waits', async () => {
  await withApp('history-phone', PHONE, '?lang=en', async (page) => {
    await click(page, 'button:start');
    for (const question of first.slice(0, 3)) await pick(page, `option:${question}:${golden.answers[question]}`);
    await page.evaluate(() => history.back());
    await showing(page, first[2], golden.answers[first[2]]);
    // Back to change an answer: the pick stays on this question (no auto-advance), "next" goes on.
    const other = (await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith(`option:${first[2]}:`)), first[2]))
      .find((w) => w.id.startsWith(`option:${first[2]}:`) && !w.checked);
    const { widgets: after } = await click(page, other.id);
    assert.ok(after.some((w) => w.id === other.id), 'still on that question');
    await showing(page, first[2], other.id.split(':')[2]);
    await click(page, 'button:next');
    await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith(`option:${first[3]}:`)), first[3]);
  });
});

test('a share link still loads its answers and leaves a clean address; its result is the first step', async () => {
  await withApp('history-link', DESKTOP, '?lang=en', async (page) => {
    assert.equal(await page.evaluate((a) => window.phasecheck.load(a), golden), null);
    const link = await page.evaluate(() => window.phasecheck.shareLink());
    await page.goto('about:blank');
    await page.goto(link);
    await waitForAppReady(page);
    await widget(page, 'button:restart');
    assert.ok(!page.url().includes('#'), 'the fragment is cleared');
    assert.deepEqual(await page.evaluate(() => history.state), { phasecheck: 'result', depth: 0 });
    await click(page, 'button:edit:scale_unchanged');
    await page.goBack();
    await widget(page, 'button:restart');
    assert.deepEqual((await answersNow(page)).answers, golden.answers);
  });
});

test('embedded in a host page the check writes no history entries', async () => {
  await withApp('history-embed', DESKTOP, '?lang=en&embed=1', async (page) => {
    const entries = await page.evaluate(() => history.length);
    await click(page, 'button:start');
    await pick(page, `option:${first[0]}:${golden.answers[first[0]]}`);
    assert.equal(await page.evaluate(() => history.length), entries);
    assert.equal(await page.evaluate(() => history.state), null);
  });
});

// A history entry is a round trip to the browser: before the canvas takes over, boot.js keeps the app's
// entries and writes them at ready, in order (issue #13). The entry a visitor steps back to is the same.
// The language, which the head script set already, is not written again at start; the app's title waits for ready.
test('no history entry, language or title is written before ready; the first step\'s entry is written at ready', async () => {
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__writes = [];
    const ready = () => document.documentElement.dataset.ready === '1';
    for (const name of ['pushState', 'replaceState']) {
      const original = History.prototype[name];
      History.prototype[name] = function (state, ...rest) {
        window.__writes.push({ what: name, ready: ready(), state: JSON.stringify(state) });
        return original.call(this, state, ...rest);
      };
    }
    const title = Object.getOwnPropertyDescriptor(Document.prototype, 'title');
    Object.defineProperty(Document.prototype, 'title', {
      get() { return title.get.call(this); },
      set(value) { window.__writes.push({ what: 'title', ready: ready() }); title.set.call(this, value); },
    });
    const lang = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'lang');
    Object.defineProperty(HTMLElement.prototype, 'lang', {
      get() { return lang.get.call(this); },
      set(value) {
        // The head script sets it before boot.js's first mark: that one is the page's own start.
        if (this === document.documentElement && performance.getEntriesByName('phasecheck:boot').length) {
          window.__writes.push({ what: 'lang', ready: ready() });
        }
        lang.set.call(this, value);
      },
    });
  });
  try {
    for (const lang of ['de', 'en']) {
      await page.goto(`${server.url}?lang=${lang}`);
      await waitForAppReady(page);
      const writes = await page.evaluate(() => window.__writes);
      assert.deepEqual(writes.filter((w) => !w.ready), [], `${lang}: nothing written before ready`);
      assert.deepEqual(writes, [
        { what: 'replaceState', ready: true, state: JSON.stringify({ phasecheck: 'intro', depth: 0 }) },
        { what: 'title', ready: true },
      ], `${lang}: the intro's entry and the app's title, once each, at ready`);
      assert.deepEqual(await page.evaluate(() => history.state), { phasecheck: 'intro', depth: 0 });
      assert.equal(await page.title(), lang === 'de' ? 'Phasencheck' : 'Sales Phase Check');
    }
  } finally {
    await context.close();
  }
});
