// Issue #12, item 5: the visitor's settings. Less motion stops everything that moves; forced colours
// (Windows' contrast themes) keep focus and selection visible; at 320 CSS px and at 200 % zoom every
// screen reflows: no text past the right edge, no horizontal scrolling.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, frame, idleScreenshot, launch, serve, settled, visitApp, widget, waitForAppReady } from './lib.mjs';
import { everyScreen } from './screens.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// ---- Less motion

// Every element (and its ::before/::after) that animates, transitions or scrolls smoothly, and every
// animation the document runs.
async function motion(page) {
  return page.evaluate(() => {
    const moving = [];
    for (const element of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(element, pseudo);
        const lasts = (list) => list.split(',').some((d) => parseFloat(d) > 0);
        const what = `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className ? `.${element.className}` : ''}${pseudo || ''}`;
        if (style.animationName !== 'none' && lasts(style.animationDuration)) moving.push(`${what}: animation ${style.animationName}`);
        if (style.transitionProperty !== 'none' && lasts(style.transitionDuration)) moving.push(`${what}: transition ${style.transitionProperty} ${style.transitionDuration}`);
        if (style.scrollBehavior === 'smooth') moving.push(`${what}: smooth scrolling`);
      }
    }
    const running = document.getAnimations().map((a) => a.animationName || a.transitionProperty || 'an animation');
    return { moving, running };
  });
}

// An element a later change might add, moving in every way CSS allows (set through the CSSOM, which
// the Content-Security-Policy permits).
async function addMovingProbe(page) {
  await page.evaluate(() => {
    const probe = document.createElement('div');
    probe.id = 'motion-probe';
    Object.assign(probe.style, { position: 'fixed', left: '0', top: '0', width: '10px', height: '10px',
      animation: 'spin 1s linear infinite', transition: 'opacity 2s', scrollBehavior: 'smooth' });
    document.body.append(probe);
    probe.getBoundingClientRect();
    probe.style.opacity = '0.5';  // starts the transition, where transitions are allowed
  });
}

// The canvas draws no animation: once settled, it draws nothing more while the browser renders frames.
async function assertCanvasStill(page, where) {
  const { number } = await settled(page);
  await page.evaluate(() => new Promise((resolve) => {
    let left = 5;
    const tick = () => (--left ? requestAnimationFrame(tick) : resolve());
    requestAnimationFrame(tick);
  }));
  const now = await frame(page);
  assert.ok(now.idle && now.number === number, `${where}: the canvas drew frame ${now.number} after settling at ${number}`);
}

test('less motion: the loading spinner stands still (it turns without the setting)', async () => {
  for (const reducedMotion of ['no-preference', 'reduce']) {
    const context = await browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion });
    // The module is held back so that the loading screen stays up while it is looked at. A shared link
    // shows it (a plain visit shows the HTML intro, whose start button spins once pressed: intro.test.mjs).
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await page.route('**/phasecheck.wasm', async (route) => { await held; await route.continue(); });
    try {
      await page.goto(`${server.url}?lang=de#a=0`);
      await page.locator('#loading .spinner').waitFor({ state: 'visible' });
      const { moving, running } = await motion(page);
      if (reducedMotion === 'reduce') assert.deepEqual({ moving, running }, { moving: [], running: [] }, 'nothing moves');
      else assert.deepEqual(running, ['spin'], `the spinner turns: ${moving.join('; ')}`);
    } finally {
      release();
      await waitForAppReady(page).catch(() => {});
      await context.close();
    }
  }
});

for (const lang of ['de', 'en']) {
  test(`less motion (${lang}): on every screen nothing moves — no animation, transition or smooth scroll, and the canvas draws nothing by itself`, async () => {
    await visitApp(browser, `${server.url}?lang=${lang}`, DESKTOP, `motion-${lang}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await addMovingProbe(page);
      let screens = 0;
      for await (const { name } of everyScreen(page, { notice: true })) {
        assert.deepEqual(await motion(page), { moving: [], running: [] }, `${name}: nothing moves`);
        await assertCanvasStill(page, name);
        screens++;
      }
      assert.equal(screens, 5);
      // Without the setting the same probe does move: the check above can see motion.
      await page.emulateMedia({ reducedMotion: 'no-preference' });
      const { moving } = await motion(page);
      assert.ok(moving.some((m) => m.startsWith('div#motion-probe: animation spin')), `the probe animates without the setting: ${moving}`);
    });
  });
}

// ---- Forced colours

// WCAG's contrast ratio of two sRGB colours.
function contrast(a, b) {
  const luminance = ([r, g, bl]) => {
    const lin = (c) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(bl);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

for (const colorScheme of ['light', 'dark']) {
  test(`forced colours (${colorScheme}): the canvas's focus ring stays visible on a button reached with Tab`, async () => {
    await visitApp(browser, `${server.url}?lang=de`, { ...DESKTOP, colorScheme }, `forced-ring-${colorScheme}`, async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      await widget(page, 'button:start');
      let focused;
      for (let i = 0; i < 10 && !(focused && focused.role === 'button'); i++) {
        const { widgets } = await act(page, () => page.keyboard.press('Tab'), 'the frame after Tab');
        focused = widgets.find((w) => w.focused);
      }
      assert.ok(focused && focused.role === 'button', `Tab reached a button: ${focused && focused.id}`);
      const { png, widgets } = await idleScreenshot(page);
      assert.ok(widgets.find((w) => w.id === focused.id).focused, 'still focused in the frame on screen');
      // The ring: 3 px wide, 3 px outside the button's rectangle; the page just outside it.
      const y = Math.round(focused.y + focused.height / 2);
      const ring = png.pixel(Math.round(focused.x - 2), y);
      const outside = png.pixel(Math.round(focused.x - 9), y);
      const ratio = contrast(ring, outside);
      console.log(`# forced colours, ${colorScheme}: focus ring ${ring} against ${outside}: ${ratio.toFixed(2)}:1`);
      assert.ok(ratio >= 3, `focus ring ${ring} against the page ${outside}: ${ratio.toFixed(2)}:1, needs 3:1`);
    });
  });
}

