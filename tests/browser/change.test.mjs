// Issue #11, items 3, 4 and 12, with real input: "start over" can be undone; "continue without figures"
// keeps what was typed; one answer is changed from the result's overview and the result comes back in
// one step — by mouse, keyboard and touch, on a phone and on a desktop.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, click, launch, serve, settled, visitApp, waitForWidgets, widget, widgets } from './lib.mjs';
import { goldenAnswers, swipeTo, tap, typeInto } from './walk.mjs';

const STATE_KEY = 'phasecheck.state/1';
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

const withApp = (name, options, query, fn) => visitApp(browser, server.url + query, options, name, fn);

const stored = (page) => page.evaluate((k) => localStorage.getItem(k), STATE_KEY);
const answersNow = (page) => page.evaluate(() => window.phasecheck.answers());
const resultNow = (page) => page.evaluate(() => window.phasecheck.result());

// Loads answers through the API (the setup, not the thing tested) and waits for the result screen.
async function showResult(page, doc) {
  assert.equal(await page.evaluate((a) => window.phasecheck.load(a), doc), null);
  await widget(page, 'button:restart');
  await page.waitForFunction((k) => localStorage.getItem(k) !== null, STATE_KEY);  // autosaved
}

// The action button that belongs to the notice `id` ("button:notice_action:<n>").
function noticeAction(list, id) {
  const at = list.findIndex((w) => w.id === id);
  assert.ok(at >= 0, `notice ${id} shown`);
  const action = list.slice(at + 1).find((w) => w.id.startsWith('button:notice_action:'));
  assert.ok(action, `notice ${id} offers an action`);
  return action;
}

const questionShown = (list, question) => list.some((w) => w.id.startsWith(`option:${question}:`));

// Item 12: one answer changed from the result's overview, and the result back in one step.
test('one answer changed from the result with the mouse: three clicks, and next still walks', async () => {
  const golden = goldenAnswers('phase1_clear_en');
  await withApp('edit-mouse', DESKTOP, '?lang=en', async ({ page }) => {
    await showResult(page, golden);
    const row = await widget(page, 'button:edit:scale_unchanged');
    assert.match(row.label, /: Yes/);
    const { widgets: question } = await click(page, 'button:edit:scale_unchanged');
    assert.ok(question.some((w) => w.id === 'option:scale_unchanged:yes' && w.checked), 'that question, with its answer');
    assert.equal(question.find((w) => w.id === 'button:to_result').label, 'Show my result');
    await click(page, 'option:scale_unchanged:no');
    await waitForWidgets(page, (l) => l.some((w) => w.id === 'option:scale_unchanged:no' && w.checked), 'chosen');
    const { widgets: back } = await click(page, 'button:to_result');
    assert.ok(back.some((w) => w.id === 'button:restart'), 'the result, at once');
    const answers = await answersNow(page);
    assert.deepEqual(answers.answers, { ...golden.answers, scale_unchanged: 'no' });
    assert.deepEqual(await resultNow(page), await page.evaluate((a) => window.phasecheck.evaluate(a), answers));
    assert.notEqual((await resultNow(page)).phase, 1);

    // Back and next still work on a question opened from the result.
    await click(page, 'button:edit:market_exhaustion');
    const { widgets: next } = await click(page, 'button:next');
    assert.ok(questionShown(next, 'scaling_completed'), 'next goes on');
    assert.ok(next.some((w) => w.id === 'button:to_result'), 'and the way back stays');
    const { widgets: previous } = await click(page, 'button:back');
    assert.ok(questionShown(previous, 'market_exhaustion'), 'back goes back');
  });
});

