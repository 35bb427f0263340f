// Embedded in a blog post: lazy loading, an iframe that grows and shrinks with the check, Tab in
// and out, the host page's keys left alone, the result event on the div, and no request or CSP
// violation anywhere. The post is served from a second origin, as a real blog would be.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, cspViolations, launch, recordCspViolations, screenshotOnFailure, nextFrame, serve, settled, waitForScreen, widget, waitForAppReady } from './lib.mjs';
import { goldenAnswers } from './walk.mjs';

let app;    // the check's own origin
let blog;   // the blog's origin
let blogDir;
let browser;

before(async () => {
  app = await serve();
  blogDir = fs.mkdtempSync('/tmp/phasecheck-blog-');
  for (const name of ['blog.html', 'blog.js', 'blog.css']) {
    let text = fs.readFileSync(path.join(DIST, 'examples', name), 'utf8');
    if (name === 'blog.html') {
      text = text.replace('src="../embed.js"', `src="${app.url}embed.js"`)
        .replace("script-src 'self'", `script-src 'self' ${app.origin}`)
        .replace("frame-src 'self'", `frame-src ${app.origin}`);
    }
    fs.writeFileSync(path.join(blogDir, name), text);
  }
  blog = await serve(blogDir);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  app?.close();
  blog?.close();
  fs.rmSync(blogDir, { recursive: true, force: true });
});

async function openBlog(viewport = { width: 900, height: 700 }) {
  const context = await browser.newContext({ viewport });
  await recordCspViolations(context);
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(blog.url + 'blog.html');
  return { context, page, requests, errors };
}

async function embeddedFrame(page) {
  await page.waitForSelector('[data-phasecheck] iframe');
  const frame = await (await page.$('[data-phasecheck] iframe')).contentFrame();
  await waitForAppReady(frame);
  return frame;
}

async function frameHeight(page) {
  return page.$eval('[data-phasecheck] iframe', (f) => f.getBoundingClientRect().height);
}

// The iframe must be as tall as the app's content: no inner scrolling, nothing cut off. `shown` is
// a widget id of the screen expected, so an earlier screen that happened to fit does not count.
// The app reports its height when it draws; the host page follows, and a new iframe height is a
// resize that the app draws again, so both are waited for until they agree.
async function waitForFit(page, frame, shown) {
  let height = -1;
  for (let round = 0; round < 5; round++) {
    // Browsers stop animation frames in an iframe scrolled out of view, and the check with them.
    // A settled frame of the expected screen is enough: a taller iframe changes no layout (the
    // column is as wide as before), so the app need not draw again after the host resized it.
    await page.$eval('[data-phasecheck] iframe', (f) => f.scrollIntoView());
    const { widgets } = await waitForScreen(frame, (l) => l.some((w) => w.id === shown), shown);
    const bottom = Math.max(...widgets.map((w) => w.y + w.height));
    if (bottom <= height && bottom > height - 120) return height;
    await page.waitForFunction((b) => {
      const h = document.querySelector('[data-phasecheck] iframe').getBoundingClientRect().height;
      return b <= h && b > h - 120;
    }, bottom, { timeout: 10000 }).catch(async () => {
      throw new Error(`iframe never fitted its content (${shown}, bottom ${bottom}): height ${await frameHeight(page)}`);
    });
    height = await frameHeight(page);
  }
  throw new Error(`iframe and content never agreed (${shown}): height ${height}`);
}

