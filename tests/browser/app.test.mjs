// End-to-end tests of the site in Debian's Chromium: the whole questionnaire through the UI with
// keyboard, mouse and touch; the JS API; language; no console errors; no request leaves the origin.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { act, click, DIST, idleScreenshot, launch, serve, visitApp, waitForWidgets, widget, widgets, waitForAppReady } from './lib.mjs';
import { addWorkerInitScript } from './gl-probe.mjs';
import { advance, goldenAnswers, swipe, typeInto, walkWithKeyboard, walkWithMouse, walkWithTouch } from './walk.mjs';

const questionnaire = JSON.parse(fs.readFileSync(path.join(DIST, 'questionnaire.json'), 'utf8'));
const allQuestions = questionnaire.sections.flatMap((s) => s.questions.map((q) => q.id));
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

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

const withApp = (name, options, query, fn) => visitApp(browser, server.url + query, options, name, fn);

// The result on screen must be what the core computes for the answers the UI collected.
async function assertResultMatches(page, expected, golden) {
  const shown = await page.evaluate(() => window.phasecheck.result());
  const answers = await page.evaluate(() => window.phasecheck.answers());
  const recomputed = await page.evaluate((a) => window.phasecheck.evaluate(a), answers);
  assert.deepEqual(shown, recomputed);
  assert.equal(shown.phase, expected.phase);
  assert.equal(shown.phase_id, expected.phase_id);
  for (const q of allQuestions) assert.equal(answers.answers[q], golden.answers[q], `answer to ${q}`);
  return shown;
}

test('keyboard only: the whole questionnaire, in German', async () => {
  const golden = goldenAnswers('phase3_redesign_de');
  await withApp('keyboard', DESKTOP, '?lang=de', async ({ page }) => {
    const visited = await walkWithKeyboard(page, golden);
    assert.deepEqual(visited, allQuestions);
    const result = await assertResultMatches(page, { phase: 3, phase_id: 'redesign' }, golden);
    assert.equal(result.lang, 'de');
    assert.equal(result.title, 'Neu gestalten');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'de');
  });
});

test('keyboard: Tab moves a visible focus, Space picks and moves on, Backspace goes back', async () => {
  await withApp('keyboard-nav', DESKTOP, '?lang=en', async ({ page }) => {
    await page.keyboard.press('Enter');  // the app has the keyboard from the start
    await widget(page, 'option:sales_stage:contact');
    // Nothing chosen yet: a hint, no move. The frame after the key shows that the app heard it.
    const { widgets: afterEnter } = await act(page, () => page.keyboard.press('Enter'));
    assert.ok(afterEnter.some((w) => w.id === 'option:sales_stage:contact'), 'still on the first question');
    let focused = [];
    for (let i = 0; i < 6 && focused[0] !== 'option:sales_stage:contact'; i++) {
      const previous = focused[0];
      await page.keyboard.press('Tab');
      // Wait for the frame that drew the new focus, not an earlier one.
      focused = (await waitForWidgets(page, (l) => l.some((w) => w.focused && w.id !== previous), 'the focus to move'))
        .filter((w) => w.focused).map((w) => w.id);
      assert.equal(focused.length, 1, `exactly one widget has focus: ${focused}`);
    }
    assert.equal(focused[0], 'option:sales_stage:contact');
    await page.keyboard.press(' ');
    await widget(page, 'option:playbook_documented:yes');  // picked, and on by itself
    assert.equal((await page.evaluate(() => window.phasecheck.answers())).answers.sales_stage, 'contact');
    await page.keyboard.press('Backspace');
    await widget(page, 'option:sales_stage:contact');
    // Back to change an answer: a digit changes it and stays; Enter goes on.
    const { widgets: changed } = await act(page, () => page.keyboard.press('3'));
    assert.ok(changed.some((w) => w.id === 'option:sales_stage:solution' && w.checked), 'digit chose, and stayed');
    await page.keyboard.press('Enter');
    await widget(page, 'option:playbook_documented:yes');
    await page.keyboard.press('Backspace');
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'option:sales_stage:solution'), 'back');
    assert.equal(list.find((w) => w.id === 'option:sales_stage:solution').checked, true, 'the answer is kept');
  });
});