test('one answer changed with the keyboard only: Tab to it, Enter, a digit, Tab to "show my result", Enter', async () => {
  const golden = goldenAnswers('phase1_clear_en');
  await withApp('edit-keyboard', DESKTOP, '?lang=de', async ({ page }) => {
    await showResult(page, golden);
    const tabTo = async (id) => {
      for (let i = 0; i < 120; i++) {
        const { widgets: list } = await act(page, () => page.keyboard.press('Tab'), `Tab towards ${id}`);
        if (list.some((w) => w.id === id && w.focused)) return;
      }
      throw new Error(`Tab never reached ${id}`);
    };
    await tabTo('button:edit:hiring_capacity');
    await page.keyboard.press('Enter');
    const question = await waitForWidgets(page, (l) => questionShown(l, 'hiring_capacity'), 'the question');
    const options = question.filter((w) => w.id.startsWith('option:hiring_capacity:'));
    const wanted = options.findIndex((w) => !w.checked);
    await page.keyboard.press(String(wanted + 1));
    await waitForWidgets(page, (l) => l.some((w) => w.id === options[wanted].id && w.checked), 'a digit chose');
    await tabTo('button:to_result');
    await page.keyboard.press('Enter');
    await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:restart'), 'the result');
    const chosen = options[wanted].id.split(':')[2];
    assert.deepEqual((await answersNow(page)).answers, { ...golden.answers, hiring_capacity: chosen });
    assert.ok(await resultNow(page), 'a result is shown');
  });
});

test('one answer changed by touch on a phone: tap the answer, tap the option, tap "Zum Ergebnis"', async () => {
  const golden = goldenAnswers('phase2_partly_figures_contradict_de');
  await withApp('edit-touch', PHONE, '?lang=de', async ({ page }) => {
    await showResult(page, golden);
    const { widgets: question } = await tap(page, 'button:edit:profitability_trend');
    assert.ok(questionShown(question, 'profitability_trend'), 'that question');
    const other = question.find((w) => w.id.startsWith('option:profitability_trend:') && !w.checked);
    await tap(page, other.id);
    await waitForWidgets(page, (l) => l.some((w) => w.id === other.id && w.checked), 'chosen');
    const target = await swipeTo(page, 'button:to_result');
    assert.equal(target.label, 'Zum Ergebnis');
    const { widgets: result } = await tap(page, 'button:to_result');
    assert.ok(result.some((w) => w.id === 'button:restart'), 'the result');
    assert.equal((await answersNow(page)).answers.profitability_trend, other.id.split(':')[2]);
  });
});

// Item 4: figures typed before "continue without figures" are kept.
test('continue without figures: the typed figures stay out of the result, stay in their fields and in storage, and can be used', async () => {
  const golden = goldenAnswers('phase1_clear_en');
  delete golden.economics;
  await withApp('skip-figures', DESKTOP, '?lang=de', async ({ page }) => {
    await showResult(page, golden);
    // Backspace goes back from the result to the figures step (a click on the page's margin gives it the keys).
    await act(page, () => page.mouse.click(12, 400));
    await act(page, () => page.keyboard.press('Backspace'));
    await widget(page, 'field:prior:revenue');
    await typeInto(page, 'field:prior:revenue', '10.000.000');
    await typeInto(page, 'field:current:revenue', '12.000.000');
    const { widgets: result } = await click(page, 'button:skip_figures');
    assert.ok(result.some((w) => w.id === 'button:restart'), 'the result');
    assert.equal((await resultNow(page)).economics, null, 'the result does without the figures');
    assert.equal((await answersNow(page)).economics, undefined);

    await act(page, () => page.keyboard.press('Backspace'));
    const fields = await waitForWidgets(page, (l) => l.some((w) => w.id === 'field:prior:revenue'), 'the figures step');
    assert.equal(fields.find((w) => w.id === 'field:prior:revenue').value, '10.000.000', 'what was typed is still there');
    assert.equal(fields.find((w) => w.id === 'field:current:revenue').value, '12.000.000');

    const { widgets: again } = await click(page, 'button:skip_figures');
    const note = again.find((w) => w.id === 'button:use_figures');
    assert.ok(note, 'the result says the figures are left out, and offers them');
    assert.equal(note.label, 'Zahlen verwenden');
    const state = JSON.parse(await stored(page));
    assert.match(JSON.stringify(state.answers.meta), /10\.000\.000/, 'the saved state keeps them');
    await click(page, 'button:use_figures');
    await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:restart') && !l.some((w) => w.id === 'button:use_figures'), 'the result with figures');
    const withFigures = await resultNow(page);
    assert.ok(withFigures.economics, 'now the figures count');
    assert.deepEqual((await answersNow(page)).economics, { prior: { revenue: 1e7 }, current: { revenue: 1.2e7 } });
  });
});