test('the embed loads lazily, fits its content as it grows and shrinks, and reports the result', async () => {
  const { context, page, requests, errors } = await openBlog({ width: 900, height: 300 });
  try {
    await screenshotOnFailure(page, 'embed', async () => {
      const top = await page.$eval('[data-phasecheck]', (el) => el.getBoundingClientRect().top);
      assert.ok(top > 300 + 200, `the check starts below the fold and the 200 px margin (at ${top} px)`);
      // embed.js ran before the load event (page.goto waits for it) and observes the div with a
      // 200 px margin. An observer made now gets its first report in the same rendering step,
      // after embed.js's: once it has come, embed.js has decided.
      const seen = await page.evaluate(() => new Promise((resolve) => {
        const observer = new IntersectionObserver((entries) => {
          observer.disconnect();
          resolve(entries[0].isIntersecting);
        }, { rootMargin: '200px' });
        observer.observe(document.querySelector('[data-phasecheck]'));
      }));
      assert.equal(seen, false, 'the div is outside the margin');
      assert.equal(await page.$('[data-phasecheck] iframe'), null, 'nothing loaded before it is in view');
      assert.ok(!requests.some((u) => u.includes('embed=1')), 'no app request before it is in view');

      await page.$eval('[data-phasecheck]', (el) => el.scrollIntoView());
      const frame = await embeddedFrame(page);
      const intro = await waitForFit(page, frame, 'button:start');

      await frame.evaluate(() => window.phasecheck.resume({ schema: 'phasecheck.answers/1', answers: { sales_stage: 'product' } }));
      const question = await waitForFit(page, frame, 'option:playbook_documented:yes');
      assert.ok(question > intro, `grows: ${intro} → ${question}`);

      const golden = goldenAnswers('phase2_despite_exhausted_en');
      await frame.evaluate((a) => window.phasecheck.load(a), golden);
      const result = await waitForFit(page, frame, 'button:restart');
      assert.ok(result > question + 500, `grows for the result: ${question} → ${result}`);
      await page.waitForSelector('#result-note:not([hidden])');
      assert.match(await page.textContent('#result-note'), /^Ihr Ergebnis: Phase 2 – /);

      // A real click on "start over", with the host page scrolled so that the button is in view.
      const restart = await frame.evaluate(() => window.phasecheck.widgets().find((w) => w.id === 'button:restart'));
      await page.evaluate((y) => {
        const top = document.querySelector('[data-phasecheck] iframe').getBoundingClientRect().top;
        window.scrollBy(0, top + y - window.innerHeight / 2);
      }, restart.y);
      const origin = await page.$eval('[data-phasecheck] iframe', (f) => { const r = f.getBoundingClientRect(); return { x: r.x, y: r.y }; });
      await page.mouse.click(origin.x + restart.x + restart.width / 2, origin.y + restart.y + restart.height / 2);
      const again = await waitForFit(page, frame, 'button:start');
      assert.ok(again < result - 500, `shrinks: ${result} → ${again}`);
      assert.equal(await frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight), true, 'no inner scrollbar');
    });
    assert.deepEqual(errors, [], 'console errors');
    assert.deepEqual(requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith(blog.origin) && !u.startsWith('data:')), [],
      'requests beyond the blog and the check');
    assert.deepEqual(await cspViolations(page), [], 'CSP violations (blog and check)');
  } finally {
    await context.close();
  }
});

test('Tab enters and leaves the embed; the host page keeps its keys', async () => {
  const { context, page } = await openBlog({ width: 900, height: 900 });
  try {
    await screenshotOnFailure(page, 'embed-keys', async () => {
      await page.$eval('[data-phasecheck]', (el) => el.scrollIntoView());
      const frame = await embeddedFrame(page);

      // Keys on the host page: the check hears nothing, the host page scrolls as usual.
      await page.evaluate(() => { document.activeElement.blur(); window.scrollTo(0, 0); });
      const quiet = await settled(frame);
      await page.keyboard.press('1');
      await page.keyboard.press('Enter');
      await page.keyboard.press('PageDown');
      // The host page handled the keys (it scrolled); a key the check heard would have made it draw.
      await page.waitForFunction(() => window.scrollY > 0, null, { timeout: 10000 });
      const after = await settled(frame);
      assert.equal(after.number, quiet.number, 'the check drew nothing: it heard no key');
      assert.deepEqual((await frame.evaluate(() => window.phasecheck.answers())).answers, {}, 'the check heard no key');
      assert.ok(after.widgets.some((w) => w.id === 'button:start'), 'still on the intro');

      // Tab from the text before into the check, through its widgets, and out to the link after it.
      await page.evaluate(() => {
        const before = document.querySelector('h2 + p');
        before.tabIndex = -1;
        before.focus();
      });
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'IFRAME', 'Tab entered the embed');
      const widgetCount = await frame.evaluate(() => window.phasecheck.widgets().length);
      let left = false;
      for (let i = 0; i < widgetCount + 3 && !left; i++) {
        const before = await settled(frame);
        await page.keyboard.press('Tab');
        // The check draws after each Tab it keeps, and after losing the focus; the host page sees
        // the focus arrive at the link. Whichever comes first, the check's document then knows
        // whether it still has the focus.
        const drew = nextFrame(frame, before.number, 'a frame after Tab').then(() => 'drew');
        const out = page.waitForFunction(() => document.activeElement.id === 'after-embed', null, { timeout: 10000 }).then(() => 'out');
        drew.catch(() => {});
        out.catch(() => {});
        left = (await Promise.race([drew, out])) === 'out' || !(await frame.evaluate(() => document.hasFocus()));
        if (left) await out;  // gone from the check: it must arrive at the link after it
      }
      assert.ok(left, 'Tab left the embed to the next link of the post');
    });
  } finally {
    await context.close();
  }
});