test('mouse: the whole questionnaire with figures, in English', async () => {
  const golden = goldenAnswers('phase1_clear_en');
  await withApp('mouse', DESKTOP, '?lang=en', async ({ page }) => {
    const figures = { prior: { revenue: '10,000,000', sales_cost: '1,000,000', sales_fte: '10' },
                      current: { revenue: '12,000,000', sales_cost: '1,100,000', sales_fte: '11' } };
    await walkWithMouse(page, golden, figures);
    const result = await assertResultMatches(page, { phase: 1, phase_id: 'scale' }, golden);
    const answers = await page.evaluate(() => window.phasecheck.answers());
    assert.deepEqual(answers.economics, { prior: { revenue: 1e7, sales_cost: 1e6, sales_fte: 10 },
                                          current: { revenue: 1.2e7, sales_cost: 1.1e6, sales_fte: 11 } });
    assert.equal(result.economics.indicators.find((i) => i.id === 'sales_cost_ratio').current_text, '9.2%');
    await widget(page, 'button:cta');
  });
});

test('mouse: a figure that is not a number is refused in place and nothing is lost', async () => {
  const golden = goldenAnswers('phase1_clear_en');
  await withApp('figures', DESKTOP, '?lang=de', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), golden);
    await click(page, 'button:change');
    await widget(page, 'option:sales_stage:smarter');
    for (let i = 0; i < allQuestions.length; i++) await advance(page);
    await typeInto(page, 'field:current:revenue', '12.5.00');
    await click(page, 'button:next');
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'field:current:revenue' && w.error), 'an error');
    const field = list.find((w) => w.id === 'field:current:revenue');
    assert.match(field.error, /Bitte eine Zahl eingeben/);
    assert.equal(field.value, '12.5.00');
    assert.equal((await page.evaluate(() => window.phasecheck.answers())).answers.scale_unchanged, 'yes');
  });
});

test('touch on a phone: taps are single clicks where the finger is, swipes scroll', async () => {
  const golden = goldenAnswers('phase2_partly_figures_contradict_de');
  delete golden.economics;
  await withApp('touch', PHONE, '?lang=de', async ({ page }) => {
    const visited = await walkWithTouch(page, golden);
    assert.deepEqual(visited, allQuestions);
    await assertResultMatches(page, { phase: 2, phase_id: 'optimize' }, golden);
  });
});

test('scrolling a long result: a swipe moves the page with the finger and clicks nothing; so does the wheel', async () => {
  const golden = goldenAnswers('phase2_partly_figures_contradict_de');
  await withApp('scroll-touch', PHONE, '?lang=de', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), golden);
    const before = await widget(page, 'button:cta');
    const answersBefore = await page.evaluate(() => window.phasecheck.answers());
    // Start the swipe on the call-to-action button: a drag must not press it.
    await swipe(page, { x: 195, y: Math.min(700, before.y + 10) }, { x: 195, y: Math.min(700, before.y + 10) - 300 });
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:cta' && w.y < before.y - 200), 'scrolled');
    const moved = before.y - list.find((w) => w.id === 'button:cta').y;
    assert.ok(Math.abs(moved - 300) < 40, `the page followed the finger: moved ${moved} px for a 300 px swipe`);
    assert.deepEqual(await page.evaluate(() => window.phasecheck.answers()), answersBefore);
    assert.ok((await widgets(page)).some((w) => w.id === 'button:restart'), 'still on the result');
  });
  await withApp('scroll-wheel', DESKTOP, '?lang=de', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), golden);
    const before = await widget(page, 'button:restart');
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 400);
    await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:restart' && w.y < before.y - 300), 'scrolled by the wheel');
  });
});

// No WebGL 2 anywhere: the renderer's worker cannot make its context, the page reloads once to
// render on the page (as on a browser whose workers lack WebGL), and cannot there either.
test('without WebGL 2 the visitor gets an explanation, not a blank page', async () => {
  const context = await browser.newContext(DESKTOP);
  const noWebGl2 = () => {
    for (const Canvas of [self.HTMLCanvasElement, self.OffscreenCanvas]) {
      if (!Canvas) continue;
      const original = Canvas.prototype.getContext;
      Canvas.prototype.getContext = function (type, ...rest) {
        return type === 'webgl2' ? null : original.call(this, type, ...rest);
      };
    }
  };
  await context.addInitScript(noWebGl2);
  await addWorkerInitScript(context, noWebGl2);
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?lang=de');
    await page.waitForSelector('#fatal:not([hidden])');
    assert.match(await page.textContent('#fatal p'), /WebGL 2/);
    assert.equal(await page.isVisible('#loading'), false);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('phasecheck.pageRenderer')), '1', 'the page tried its own thread after the worker');
  } finally {
    await context.close();
  }
});

