// Faults in the browser: a lost WebGL context, hidden tabs, resize storms, extreme widths and
// zoom levels, and memory over a long session. Nothing may crash, go blank or keep the CPU busy,
// and the answers must survive.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { act, centre, click, idleScreenshot, launch, nextFrame, openApp, screenshotOnFailure, serve, settled, waitForWidgets, widget, waitForAppReady } from './lib.mjs';
import { installGlProbe, loseContext, restoreContext } from './gl-probe.mjs';
import { goldenAnswers, pick } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// The primary button really is drawn: its centre has the brand's dark blue, not the background.
// Its rectangle comes from the frame the screenshot shows.
async function assertDrawn(page, id) {
  const { number, widgets, png } = await idleScreenshot(page);
  const w = widgets.find((x) => x.id === id);
  assert.ok(w, `${id} is in frame ${number}: ${widgets.map((x) => x.id).join(', ')}`);
  const { x, y } = centre(w);
  const scale = png.width / page.viewportSize().width;
  const [r, g, b] = png.pixel(Math.floor(x * scale), Math.floor((y - w.height / 2 + 6) * scale));
  assert.ok(b > r + 40 && b > 90, `${id} is drawn in the primary colour in frame ${number} at ${x},${y - w.height / 2 + 6} (got ${r},${g},${b})`);
}

async function cpuOver(page, seconds) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const start = await task();
  await page.waitForTimeout(seconds * 1000);
  return (await task() - start) / seconds;
}

// The app opened with the GL probe, through which the test loses the renderer's context (in its
// worker) as a GPU reset loses it.
const openWithProbe = (url, options) => openApp(browser, url, options, installGlProbe);

test('a lost WebGL context is restored, drawing resumes, answers stay', async () => {
  const app = await openWithProbe(server.url + '?lang=de', { viewport: { width: 900, height: 700 } });
  try {
    await screenshotOnFailure(app.page, 'context-lost', async () => {
      const { page } = app;
      await page.evaluate((a) => window.phasecheck.resume(a), { schema: 'phasecheck.answers/1', answers: { sales_stage: 'product' } });
      await widget(page, 'button:next');
      const before = await settled(page);
      await loseContext(page);
      await restoreContext(page);
      // The app asks for frames when the context is back; the first of them proves drawing resumed.
      await nextFrame(page, before.number, 'a frame drawn with the restored context');
      await assertDrawn(page, 'button:next');
      await pick(page, 'option:playbook_documented:yes');  // still works
      assert.equal((await page.evaluate(() => window.phasecheck.answers())).answers.sales_stage, 'product');
    });
    assert.deepEqual(app.problems.consoleErrors, []);
  } finally {
    await app.context.close();
  }
});

test('a context given back after the reload prompt showed: the prompt goes and the app draws again', async () => {
  const app = await openWithProbe(server.url + '?lang=de', { viewport: { width: 900, height: 700 } });
  try {
    await screenshotOnFailure(app.page, 'context-late', async () => {
      const { page } = app;
      await page.evaluate((a) => window.phasecheck.resume(a), { schema: 'phasecheck.answers/1', answers: { sales_stage: 'product' } });
      await widget(page, 'button:next');
      const before = await settled(page);
      await loseContext(page);
      await page.waitForSelector('#update:not([hidden])', { timeout: 10000 });
      await restoreContext(page);
      await page.waitForSelector('#update', { state: 'hidden', timeout: 10000 });
      await nextFrame(page, before.number, 'a frame drawn with the restored context');
      await assertDrawn(page, 'button:next');
    });
    assert.deepEqual(app.problems.consoleErrors, []);
  } finally {
    await app.context.close();
  }
});

test('a context that never comes back: a reload prompt, and the reload keeps the answers', async () => {
  const app = await openWithProbe(server.url + '?lang=de', { viewport: { width: 900, height: 700 } });
  try {
    await screenshotOnFailure(app.page, 'context-gone', async () => {
      const { page } = app;
      await page.evaluate((a) => window.phasecheck.resume(a), { schema: 'phasecheck.answers/1', answers: { sales_stage: 'smarter' } });
      await widget(page, 'button:next');
      await loseContext(page);
      await page.waitForSelector('#update:not([hidden])', { timeout: 10000 });
      assert.match(await page.textContent('#update'), /Anzeige wurde unterbrochen/);
      await Promise.all([page.waitForEvent('load'), page.click('#update button')]);
      await waitForAppReady(page);
      await click(page, 'button:resume');
      await widget(page, 'option:playbook_documented:yes');  // continues at the first open question
      assert.equal((await page.evaluate(() => window.phasecheck.answers())).answers.sales_stage, 'smarter');
    });
  } finally {
    await app.context.close();
  }
});

