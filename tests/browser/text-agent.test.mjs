// The text input laid over a drawn field while it is edited (issue #11): it shows the text exactly as
// the canvas draws it (typeface, size, line, inset), and an on-screen keyboard that shrinks the
// visual viewport does not hide it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, click, launch, serve, settled, visitApp, waitForScreen, widget } from './lib.mjs';
import { decodePng } from './png.mjs';
import { goldenAnswers, swipeTo } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const withApp = (name, options, fn) => visitApp(browser, server.url + '?lang=de', options, name, fn);

const inputOpen = (page) => page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('text-agent'));
const inputClosed = (page) => page.waitForFunction(() => !document.querySelector('.text-agent'));

async function showResult(page) {
  await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
  await widget(page, 'button:restart');
}

// The field's inside (border and rounded corners left out) as on screen, CSS px.
const inside = (field) => ({ x: field.x + 5, y: field.y + 4, width: field.width - 10, height: field.height - 8 });

// The box around the dark (text) pixels of a screenshot of `inside(field)`, in page CSS px.
function ink(png, field, ratio) {
  const area = inside(field);
  const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
  const background = png.pixel(1, Math.round(png.height / 2));
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const p = png.pixel(x, y);
      if (Math.abs(p[0] - background[0]) + Math.abs(p[1] - background[1]) + Math.abs(p[2] - background[2]) < 200) continue;
      box.left = Math.min(box.left, area.x + x / ratio);
      box.right = Math.max(box.right, area.x + (x + 1) / ratio);
      box.top = Math.min(box.top, area.y + y / ratio);
      box.bottom = Math.max(box.bottom, area.y + (y + 1) / ratio);
    }
  }
  return box;
}

// The field as on screen while the app is idle: taken again if the app drew in between.
async function fieldShot(page, field) {
  for (let attempt = 0; attempt < 5; attempt++) {
    const { number } = await settled(page);
    const png = decodePng(await page.screenshot({ clip: inside(field) }));
    if ((await page.evaluate(() => window.phasecheck.frame().number)) === number) return png;
  }
  throw new Error('the app kept drawing while the field was photographed');
}

for (const [device, options, ratio] of [
  ['a desktop', { viewport: { width: 1100, height: 900 } }, 1],
  ['a phone at pixel ratio 3', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true }, 3],
]) {
  test(`on ${device}, the input over a field shows the text in the app's typeface, size and place`, async () => {
    await withApp('agent-font', options, async ({ page }) => {
      await showResult(page);
      const text = 'Hgjy Äpfel';
      await page.evaluate(() => document.fonts.ready);
      // Typed through the input, then drawn by the canvas once the input is gone. (One wheel turn
      // brings the field near the top: the result is long on a phone.)
      const far = await widget(page, 'field:company');
      await page.mouse.move(100, 100);
      await act(page, () => page.mouse.wheel(0, far.y - 200), 'the frame after the wheel');
      await click(page, 'field:company');
      await inputOpen(page);
      await page.keyboard.type(text);
      const field = (await waitForScreen(page, (l) => l.find((w) => w.id === 'field:company')?.value === text, 'the typed name')).widgets
        .find((w) => w.id === 'field:company');
      const style = await page.evaluate(() => {
        const el = document.querySelector('.text-agent');
        el.style.caretColor = 'transparent';  // the caret is no text
        const s = getComputedStyle(el);
        return { fontSize: parseFloat(s.fontSize), lineHeight: parseFloat(s.lineHeight), fontFamily: s.fontFamily,
                 loaded: document.fonts.check(`${s.fontSize} "Phasecheck Inter"`) };
      });
      assert.ok(Math.abs(style.fontSize - field.font_size) < 0.05, `font size ${style.fontSize}, the app draws ${field.font_size}`);
      assert.ok(field.font_size > 13 && field.font_size < 15.5, `the app reports Inter's CSS size (${field.font_size})`);
      assert.equal(style.lineHeight, field.line_height, 'line height');
      assert.match(style.fontFamily, /^"Phasecheck Inter"/);
      assert.equal(style.loaded, true, 'the app\'s Inter is loaded for the input');

      const editing = ink(await fieldShot(page, field), field, ratio);
      await act(page, () => page.keyboard.press('Escape'), 'the frame after leaving the field');
      await inputClosed(page);
      const drawn = ink(await fieldShot(page, field), field, ratio);
      // The canvas does not kern and snaps glyphs to pixels at ratio 1: the line's end may drift by a
      // pixel or two over its length; where it starts and its height must not.
      const drift = { left: 1, top: 1, bottom: 1, right: Math.max(1.5, (drawn.right - drawn.left) * 0.02) };
      for (const side of ['left', 'top', 'right', 'bottom']) {
        assert.ok(Math.abs(editing[side] - drawn[side]) <= drift[side],
          `${side}: text in the input ${editing[side]}, on the canvas ${drawn[side]} (${JSON.stringify({ editing, drawn })})`);
      }
    });
  });
}