// Safari 16 has OffscreenCanvas but no WebGL in workers: the check reloads once, at start-up, and
// renders on the page for the rest of the session.
test('a browser whose workers lack WebGL 2 gets the check drawn on the page', async () => {
  const context = await browser.newContext(DESKTOP);
  await addWorkerInitScript(context, () => {
    const original = OffscreenCanvas.prototype.getContext;
    OffscreenCanvas.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?lang=de');
    await waitForAppReady(page);
    assert.equal(page.workers().filter((w) => /renderer\.js/.test(w.url())).length, 0, 'no renderer worker after the reload');
    const start = await widget(page, 'button:start');
    const shot = await idleScreenshot(page);
    const [r, g, b] = shot.png.pixel(Math.round(start.x + 8), Math.round(start.y + start.height / 2));
    assert.ok(Math.abs(r - g) + Math.abs(g - b) > 30, `the start button is drawn in its colour on the page's canvas, not blank: rgb(${r}, ${g}, ${b})`);
  } finally {
    await context.close();
  }
});

// What the visitor did on the HTML intro before that reload is kept: they switched it to English and
// pressed start while the worker was still loading; after the reload the check opens the first
// question, in English. The worker's script is held back until both presses are made.
test('presses on the HTML intro before the reload to the page\'s thread are kept', async () => {
  const context = await browser.newContext(DESKTOP);
  await addWorkerInitScript(context, () => {
    if (typeof document !== 'undefined') return;  // after the reload renderer.js runs on the page
    const original = OffscreenCanvas.prototype.getContext;
    OffscreenCanvas.prototype.getContext = function (type, ...rest) {
      return type === 'webgl2' ? null : original.call(this, type, ...rest);
    };
  });
  let pressed;
  const bothPressed = new Promise((resolve) => { pressed = resolve; });
  await context.route('**/renderer.js', async (route) => {
    await bothPressed;
    await route.fallback();
  });
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?lang=de');
    await page.locator('.intro-page[lang="de"] .intro-lang').click();
    await page.locator('.intro-page[lang="en"] .intro-start').click();
    assert.equal(await page.locator('.intro-page[lang="en"] .intro-start').getAttribute('aria-busy'), 'true', 'the start is kept for the app');
    pressed();
    await waitForAppReady(page);
    assert.equal(await page.evaluate(() => sessionStorage.getItem('phasecheck.pageRenderer')), '1', 'the page reloaded to draw on its own thread');
    assert.equal(page.workers().filter((w) => /renderer\.js/.test(w.url())).length, 0, 'no renderer worker after the reload');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en', 'the language chosen is in the address');
    const option = await widget(page, 'option:sales_stage:contact');
    assert.match(option.label, /^Contact selling/, 'the first question, in English');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('phasecheck.startPressed')), null, 'the kept press is used once');
    assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'canvas', 'the app has the focus the intro had');
  } finally {
    pressed();
    await context.close();
  }
});

// The worker's script does not come at all (a network error, a filter): its worker fails before
// boot.js listens to it (boot.js is held here until the head script, which started the worker, has
// kept the failure), and the page reloads once to draw on its own thread, where renderer.js comes as
// a script.
test('a renderer worker whose script fails to load before boot.js runs gets the check drawn on the page', async () => {
  const context = await browser.newContext(DESKTOP);
  let rendererRequests = 0;
  await context.route('**/renderer.js', async (route) => {
    rendererRequests++;
    if (rendererRequests === 1) await route.abort('failed');
    else await route.fallback();
  });
  let failureKept;
  const kept = new Promise((resolve) => { failureKept = resolve; });
  let bootRequests = 0;
  await context.route('**/boot.js', async (route) => {
    if (++bootRequests === 1) await kept;
    await route.fallback();
  });
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?lang=de', { waitUntil: 'commit' });
    await page.waitForFunction(() => window.phasecheckRendererWorker && window.phasecheckRendererWorker.failed);
    failureKept();
    await waitForAppReady(page);
    assert.equal(rendererRequests, 2, 'the worker\'s request, then the page\'s own after the reload');
    assert.equal(await page.evaluate(() => sessionStorage.getItem('phasecheck.pageRenderer')), '1', 'the page reloaded to draw on its own thread');
    assert.equal(page.workers().filter((w) => /renderer\.js/.test(w.url())).length, 0, 'no renderer worker after the reload');
    await widget(page, 'button:start');
  } finally {
    failureKept();
    await context.close();
  }
});