test('the shipped examples/blog.html works on the origin of the check', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
  await recordCspViolations(context);
  const page = await context.newPage();
  try {
    await page.goto(app.url + 'examples/blog.html');
    await page.$eval('[data-phasecheck]', (el) => el.scrollIntoView());
    const frame = await embeddedFrame(page);
    const width = await page.$eval('[data-phasecheck] iframe', (f) => f.getBoundingClientRect().width);
    assert.ok(width >= 320 && width <= 390, `fits a phone: ${width}`);
    const cards = await frame.evaluate(() => window.phasecheck.widgets());
    for (const w of cards) assert.ok(w.x >= 0 && w.x + w.width <= width, `${w.id} inside`);
    assert.deepEqual(await cspViolations(page), []);
  } finally {
    await context.close();
  }
});

test('data-lang, data-theme and data-cta reach the embedded check', async () => {
  fs.writeFileSync(path.join(blogDir, 'options.html'), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<link rel="icon" href="data:,"><title>Options</title></head><body>
<div data-phasecheck data-lang="en" data-theme="dark" data-cta="https://consultancy.example/contact"></div>
<script src="${app.url}embed.js" async></script></body></html>`);
  const context = await browser.newContext({ viewport: { width: 700, height: 900 } });
  // The call to action must not really open a page beyond this machine: record it instead.
  await context.addInitScript(() => { window.open = (url) => { window.__opened = url; return null; }; });
  const page = await context.newPage();
  try {
    await page.goto(blog.url + 'options.html');
    const frame = await embeddedFrame(page);
    assert.equal((await frame.evaluate(() => window.phasecheck.widgets())).find((w) => w.id === 'button:start').label, 'Start the check');
    assert.equal(await frame.evaluate(() => window.phasecheckBoot.prefersDark()), true);
    await frame.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
    const cta = await widget(frame, 'button:cta');
    await page.evaluate((y) => window.scrollBy(0, document.querySelector('iframe').getBoundingClientRect().top + y - 300), cta.y);
    const origin = await page.$eval('iframe', (f) => { const r = f.getBoundingClientRect(); return { x: r.x, y: r.y }; });
    await page.mouse.click(origin.x + cta.x + cta.width / 2, origin.y + cta.y + cta.height / 2);
    await frame.waitForFunction(() => window.__opened);
    assert.equal(await frame.evaluate(() => window.__opened), 'https://consultancy.example/contact');
    assert.deepEqual(await context.cookies(), [], 'no cookies');
  } finally {
    await context.close();
  }
});

// ---- Each new step keeps its top in view (issue #11, item 13)

// Every "phasecheck:step" message the host page receives, with where the iframe's top was once
// embed.js (whose listener came first) had handled it.
async function recordSteps(page) {
  await page.evaluate(() => {
    window.__steps = [];
    window.addEventListener('message', (event) => {
      if (!event.data || event.data.type !== 'phasecheck:step') return;
      window.__steps.push({ top: document.querySelector('[data-phasecheck] iframe').getBoundingClientRect().top, scrollY: window.scrollY });
    });
  });
}

// Scrolls the host page so that the widget's top is `at` px from the viewport's top, then presses it
// with the host page's finger or mouse: the real input a visitor gives.
async function pressAt(page, frame, id, at, touch) {
  const w = await widget(frame, id);
  await page.evaluate(([y, want]) => {
    const top = document.querySelector('[data-phasecheck] iframe').getBoundingClientRect().top;
    window.scrollBy({ top: top + y - want, behavior: 'instant' });
  }, [w.y, at]);
  const origin = await page.$eval('[data-phasecheck] iframe', (f) => { const r = f.getBoundingClientRect(); return { x: r.x, y: r.y }; });
  const x = origin.x + w.x + w.width / 2;
  const y = origin.y + w.y + w.height / 2;
  const before = await settled(frame);
  if (touch) await page.touchscreen.tap(x, y);
  else await page.mouse.click(x, y);
  return nextFrame(frame, before.number, `the frame after pressing ${id}`);
}

const question = (list) => list.find((w) => w.id.startsWith('option:'))?.id.split(':')[1];

async function startCheck(page, touch) {
  await page.$eval('[data-phasecheck]', (el) => el.scrollIntoView());
  const frame = await embeddedFrame(page);
  await waitForFit(page, frame, 'button:start');
  await recordSteps(page);
  await pressAt(page, frame, 'button:start', 200, touch);
  const first = question((await waitForScreen(frame, (l) => question(l), 'the first question')).widgets);
  return { frame, first };
}

// Picks the first option, pressed `at` px from the viewport's top: on a question seen for the first
// time the pick moves on by itself (item 11), so this press is the step.
async function answerAndGoOn(page, frame, at, touch) {
  const list = (await settled(frame)).widgets;
  const current = question(list);
  const option = list.find((w) => w.id.startsWith(`option:${current}:`)).id;
  const steps = await page.evaluate(() => window.__steps.length);
  await pressAt(page, frame, option, at, touch);
  await waitForScreen(frame, (l) => question(l) && question(l) !== current, `the question after ${current}`);
  await page.waitForFunction((n) => window.__steps.length > n, steps, { timeout: 10000 });
  return current;
}

const iframeTop = (page) => page.$eval('[data-phasecheck] iframe', (f) => f.getBoundingClientRect().top);

for (const [name, options, touch] of [
  ['a phone, preferring less motion', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' }, true],
  ['a desktop', { viewport: { width: 1280, height: 900 } }, false],
]) {
  test(`on ${name}, moving on with the check's top out of view brings the new question's top into view`, async () => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    try {
      await screenshotOnFailure(page, 'embed-step', async () => {
        await page.goto(blog.url + 'blog.html');
        const { frame } = await startCheck(page, touch);
        // The visitor scrolled down to the first answer: it sits 80 px from the top, the question's top
        // above the viewport.
        await answerAndGoOn(page, frame, 80, touch);
        const height = await page.evaluate(() => window.innerHeight);
        await page.waitForFunction(() => {
          const top = document.querySelector('[data-phasecheck] iframe').getBoundingClientRect().top;
          return top >= 0 && top < window.innerHeight / 4;
        }, null, { timeout: 10000 });
        const top = await iframeTop(page);
        assert.ok(top >= 0 && top < height, `the new question starts in view, at ${top}`);
        // Its first line ("Frage 2 von 15" lies under the header) is in view too.
        const first = (await settled(frame)).widgets.find((w) => w.id.startsWith('option:'));
        assert.ok(top + first.y < height, `its first answer starts in view, at ${top + first.y}`);
        if (options.reducedMotion === 'reduce') {
          const step = await page.evaluate(() => window.__steps.at(-1));
          assert.ok(step.top >= 0 && step.top < height, `less motion: in view at once, not animated (${step.top})`);
        }
      });
    } finally {
      await context.close();
    }
  });
}

test('moving on with the check\'s top already in view leaves the host page where it is', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, 'embed-step-still', async () => {
      await page.goto(blog.url + 'blog.html');
      const { frame } = await startCheck(page, false);
      const first = (await settled(frame)).widgets.find((w) => w.id.startsWith('option:'));
      // The answer pressed where the question's top stays 20 px below the viewport's top.
      await answerAndGoOn(page, frame, 20 + first.y, false);
      const step = await page.evaluate(() => window.__steps.at(-1));
      // Two animation frames after the message: a scroll, smooth or not, would have begun.
      const now = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)))));
      assert.ok(Math.abs(step.top - 20) < 1, `the question's top was in view (${step.top})`);
      assert.equal(now, step.scrollY, 'the host page did not scroll');
    });
  } finally {
    await context.close();
  }
});

