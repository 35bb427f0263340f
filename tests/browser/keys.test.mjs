// Issue #11, item 5, with real keys: the app has the keyboard from the start (not when embedded), Tab
// shows a focus ring on every screen, ArrowDown walks the result in Tab order, Tab goes from one figure
// field straight into typing in the next, and every figure field names its figure and year. Issue #14:
// after a field opened with Enter and left with Tab, Enter presses the next button.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, click, idleScreenshot, launch, openFieldByKey, pressUntilFocused, serve, settled, visitApp, waitForWidgets, widget, widgets } from './lib.mjs';
import { goldenAnswers } from './walk.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };
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

const withApp = (name, query, fn) => visitApp(browser, server.url + query, DESKTOP, name, fn);

const focusedIds = (list) => list.filter((w) => w.focused).map((w) => w.id);
const activeInput = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return el && el.classList.contains('text-agent') ? { label: el.getAttribute('aria-label'), value: el.value } : null;
});

// The pixels just outside a widget's top edge, where the focus ring is drawn (3 px wide, 3 px out).
function ringPixels(png, w) {
  const y = Math.round(w.y - 3);
  const pixels = [];
  for (let x = Math.round(w.x + w.width * 0.25); x < w.x + w.width * 0.75; x += 4) pixels.push(png.pixel(x, y).slice(0, 3).join(','));
  return pixels;
}

test('right after load Enter starts the check; embedded, the page leaves the keyboard to the host', async () => {
  await withApp('keys-load', '?lang=en', async ({ page }) => {
    assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas', 'the app has the keyboard');
    await page.keyboard.press('Enter');
    await widget(page, 'option:sales_stage:contact');
  });
  await withApp('keys-load-embedded', '?lang=en&embed=1', async ({ page }) => {
    assert.notEqual(await page.evaluate(() => document.activeElement.id), 'canvas', 'no focus taken inside a host page');
  });
});

test('Tab, Tab, Tab, Enter on "start": Tab keeps working on the next screen, with a visible focus ring', async () => {
  await withApp('keys-ring', '?lang=en', async ({ page }) => {
    await pressUntilFocused(page, 'Tab', 'button:start');
    await page.keyboard.press('Enter');
    await widget(page, 'option:sales_stage:contact');
    const before = await idleScreenshot(page);
    assert.deepEqual(focusedIds(before.widgets), [], 'a new screen starts without a focused widget');
    const { widgets: list } = await act(page, () => page.keyboard.press('Tab'));
    const focused = list.filter((w) => w.focused);
    assert.equal(focused.length, 1, 'Tab put the focus on one widget');
    const after = await idleScreenshot(page);
    const ring = ringPixels(after.png, focused[0]);
    const plain = ringPixels(before.png, focused[0]);
    assert.equal(new Set(ring).size, 1, `one solid colour along the ring: ${[...new Set(ring)]}`);
    assert.notDeepEqual(ring, plain, 'the ring shows where the focus is');
    // Tab goes on through the screen.
    const { widgets: next } = await act(page, () => page.keyboard.press('Tab'));
    assert.notDeepEqual(focusedIds(next), [focused[0].id], 'the second Tab moved on');
  });
});

