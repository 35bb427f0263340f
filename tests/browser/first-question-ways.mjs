// Every way a visitor can take to the first question (and its first answer) before
// phasecheck.deferred.wasm has arrived (issue #13). Two users walk the same list, so it cannot drift:
// - first-question-profile.mjs walks them on the instrumented module and writes
//   cmake/first-question-functions.txt (the functions phasecheck.wasm keeps);
// - split.test.mjs walks them on the real build with the deferred half held back, and fails when
//   one of them reached a placeholder (the list is stale).
// Each way opens its own page in `context` and returns the frame the app runs in.
import path from 'node:path';
import { act, centre, click, pressUntilFocused, visibleWidget, widget, waitForAppReady } from './lib.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };
const TABLET = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const LANDSCAPE = { viewport: { width: 844, height: 390 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
export const FIRST_ANSWER = 'option:sales_stage:contact';
export const SINGLE_FILE = 'phasecheck-offline.html';

async function tap(page, id) {
  const { x, y } = centre(await visibleWidget(page, id));
  return act(page, () => page.touchscreen.tap(x, y), `the frame after tapping ${id}`);
}

// Opens the page with the first half held back until `early(page)` has pressed what a visitor presses
// on the HTML intro while the app starts.
async function openHeld(context, url, early) {
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route('**/phasecheck.wasm', async (route) => { await held; await route.continue(); });
  try {
    await page.goto(url);
    await early(page);
  } finally {
    release();
  }
  await waitForAppReady(page);
  return page;
}

async function open(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await waitForAppReady(page);
  return page;
}

// A real press on the shown HTML intro's button (mouse or touch).
async function pressIntro(page, selector, touch) {
  const button = page.locator(`.intro-page[lang] ${selector}`).locator('visible=true').first();
  await button.waitFor({ state: 'visible' });
  await page.waitForFunction(() => window.phasecheck);  // boot.js, which listens on the intro, has run
  await page.evaluate(() => document.fonts.ready);  // the intro's font moves the buttons once it is in
  const box = await button.boundingBox();
  const [x, y] = [box.x + box.width / 2, box.y + box.height / 2];
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
}

async function answerByMouse(page) {
  await widget(page, FIRST_ANSWER);
  await click(page, FIRST_ANSWER);
}

export const WAYS = [
  { name: 'desktop, mouse, German, first answer', context: DESKTOP, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=de`);
    await click(page, 'button:start');
    await answerByMouse(page);
    return page;
  } },
  { name: 'desktop, English, language switched on the canvas, then start', context: DESKTOP, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=en`);
    await click(page, 'button:lang');
    await widget(page, 'button:start');
    await click(page, 'button:start');
    await widget(page, FIRST_ANSWER);
    return page;
  } },
  { name: 'desktop, keyboard: Enter at load, then Tab and Space on an answer', context: DESKTOP, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=en`);
    await page.keyboard.press('Enter');
    await widget(page, FIRST_ANSWER);
    await pressUntilFocused(page, 'Tab', FIRST_ANSWER);
    await act(page, () => page.keyboard.press(' '), 'the frame after Space');
    return page;
  } },
  { name: 'desktop, keyboard: Enter at load, a number key answers', context: DESKTOP, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=de`);
    await page.keyboard.press('Enter');
    await widget(page, FIRST_ANSWER);
    await act(page, () => page.keyboard.press('1'), 'the frame after the number key');
    return page;
  } },
  { name: 'desktop, keyboard: Tab to start and Enter, German, dark', context: { ...DESKTOP, colorScheme: 'dark' }, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=de`);
    await pressUntilFocused(page, 'Tab', 'button:start');
    await page.keyboard.press('Enter');
    await widget(page, FIRST_ANSWER);
    await pressUntilFocused(page, 'Tab', FIRST_ANSWER);
    await act(page, () => page.keyboard.press('Enter'), 'the frame after Enter');
    return page;
  } },
  { name: 'desktop, resized before the start', context: DESKTOP, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=en`);
    await act(page, () => page.setViewportSize({ width: 700, height: 600 }), 'the frame after the resize');
    await click(page, 'button:start');
    await widget(page, FIRST_ANSWER);
    return page;
  } },
  // The visitor looks at another tab while the app starts and comes back: the page's visibilitychange
  // (a synthetic one: headless Chromium hides no tab) reaches the app's handler.
  { name: 'desktop, the tab shown again before the start', context: DESKTOP, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=de`);
    await act(page, () => page.evaluate(() => document.dispatchEvent(new Event('visibilitychange'))),
      'the frame after the tab is shown again');
    await click(page, 'button:start');
    await widget(page, FIRST_ANSWER);
    return page;
  } },
  { name: 'phone portrait, touch, English, dark, first answer', context: { ...PHONE, colorScheme: 'dark' }, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=en`);
    await tap(page, 'button:start');
    await widget(page, FIRST_ANSWER);
    await tap(page, FIRST_ANSWER);
    return page;
  } },
  { name: 'phone landscape, touch, German', context: LANDSCAPE, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=de`);
    await tap(page, 'button:start');
    await widget(page, FIRST_ANSWER);
    return page;
  } },
  { name: 'phone landscape, touch, English, turned to portrait', context: LANDSCAPE, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=en`);
    await act(page, () => page.setViewportSize(PHONE.viewport), 'the frame after turning the phone');
    await tap(page, 'button:start');
    await widget(page, FIRST_ANSWER);
    return page;
  } },
  { name: 'tablet, touch, German, first answer', context: TABLET, async walk(context, site) {
    const page = await open(context, `${site.url}?lang=de`);
    await tap(page, 'button:start');
    await widget(page, FIRST_ANSWER);
    await tap(page, FIRST_ANSWER);
    return page;
  } },
  { name: 'desktop, HTML start clicked before ready', context: DESKTOP, async walk(context, site) {
    const page = await openHeld(context, `${site.url}?lang=de`, (p) => pressIntro(p, '.intro-start', false));
    await answerByMouse(page);
    return page;
  } },
  { name: 'phone, HTML language then start tapped before ready', context: PHONE, async walk(context, site) {
    const page = await openHeld(context, `${site.url}?lang=de`, async (p) => {
      await pressIntro(p, '.intro-lang', true);
      await p.waitForFunction(() => document.documentElement.lang === 'en');
      await pressIntro(p, '.intro-start', true);
    });
    await widget(page, FIRST_ANSWER);
    return page;
  } },
  // The language and start pressed while start-up runs (after the app asked for the language): boot.js
  // replays both at ready. No test can press into that window from outside, so the page presses them
  // itself when the app marks "content" (as intro.test.mjs does).
  { name: 'desktop, language and start pressed during start-up', context: DESKTOP, async walk(context, site) {
    await context.addInitScript(() => {
      const mark = performance.mark.bind(performance);
      performance.mark = (name, ...rest) => {
        const entry = mark(name, ...rest);
        if (name === 'phasecheck:content') {
          for (const selector of ['.intro-lang', '.intro-start']) {
            document.querySelector(`.intro-page[lang="${document.documentElement.lang}"] ${selector}`).click();
          }
        }
        return entry;
      };
    });
    const page = await open(context, `${site.url}?lang=de`);
    await widget(page, FIRST_ANSWER);
    return page;
  } },
  { name: 'embedded in a blog post, phone, touch', context: PHONE, async walk(context, site) {
    const page = await context.newPage();
    await page.goto(`${site.url}examples/blog.html`);
    await page.locator('[data-phasecheck]').scrollIntoViewIfNeeded();  // the embed loads lazily
    const iframe = page.locator('[data-phasecheck] iframe');
    const frame = await (await iframe.elementHandle()).contentFrame();
    await waitForAppReady(frame);
    const start = await widget(frame, 'button:start');
    await iframe.scrollIntoViewIfNeeded();
    const box = await iframe.boundingBox();
    const { x, y } = centre(start);
    await page.touchscreen.tap(box.x + x, box.y + y);
    await widget(frame, FIRST_ANSWER);
    return frame;
  } },
  { name: 'the single offline file, desktop, mouse', context: DESKTOP, async walk(context, site) {
    const page = await open(context, `file://${path.join(site.dir, SINGLE_FILE)}?lang=en`);
    await click(page, 'button:start');
    await answerByMouse(page);
    return page;
  } },
];