test('forced colours: the DOM mirror stays invisible, but its focused element is outlined and selected text shows', async () => {
  await visitApp(browser, `${server.url}?lang=de`, DESKTOP, 'forced-mirror', async ({ page }) => {
    await page.emulateMedia({ forcedColors: 'active' });
    await widget(page, 'button:start');
    let focused = null;
    for (let i = 0; i < 10 && !(focused && focused.inMirror && focused.tag === 'button'); i++) {
      await act(page, () => page.keyboard.press('Tab'), 'the frame after Tab');
      focused = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        resolve({ tag: el.tagName.toLowerCase(), inMirror: !!el.closest('.mirror'), text: el.textContent,
          outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` });
      })));
    }
    assert.ok(focused && focused.inMirror && focused.tag === 'button', `Tab put DOM focus on a mirrored button: ${JSON.stringify(focused)}`);
    const [style, width] = focused.outline.split(' ');
    assert.equal(style, 'solid', `the focused "${focused.text}" is outlined: ${focused.outline}`);
    assert.ok(parseFloat(width) >= 2, `outline ${width}`);
    const alpha = /rgba\([^)]*,\s*([\d.]+)\)/.exec(focused.outline);  // rgb(…) is opaque
    assert.ok(!alpha || Number(alpha[1]) > 0, `outline colour visible: ${focused.outline}`);
    // Nothing else of the mirror shows: forced colours would paint its transparent text.
    const painted = await page.evaluate(() => [...document.querySelectorAll('.mirror *')]
      .filter((el) => !/rgba\(.*, 0\)$/.test(getComputedStyle(el).color)).map((el) => `${el.tagName} ${getComputedStyle(el).color}`));
    assert.deepEqual(painted, [], 'mirror text stays transparent');
    // Selected text shows in the system's selection colours.
    const selection = await page.evaluate(() => {
      const p = [...document.querySelectorAll('.mirror p, .mirror h1, .mirror h2')].find((el) => el.textContent.trim());
      getSelection().selectAllChildren(p);
      return getComputedStyle(p, '::selection').backgroundColor;
    });
    assert.doesNotMatch(selection, /rgba\(.*, 0\)$/, `selection background ${selection}`);
  });
});

// ---- Reflow (WCAG 2.2, 1.4.10) and 200 % zoom

const NARROW = [
  ['320 CSS px', { viewport: { width: 320, height: 640 } }],
  ['1280×900 at 200 % zoom (640×450)', { viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 }],
];

for (const [size, options] of NARROW) {
  for (const lang of ['de', 'en']) {
    test(`reflow at ${size} (${lang}): every screen's widgets and text lie within the width, nothing scrolls sideways`, async () => {
      await visitApp(browser, `${server.url}?lang=${lang}`, options, `reflow-${options.viewport.width}-${lang}`, async ({ page }) => {
        const { width } = options.viewport;
        let smallest = Infinity;
        let smallestWhere = '';
        for await (const { name, widgets } of everyScreen(page, { notice: true })) {
          for (const w of widgets) {
            assert.ok(w.x >= 0 && w.x + w.width <= width + 0.5, `${name}: ${w.id} at ${w.x}..${w.x + w.width} of ${width}`);
            if (w.lines) {
              assert.ok(w.x + w.text_width <= width + 0.5, `${name}: ${w.id}'s text reaches ${w.x + w.text_width} of ${width}`);
              if (w.lines_font_size < smallest) [smallest, smallestWhere] = [w.lines_font_size, `${name}: ${w.id} "${w.lines.join(' ')}"`];
            }
          }
          // Every node of the accessibility tree: paragraphs, headings, table cells too.
          const tree = await page.evaluate(() => JSON.parse(Module.ccall('phasecheck_semantics', 'string', [], [])));
          assert.ok(tree.nodes.some((n) => n.role === 'text'), `${name}: the tree has the screen's text`);
          for (const n of tree.nodes) {
            assert.ok(n.x >= 0 && n.x + n.width <= width + 0.5, `${name}: ${n.role} ${n.id} "${n.label.slice(0, 40)}" at ${n.x}..${n.x + n.width} of ${width}`);
          }
          const sideways = await page.evaluate(() => ({ scroll: document.scrollingElement.scrollWidth, view: innerWidth, x: scrollX }));
          assert.ok(sideways.scroll <= sideways.view && sideways.x === 0, `${name}: the page scrolls sideways: ${JSON.stringify(sideways)}`);
        }
        console.log(`# reflow at ${size} (${lang}): smallest fitted text ${smallest.toFixed(2)} CSS px (${smallestWhere})`);
        assert.ok(smallest >= 9, `the smallest fitted text is ${smallest} CSS px (${smallestWhere})`);
      });
    });
  }
}
