// What the visitor sees: sharp on HiDPI and zoom, light and dark themes, layouts from 360 px
// phones to 1920 px desktops, and the canvas following resizes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { idleScreenshot, launch, nextFrame, openApp, screenshotOnFailure, serve, settled, waitForWidgets, widget } from './lib.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

async function canvasSize(page) {
  return page.evaluate(() => {
    const c = document.getElementById('canvas');
    const rect = c.getBoundingClientRect();
    return { width: c.width, height: c.height, css: rect.width, cssHeight: rect.height, dpr: devicePixelRatio };
  });
}

// The app sizes the canvas when it draws: each idle screen after `after` is checked, until one
// has the size (or no further frame comes, and nextFrame says so).
async function waitForCanvas(page, predicate, what, after = -1) {
  for (;;) {
    const { number } = await nextFrame(page, after, `the canvas ${what}, now ${JSON.stringify(await canvasSize(page))}`);
    const size = await canvasSize(page);
    if (predicate(size)) return size;
    after = number;
  }
}

for (const dpr of [1, 2, 3]) {
  test(`backing store is CSS size × devicePixelRatio ${dpr}`, async () => {
    const { page, context } = await openApp(browser, server.url, { viewport: { width: 800, height: 600 }, deviceScaleFactor: dpr });
    const size = await waitForCanvas(page, (s) => s.width === Math.round(s.css * dpr), 'sharp');
    assert.equal(size.height, Math.round(size.cssHeight * dpr));
    await context.close();
  });
}

test('pixel ratio changes at run time (zoom) and resizes are followed', async () => {
  const { page, context } = await openApp(browser, server.url, { viewport: { width: 800, height: 600 } });
  const cdp = await context.newCDPSession(page);
  // A real zoom changes the ratio and fires "resize"; DevTools' override changes only the ratio,
  // so the test fires the event the browser would.
  const zoom = async (metrics) => {
    const before = await settled(page);
    await cdp.send('Emulation.setDeviceMetricsOverride', { ...metrics, mobile: false });
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    return before.number;
  };
  let before = await zoom({ width: 800, height: 600, deviceScaleFactor: 2 });
  await waitForCanvas(page, (s) => s.dpr === 2 && s.width === 1600, 'at ratio 2', before);
  before = await zoom({ width: 1000, height: 700, deviceScaleFactor: 1.5 });
  await waitForCanvas(page, (s) => s.width === 1500 && s.height === 1050, 'at 1000×700 ratio 1.5', before);
  await context.close();
});

for (const scheme of ['light', 'dark']) {
  test(`${scheme} theme follows prefers-color-scheme`, async () => {
    const { page, context } = await openApp(browser, server.url, { viewport: { width: 600, height: 400 }, colorScheme: scheme });
    const { png } = await idleScreenshot(page);
    const [r, g, b] = png.pixel(5, png.height - 5);
    const luminance = (r + g + b) / 3;
    if (scheme === 'dark') assert.ok(luminance < 60, `dark background, got ${r},${g},${b}`);
    else assert.ok(luminance > 200, `light background, got ${r},${g},${b}`);
    await context.close();
  });
}

for (const width of [360, 390, 768, 1280, 1920]) {
  test(`layout fits ${width} px: nothing wider than the viewport, start button reachable`, async () => {
    const { page, context } = await openApp(browser, server.url + '?lang=de', { viewport: { width, height: 800 } });
    await screenshotOnFailure(page, `layout-${width}`, async () => {
      const start = await widget(page, 'button:start');
      assert.ok(start.x >= 8 && start.x + start.width <= width - 8, `start button inside: ${JSON.stringify(start)}`);
      await page.mouse.click(start.x + start.width / 2, start.y + start.height / 2);
      const list = await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith('option:')), 'the first question');
      for (const w of list) assert.ok(w.x >= 0 && w.x + w.width <= width, `${w.id} inside the viewport`);
      const cards = list.filter((w) => w.role === 'radio');
      assert.ok(cards.every((c) => c.height >= 44), 'option cards are at least 44 px tall (touch targets)');
    });
    await context.close();
  });
}