// Item 3: "start over" can be undone, and is not where "change answers" was.
test('start over on a phone: far from "change answers", deletes everything, and one tap brings it all back', async () => {
  const golden = goldenAnswers('phase2_partly_figures_contradict_de');
  const doc = { ...golden, meta: { company: 'Müller GmbH', notes: 'Workshop im März' } };
  await withApp('restart-undo-touch', PHONE, '?lang=de', async ({ page }) => {
    await showResult(page, doc);
    const list = await widgets(page);
    const change = list.find((w) => w.id === 'button:change');
    const restart = list.find((w) => w.id === 'button:restart');
    assert.ok(restart.y - (change.y + change.height) > 300, `"start over" sits ${restart.y - change.y - change.height} px below "change answers"`);
    assert.ok(list.some((w) => w.id === 'field:company' && w.y > change.y && w.y < restart.y), 'the meeting fields lie between them');

    const answersBefore = await answersNow(page);
    const resultBefore = await resultNow(page);
    const storedBefore = await stored(page);
    assert.equal(answersBefore.meta.company, 'Müller GmbH');

    await tap(page, 'button:restart');
    const after = await waitForWidgets(page, (l) => l.some((w) => w.id === 'notice:restarted'), 'the undo notice');
    assert.ok(after.some((w) => w.id === 'button:start'), 'back on the intro');
    assert.match(after.find((w) => w.id === 'notice:restarted').label, /gelöscht/);
    assert.equal(await stored(page), null, 'the saved state is deleted at once');
    assert.deepEqual((await answersNow(page)).answers, {});
    assert.equal(await resultNow(page), null);

    const undo = noticeAction(after, 'notice:restarted');
    assert.equal(undo.label, 'Rückgängig machen');
    await tap(page, undo.id);
    const back = await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:restart') && !l.some((w) => w.id === 'notice:restarted'), 'the result again');
    assert.equal(back.find((w) => w.id === 'field:company').value, 'Müller GmbH');
    assert.equal(back.find((w) => w.id === 'field:notes').value, 'Workshop im März');
    assert.deepEqual(await answersNow(page), answersBefore);
    assert.deepEqual(await resultNow(page), resultBefore);
    await settled(page);
    assert.equal(await stored(page), storedBefore, 'the saved state is back, byte for byte');
  });
});

test('start over with the mouse: the undo stays through the first new answer and goes once the visitor moves on', async () => {
  await withApp('restart-expiry', DESKTOP, '?lang=en', async ({ page }) => {
    await showResult(page, goldenAnswers('phase1_clear_en'));
    await click(page, 'button:restart');
    await widget(page, 'notice:restarted');
    await click(page, 'button:start');
    await click(page, 'button:help');  // with the help open a pick waits for "next" (no auto-advance)
    await click(page, 'option:sales_stage:product');
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'option:sales_stage:product' && w.checked), 'chosen');
    assert.equal(noticeAction(list, 'notice:restarted').label, 'Undo');
    const { widgets: next } = await click(page, 'button:next');
    assert.ok(questionShown(next, 'playbook_documented'), 'the next question');
    assert.ok(!next.some((w) => w.id === 'notice:restarted'), 'the undo is gone');
    assert.deepEqual((await answersNow(page)).answers, { sales_stage: 'product' });
    // The page sleeps meanwhile: no frame is owed, none is drawn.
    const idle = await settled(page);
    const frames = await page.evaluate(() => new Promise((resolve) => {
      let n = 0;
      const tick = () => (++n < 30 ? requestAnimationFrame(tick) : resolve(window.phasecheck.frame()));
      requestAnimationFrame(tick);
    }));
    assert.equal(frames.number, idle.number, 'no frames drawn while nothing happens');
  });
});