// ---- Notices where the visitor looks (issue #11, item 7), embedded: the iframe is as tall as the
// check, and the host page's viewport shows only a part of it. A notice appears just below where the
// visitor pressed; the host page scrolls only when even that is out of view.

async function recordReveals(page) {
  await page.evaluate(() => {
    window.__reveals = [];
    window.addEventListener('message', (event) => {
      if (event.data && event.data.type === 'phasecheck:reveal') window.__reveals.push({ ...event.data, scrollY: window.scrollY });
    });
  });
}

async function copyLinkPressedAt(page, at) {
  await page.goto(blog.url + 'blog.html');
  await page.$eval('[data-phasecheck]', (el) => el.scrollIntoView());
  const frame = await embeddedFrame(page);
  await frame.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase2_despite_exhausted_en'));
  await waitForFit(page, frame, 'button:restart');
  await recordReveals(page);
  const before = await widget(frame, 'button:copy_link');
  await pressAt(page, frame, 'button:copy_link', at, false);
  await page.waitForFunction(() => window.__reveals.length > 0, null, { timeout: 10000 });
  const list = (await waitForScreen(frame, (l) => l.some((w) => w.id.startsWith('notice:')), 'a notice')).widgets;
  const after = list.find((w) => w.id === 'button:copy_link');
  assert.deepEqual([after.x, after.y, after.width, after.height], [before.x, before.y, before.width, before.height],
    'nothing moved in the check');
  return { frame, notice: list.find((w) => w.id.startsWith('notice:')), end: Math.max(...list.map((w) => w.y + w.height)) };
}

