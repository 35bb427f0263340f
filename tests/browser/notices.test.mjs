// Issue #11, item 7, with real input: a notice appears where the visitor is looking — over the
// bottom of the visible page — and moves nothing: the button just clicked or tapped keeps its exact
// rectangle, on a phone and on a desktop, far down a long page. Its actions are reachable by keyboard.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, centre, click, launch, serve, settled, visibleWidget, visitApp, waitForWidgets, widget } from './lib.mjs';
import { goldenAnswers, swipeTo } from './walk.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };
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

const rect = (w) => ({ x: w.x, y: w.y, width: w.width, height: w.height });

// The notice and each of its buttons lie wholly inside the viewport.
function assertInView(page, list, id) {
  const { width, height } = page.viewportSize();
  const at = list.findIndex((w) => w.id === id);
  assert.ok(at >= 0, `${id} shown: ${list.map((w) => w.id).join(', ')}`);
  const own = [list[at], ...list.slice(at + 1).filter((w) => w.id.startsWith('button:') && /:\d+$/.test(w.id)).slice(0, 3)];
  for (const w of own) {
    assert.ok(w.y >= 0 && w.y + w.height <= height && w.x >= 0 && w.x + w.width <= width,
              `${w.id} inside the ${width}×${height} viewport: ${JSON.stringify(rect(w))}`);
  }
}

async function showResult(page, name) {
  assert.equal(await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers(name)), null);
  await widget(page, 'button:restart');
}

for (const [device, options, press] of [
  ['desktop, mouse', DESKTOP, (page, w) => page.mouse.click(centre(w).x, centre(w).y)],
  ['phone, touch', PHONE, (page, w) => page.touchscreen.tap(centre(w).x, centre(w).y)],
]) {
  test(`${device}: "Link kopieren" far down the result keeps its place; its notice is in view`, async () => {
    await withApp(`notice-copy-${options.viewport.width}`, { ...options, ...CLIPBOARD }, '?lang=de', async ({ page }) => {
      await showResult(page, 'phase2_partly_figures_contradict_de');
      const button = options.hasTouch ? await swipeTo(page, 'button:copy_link') : await visibleWidget(page, 'button:copy_link');
      assert.ok(button.y > 0, 'the page is scrolled: the button is not at the top');
      const { widgets: before } = await settled(page);
      await act(page, () => press(page, button), 'the frame after pressing "Link kopieren"');
      const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'notice:link_copied'), 'the "copied" notice');
      assert.deepEqual(rect(list.find((w) => w.id === 'button:copy_link')), rect(button), 'the button did not move');
      for (const w of before) {
        const now = list.find((x) => x.id === w.id);
        if (now) assert.deepEqual(rect(now), rect(w), `${w.id} did not move`);
      }
      assertInView(page, list, 'notice:link_copied');
      assert.match(list.find((w) => w.id === 'notice:link_copied').label, /^Link kopiert/);
    });
  });
}

test('a file that cannot be opened, dropped far down the page: the alert is in view and nothing moves', async () => {
  await withApp('notice-file', PHONE, '?lang=en', async ({ page }) => {
    await showResult(page, 'phase1_clear_en');
    const before = await visibleWidget(page, 'button:copy_link');
    await act(page, () => page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['not json at all'], 'notes.txt', { type: 'text/plain' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }), 'the frame after the drop');
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'notice:import_failed'), 'the refusal');
    assert.equal(list.find((w) => w.id === 'notice:import_failed').role, 'alert');
    assert.deepEqual(rect(list.find((w) => w.id === 'button:copy_link')), rect(before), 'nothing moved');
    assertInView(page, list, 'notice:import_failed');
  });
});

test('"Rückgängig machen" is reached with Tab and works with Enter', async () => {
  await withApp('notice-keyboard', DESKTOP, '?lang=de', async ({ page }) => {
    await showResult(page, 'phase3_redesign_de');
    const answers = await page.evaluate(() => window.phasecheck.answers());
    await click(page, 'button:restart');
    const shown = await waitForWidgets(page, (l) => l.some((w) => w.id === 'notice:restarted'), 'the undo notice');
    assertInView(page, shown, 'notice:restarted');
    let focused = null;
    for (let i = 0; i < 20 && focused !== 'button:notice_action:0'; i++) {
      const { widgets: list } = await act(page, () => page.keyboard.press('Tab'), `Tab ${i + 1}`);
      focused = list.find((w) => w.focused)?.id ?? null;
    }
    assert.equal(focused, 'button:notice_action:0', 'Tab reaches the undo');
    await act(page, () => page.keyboard.press('Enter'), 'the frame after Enter');
    await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:restart') && !l.some((w) => w.id === 'notice:restarted'), 'the result again');
    assert.deepEqual(await page.evaluate(() => window.phasecheck.answers()), answers);
    await settled(page);
  });
});