test('on the result ArrowDown and ArrowUp step through the widgets in Tab order, Print, Save and Copy link included', async () => {
  await withApp('keys-arrows', '?lang=en', async ({ page }) => {
    assert.equal(await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en')), null);
    await widget(page, 'button:restart');
    const order = (await widgets(page)).filter((w) => w.role !== 'status' && w.role !== 'alert').map((w) => w.id);
    const from = order.indexOf('field:notes');
    const to = order.indexOf('button:restart');
    assert.ok(from > 0 && to > from, 'notes, then the buttons, then start over');
    const expected = order.slice(from + 1, to + 1);
    for (const id of ['button:print', 'button:save', 'button:copy_link']) assert.ok(expected.includes(id), id);

    await pressUntilFocused(page, 'Tab', 'field:notes', 60);
    const walked = [];
    for (const id of expected) {
      const { widgets: list } = await act(page, () => page.keyboard.press('ArrowDown'), `ArrowDown towards ${id}`);
      walked.push(focusedIds(list)[0]);
    }
    assert.deepEqual(walked, expected);
    const back = [];
    for (let i = 0; i < expected.length; i++) {
      const { widgets: list } = await act(page, () => page.keyboard.press('ArrowUp'));
      back.push(focusedIds(list)[0]);
    }
    assert.deepEqual(back, [...expected.slice(0, -1).reverse(), 'field:notes']);
    assert.equal(await activeInput(page), null, 'arrows never open a field');
  });
});

test('figures: Tab goes straight into typing in the next field, Shift+Tab back; each field names figure and year', async () => {
  await withApp('keys-figures', '?lang=de', async ({ page }) => {
    assert.equal(await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en')), null);
    await click(page, 'button:edit:last_optimization');  // the last question, then on to the figures
    await click(page, 'button:next');
    const fields = (await waitForWidgets(page, (l) => l.some((w) => w.id === 'field:prior:revenue'), 'the figures'))
      .filter((w) => w.role === 'textbox');
    assert.equal(fields.length, 10);
    assert.equal(fields.find((w) => w.id === 'field:prior:revenue').label, 'Umsatz (€), Geschäftsjahr davor');
    assert.equal(fields.find((w) => w.id === 'field:current:sales_fte').label, 'Verkäufer (Vollzeitstellen), letztes Geschäftsjahr');
    assert.equal(new Set(fields.map((w) => w.label)).size, fields.length, 'no two fields share a label');

    await click(page, 'field:prior:revenue');
    await page.waitForFunction(() => document.activeElement.classList.contains('text-agent'));
    assert.equal((await activeInput(page)).label, 'Umsatz (€), Geschäftsjahr davor');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('9.000.000');
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement.getAttribute('aria-label') === 'Umsatz (€), letztes Geschäftsjahr');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('9.500.000');
    await page.keyboard.press('Shift+Tab');
    await page.waitForFunction(() => document.activeElement.getAttribute('aria-label') === 'Umsatz (€), Geschäftsjahr davor');
    assert.equal((await activeInput(page)).value, '9.000.000', 'the first field, as typed');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.text-agent'));
    const list = (await settled(page)).widgets;
    assert.equal(list.find((w) => w.id === 'field:prior:revenue').value, '9.000.000');
    assert.equal(list.find((w) => w.id === 'field:current:revenue').value, '9.500.000');
    assert.deepEqual(focusedIds(list), ['field:prior:revenue'], 'the keyboard focus stays with the field left');
  });
});

// The figures of a complete check, reached from its result: its last question, then "Weiter".
const LAST_FIGURE = 'field:current:new_customer_revenue';
async function figuresFromResult(page) {
  assert.equal(await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en')), null);
  await click(page, 'button:edit:last_optimization');
  await click(page, 'button:next');
}

// Tab to the last figure, open it with Enter held until the input is there (as a person holds a key),
// type `value` over its text and leave it with Tab.
async function retypeLastFigureAndTab(page, value) {
  await waitForWidgets(page, (l) => l.some((w) => w.id === LAST_FIGURE), 'the figures');
  await pressUntilFocused(page, 'Tab', LAST_FIGURE);
  await openFieldByKey(page, 'Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type(value);
  await page.keyboard.press('Tab');
}

// The Enter that opened a field is released in the page's input over it, where the canvas cannot see
// it: ImGui held Enter down and took its next press for no change (issue #14). Three rounds: each
// opens the field with Enter held until the input is there, as a person holds a key.
test('figures: a field opened with Enter and left with Tab, Enter presses the button after it', async () => {
  await withApp('keys-open-tab-enter', '?lang=de', async ({ page }) => {
    await figuresFromResult(page);
    const last = LAST_FIGURE;
    const typed = ['1.100.000', '1.200.000', '1.300.000'];
    for (const [round, value] of typed.entries()) {
      await retypeLastFigureAndTab(page, value);
      const list = await waitForWidgets(page, (l) => focusedIds(l)[0] === 'button:back', `round ${round}: Tab on to "Zurück"`);
      assert.equal(list.find((w) => w.id === last).value, value);
      assert.equal(await activeInput(page), null, 'no field open');
      await page.keyboard.press('Enter');
      await widget(page, 'option:last_optimization:never');  // "Zurück": the last question
      await click(page, 'button:next');
    }
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === last), 'the figures, once more');
    assert.equal(list.find((w) => w.id === last).value, typed.at(-1), 'the figure as typed last');
  });
});

// Tab and Enter at once, before the frame after Tab: the focus moved on only in that frame's drawing,
// after the frame's start had given Enter to the field still focused, which opened again (issue #14).
test('figures: Tab out of a field and Enter straight after it press the button after the field', async () => {
  await withApp('keys-tab-enter-at-once', '?lang=de', async ({ page }) => {
    await figuresFromResult(page);
    const last = LAST_FIGURE;
    for (const [round, value] of ['2.100.000', '2.200.000', '2.300.000'].entries()) {
      await retypeLastFigureAndTab(page, value);
      await page.keyboard.press('Enter');  // no wait for a frame in between
      await widget(page, 'option:last_optimization:never');  // "Zurück": the last question
      assert.equal(await activeInput(page), null, `round ${round}: the field did not open again`);
      await click(page, 'button:next');
    }
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === last), 'the figures, once more');
    assert.equal(list.find((w) => w.id === last).value, '2.300.000', 'the figure as typed last');
  });
});