test('embedded, a notice appears below the button pressed, in view, and the host page stays where it is', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, 'embed-notice', async () => {
      const { notice } = await copyLinkPressedAt(page, 300);
      const reveal = await page.evaluate(() => window.__reveals.at(-1));
      const now = await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(window.scrollY)))));
      assert.equal(now, reveal.scrollY, 'the host page did not scroll');
      const at = (await iframeTop(page)) + notice.y;
      assert.ok(at > 300 && at + notice.height <= 900, `below the button pressed at 300 px, in view: ${at}..${at + notice.height}`);
    });
  } finally {
    await context.close();
  }
});

test('embedded, a notice that would appear below the viewport is brought into view by the host page', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 700 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' });
  const page = await context.newPage();
  try {
    await screenshotOnFailure(page, 'embed-notice-low', async () => {
      // "Copy link" pressed near the bottom of the viewport: there is no room below it for the notice.
      const { notice, end } = await copyLinkPressedAt(page, 700 - 70);
      const top = await iframeTop(page);
      assert.ok(top + end > 700, `the check's end lies below the viewport (${top + end})`);
      await page.waitForFunction(([y, h]) => {
        const frameTop = document.querySelector('[data-phasecheck] iframe').getBoundingClientRect().top;
        return frameTop + y >= 0 && frameTop + y + h <= window.innerHeight;
      }, [notice.y, notice.height], { timeout: 10000 }).catch(async () => {
        throw new Error(`the notice stayed out of view: ${(await iframeTop(page)) + notice.y}..${(await iframeTop(page)) + notice.y + notice.height} of 700`);
      });
    });
  } finally {
    await context.close();
  }
});