test('language switch changes every text and keeps the answers', async () => {
  const golden = goldenAnswers('phase3_redesign_de');
  await withApp('language', DESKTOP, '?lang=de', async ({ page }) => {
    const start = await widget(page, 'button:start');
    assert.equal(start.label, 'Check starten');
    await click(page, 'button:lang');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.equal((await widget(page, 'button:start')).label, 'Start the check');
    assert.equal(await page.title(), 'Sales Phase Check');
    await page.evaluate((a) => window.phasecheck.load(a), golden);
    await widget(page, 'button:restart');
    assert.equal((await page.evaluate(() => window.phasecheck.result())).title, 'Redesign');
    await click(page, 'button:lang');
    await page.waitForFunction(() => window.phasecheck.result()?.title === 'Neu gestalten');
  });
});

test('JS API: evaluate, load, answers, result and the result event', async () => {
  const golden = goldenAnswers('phase2_despite_exhausted_en');
  await withApp('api', DESKTOP, '?lang=en', async ({ page }) => {
    assert.equal(await page.evaluate(() => window.phasecheck.result()), null);
    const expected = JSON.parse(fs.readFileSync(path.join(DIST, '..', 'tests/golden/phase2_despite_exhausted_en.en.result.json'), 'utf8'));
    assert.deepEqual(await page.evaluate((a) => window.phasecheck.evaluate(a), golden), expected);
    assert.equal(await page.evaluate(() => window.phasecheck.result()), null, 'evaluate leaves the UI alone');

    const bad = await page.evaluate(() => window.phasecheck.evaluate({ schema: 'phasecheck.answers/1', answers: { scale_unchanged: 'maybe' } }));
    assert.match(bad.error, /\/answers\/scale_unchanged: unknown option "maybe"/);

    const eventDetail = page.evaluate(() => new Promise((resolve) =>
      window.addEventListener('phasecheck:result', (e) => resolve(e.detail), { once: true })));
    assert.equal(await page.evaluate((a) => window.phasecheck.load(a), golden), null);
    assert.deepEqual(await eventDetail, expected);
    await widget(page, 'button:restart');
    assert.deepEqual(await page.evaluate(() => window.phasecheck.result()), expected);

    const before = await page.evaluate(() => window.phasecheck.answers());
    for (const invalid of [{}, { schema: 'phasecheck.answers/1', answers: { scale_unchanged: 'yes' } },
                           { schema: 'other/1', answers: {} }]) {
      const refused = await page.evaluate((a) => window.phasecheck.load(a), invalid);
      assert.ok(refused && refused.error, `refused: ${JSON.stringify(invalid)}`);
      assert.ok(refused.problems.length > 0);
    }
    assert.deepEqual(await page.evaluate(() => window.phasecheck.answers()), before, 'state unchanged');
    assert.deepEqual(await page.evaluate(() => window.phasecheck.result()), expected);
  });
});

test('a broken content file is reported, not a blank page', async () => {
  const broken = fs.mkdtempSync('/tmp/phasecheck-broken-');
  fs.cpSync(DIST, broken, { recursive: true });
  const brand = JSON.parse(fs.readFileSync(path.join(broken, 'brand.json'), 'utf8'));
  brand.colours.primary = 'blue';
  fs.writeFileSync(path.join(broken, 'brand.json'), JSON.stringify(brand));
  const brokenServer = await serve(broken);
  const context = await browser.newContext(DESKTOP);
  const page = await context.newPage();
  try {
    await page.goto(brokenServer.url);
    await page.waitForSelector('#fatal:not([hidden])');
    assert.match(await page.textContent('#fatal pre'), /brand\.json: \/colours\/primary: "blue" is not a colour/);
  } finally {
    await context.close();
    brokenServer.close();
    fs.rmSync(broken, { recursive: true, force: true });
  }
});