test('hidden and shown again, resize storms, 280 to 3840 px: no crash, no blank screen, no busy CPU', async () => {
  const app = await openApp(browser, server.url + '?lang=en', { viewport: { width: 1280, height: 800 } });
  try {
    await screenshotOnFailure(app.page, 'storm', async () => {
      const { page } = app;
      // Headless Chromium keeps every page visible, and Page.setWebLifecycleState does nothing to a
      // visible page (no freeze, resume or visibilitychange event): so the test plays the browser's
      // part. Shown again, the app must draw (browsers pause animation frames while hidden).
      await act(page, () => page.evaluate(() => {
        const show = (hidden) => {
          Object.defineProperty(document, 'hidden', { value: hidden, configurable: true });
          Object.defineProperty(document, 'visibilityState', { value: hidden ? 'hidden' : 'visible', configurable: true });
          document.dispatchEvent(new Event('visibilitychange'));
        };
        show(true);
        show(false);
        delete document.hidden;  // back to the real getters on Document.prototype
        delete document.visibilityState;
      }), 'a frame after the page was shown again');
      const sizes = [[280, 600], [3840, 2160], [360, 640], [1920, 1080], [300, 300], [1024, 768], [2560, 1440], [390, 844]];
      for (let round = 0; round < 5; round++) {
        for (const [width, height] of sizes) await page.setViewportSize({ width, height });
      }
      for (const [width, height] of [[280, 700], [3840, 2160], [390, 844]]) {
        // A layout from before the resize may fit the new width too: only a frame after it counts.
        const { widgets: list } = await act(page, () => page.setViewportSize({ width, height }), `the frame at ${width} px`);
        assert.equal(await page.evaluate(() => document.getElementById('canvas').getBoundingClientRect().width), width);
        assert.ok(list.some((w) => w.id === 'button:start'), `the intro at ${width} px`);
        for (const w of list) assert.ok(w.x >= 0 && w.x + w.width <= width, `${w.id} inside ${width} px`);
        await assertDrawn(page, 'button:start');
      }
      const cpu = await cpuOver(page, 2);
      assert.ok(cpu < 0.05, `idle after the storm: ${(cpu * 100).toFixed(1)} % of a core`);
    });
    assert.deepEqual(app.problems.consoleErrors, []);
  } finally {
    await app.context.close();
  }
});

for (const zoom of [0.5, 1.25, 3]) {
  test(`browser zoom ${zoom * 100} %: sharp and complete`, async () => {
    const width = Math.round(1280 / zoom);
    const app = await openApp(browser, server.url + '?lang=de', { viewport: { width, height: 900 }, deviceScaleFactor: zoom });
    try {
      const { page } = app;
      const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:start'), 'the intro');
      for (const w of list) assert.ok(w.x >= 0 && w.x + w.width <= width);
      const size = await page.evaluate(() => ({ width: document.getElementById('canvas').width, css: innerWidth }));
      assert.equal(size.width, Math.round(size.css * zoom));
      await assertDrawn(page, 'button:start');
    } finally {
      await app.context.close();
    }
  });
}

test('200 loads, restarts and imports do not grow the wasm heap', async (t) => {
  const app = await openApp(browser, server.url + '?lang=de', { viewport: { width: 900, height: 700 } });
  try {
    const { page } = app;
    const golden = goldenAnswers('phase2_partly_figures_contradict_de');
    const heap = await page.evaluate(async (answers) => {
      const drop = (i) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([JSON.stringify(answers)], `kunde-${i}.json`, { type: 'application/json' }));
        document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      };
      // Waits, on animation frames, for an idle screen after frame `after` that satisfies `shows`.
      const drawn = async (after, shows) => {
        for (let frames = 0; frames < 3000; frames++) {
          const now = window.phasecheck.frame();
          if (now.idle && now.number > after && shows(window.phasecheck.widgets())) return now.number;
          await new Promise((resolve) => requestAnimationFrame(resolve));
        }
        throw new Error(`no idle frame after ${after} showed what was expected`);
      };
      const sizes = [];
      let number = window.phasecheck.frame().number;
      for (let i = 0; i < 200; i++) {
        window.phasecheck.load(answers);
        number = await drawn(number, (l) => l.some((w) => w.id === 'button:restart'));
        window.phasecheck.resume({ schema: 'phasecheck.answers/1', answers: {} });  // back to the start
        drop(i);
        number = await drawn(number, (l) => l.some((w) => w.label.includes(`kunde-${i}.json`)));
        if (i >= 20 && (i - 20) % 45 === 0 || i === 199) sizes.push({ round: i, ...window.phasecheck.heap() });
      }
      return sizes;
    }, golden);
    const early = heap[0];
    const late = heap[heap.length - 1];
    t.diagnostic(heap.map((h) => `round ${h.round}: in use ${h.inUse}, top ${h.top}, memory ${h.memory}`).join('; '));
    // The leak check. In use varies by a few dozen bytes with the length of the file names in the
    // notices, and by 8 bytes per free block (emmalloc counts their headers): 52 and 240 bytes over
    // the 180 rounds measured in two runs (3 Dec 2026, night). A leak of 6 bytes a round adds up to
    // over 1 KB.
    assert.ok(late.inUse - early.inUse < 1024, `bytes in use after 20 rounds ${early.inUse}, after 200 rounds ${late.inUse}`);
    // The top is where fragmentation shows, and it depends on timing: how many frames and widget
    // lists (transient blocks of a few KB) fell between the steps of a round. With in use flat it
    // rose by 8 KB on a fresh Debian 12 and by 24 KB in CI (3 Dec 2026, with dlmalloc: 6524928 to
    // 6549504 bytes); in three runs under load on the development machine it stayed put. A larger
    // transient block placed, once, where the allocator had no free room at that moment. With emmalloc
    // it stayed at 6477136 in two runs. So this only catches fragmentation that keeps growing: 64 KB
    // over 180 rounds is 364 bytes a round. (Wasm memory, what the page pays, is printed above and
    // needs no check of its own: emmalloc never trims, so the top only rises, and the memory grows
    // only once the top passes it.)
    assert.ok(late.top - early.top <= 65536, `sbrk top after 20 rounds ${early.top}, after 200 rounds ${late.top}`);
    await widget(page, 'button:restart');
    assert.deepEqual(app.problems.consoleErrors, []);
  } finally {
    await app.context.close();
  }
});