// ---- The on-screen keyboard (item 15)

// Zooms the page in (as a pinch does): the visual viewport shrinks to its top part while the page
// and canvas keep their size: what an on-screen keyboard does to a fixed page, through the same
// window.visualViewport resize. Resolves once the page saw the resize.
async function shrinkVisualViewport(page, scale) {
  const cdp = await page.context().newCDPSession(page);
  await page.evaluate(() => { window.__vvResized = new Promise((r) => window.visualViewport.addEventListener('resize', r, { once: true })); });
  await cdp.send('Emulation.setPageScaleFactor', { pageScaleFactor: scale });
  await page.evaluate(() => window.__vvResized);
  await cdp.detach();
}

test('on a phone, a field near the bottom that the keyboard would cover is scrolled into the visible part', async () => {
  const options = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  await withApp('agent-keyboard', options, async ({ page }) => {
    await showResult(page);
    // The company field brought to the lower part of the screen with swipes, then tapped.
    let field = await swipeTo(page, 'field:company');
    for (let i = 0; i < 10 && field.y < 500; i++) {
      const { widgets } = await act(page, async () => {
        const cdp = await page.context().newCDPSession(page);
        const point = (y) => [{ x: 195, y, id: 1 }];
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(300) });
        for (let y = 310; y <= 420; y += 10) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(y) });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
        await cdp.detach();
      }, 'the frame after a swipe down');
      field = widgets.find((w) => w.id === 'field:company');
    }
    assert.ok(field.y >= 500 && field.y + field.height <= 844, `the field sits low: ${field.y}`);
    await act(page, () => page.touchscreen.tap(field.x + 20, field.y + field.height / 2), 'the frame after the tap');
    await inputOpen(page);

    await shrinkVisualViewport(page, 2);
    const view = await page.evaluate(() => ({ top: window.visualViewport.offsetTop, height: window.visualViewport.height }));
    assert.ok(view.height < 450, `the visual viewport shrank to ${view.height}`);
    const moved = (await waitForScreen(page, (l) => {
      const w = l.find((x) => x.id === 'field:company');
      return w && w.y >= view.top && w.y + w.height <= view.top + view.height;
    }, 'the field inside the visual viewport')).widgets.find((w) => w.id === 'field:company');
    assert.ok(moved.y < field.y, `the page scrolled the field up: ${field.y} → ${moved.y}`);
    // The input follows the field, and it still has the focus.
    const input = await page.evaluate(() => {
      const r = document.activeElement.getBoundingClientRect();
      return { cls: document.activeElement.className, top: r.top, bottom: r.bottom };
    });
    assert.equal(input.cls, 'text-agent');
    assert.ok(input.top >= view.top && input.bottom <= view.top + view.height, `the input is visible: ${input.top}..${input.bottom}`);
  });
});
