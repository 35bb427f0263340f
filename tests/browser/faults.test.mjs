// Faults in the browser: a lost WebGL context, hidden tabs, resize storms, extreme widths and
// zoom levels, and memory over a long session. Nothing may crash, go blank or keep the CPU busy,
// and the answers must survive.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { centre, click, launch, openApp, screenshotOnFailure, serve, waitForWidgets, widget } from './lib.mjs';
import { decodePng } from './png.mjs';
import { goldenAnswers } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// The primary button really is drawn: its centre has the brand's dark blue, not the background.
async function assertDrawn(page, id) {
  const w = await widget(page, id);
  const { x, y } = centre(w);
  const png = decodePng(await page.screenshot());
  const scale = png.width / page.viewportSize().width;
  const [r, g, b] = png.pixel(Math.floor(x * scale), Math.floor((y - w.height / 2 + 6) * scale));
  assert.ok(b > r + 40 && b > 90, `${id} is drawn in the primary colour (got ${r},${g},${b})`);
}

async function cpuOver(page, seconds) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const task = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;
  const start = await task();
  await page.waitForTimeout(seconds * 1000);
  return (await task() - start) / seconds;
}

test('a lost WebGL context is restored, drawing resumes, answers stay', async () => {
  const app = await openApp(browser, server.url + '?lang=de', { viewport: { width: 900, height: 700 } });
  try {
    await screenshotOnFailure(app.page, 'context-lost', async () => {
      const { page } = app;
      await page.evaluate((a) => window.phasecheck.resume(a), { schema: 'phasecheck.answers/1', answers: { sales_stage: 'product' } });
      await widget(page, 'button:next');
      await page.evaluate(() => {
        window.__lose = document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context');
        window.__lose.loseContext();
      });
      await page.waitForTimeout(300);
      await page.evaluate(() => window.__lose.restoreContext());
      await page.waitForTimeout(300);
      await page.mouse.move(10, 10);  // any input draws a frame
      await assertDrawn(page, 'button:next');
      await click(page, 'option:playbook_documented:yes');
      await waitForWidgets(page, (l) => l.some((w) => w.id === 'option:playbook_documented:yes' && w.checked), 'still works');
      assert.equal((await page.evaluate(() => window.phasecheck.answers())).answers.sales_stage, 'product');
    });
    assert.deepEqual(app.problems.consoleErrors, []);
  } finally {
    await app.context.close();
  }
});

test('a context that never comes back: a reload prompt, and the reload keeps the answers', async () => {
  const app = await openApp(browser, server.url + '?lang=de', { viewport: { width: 900, height: 700 } });
  try {
    await screenshotOnFailure(app.page, 'context-gone', async () => {
      const { page } = app;
      await page.evaluate((a) => window.phasecheck.resume(a), { schema: 'phasecheck.answers/1', answers: { sales_stage: 'smarter' } });
      await widget(page, 'button:next');
      await page.evaluate(() => document.getElementById('canvas').getContext('webgl2').getExtension('WEBGL_lose_context').loseContext());
      await page.waitForSelector('#update:not([hidden])', { timeout: 10000 });
      assert.match(await page.textContent('#update'), /Anzeige wurde unterbrochen/);
      await Promise.all([page.waitForEvent('load'), page.click('#update button')]);
      await page.waitForFunction(() => document.documentElement.dataset.ready === '1');
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
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
      await page.waitForTimeout(200);
      await cdp.send('Page.setWebLifecycleState', { state: 'active' });
      const sizes = [[280, 600], [3840, 2160], [360, 640], [1920, 1080], [300, 300], [1024, 768], [2560, 1440], [390, 844]];
      for (let round = 0; round < 5; round++) {
        for (const [width, height] of sizes) await page.setViewportSize({ width, height });
      }
      for (const [width, height] of [[280, 700], [3840, 2160], [390, 844]]) {
        await page.setViewportSize({ width, height });
        const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:start' && w.x + w.width <= width), `layout at ${width}`);
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

test('200 loads, restarts and imports do not grow the wasm heap without bound', async () => {
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
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      const sizes = [];
      for (let i = 0; i < 200; i++) {
        window.phasecheck.load(answers);
        await frame();
        window.phasecheck.resume({ schema: 'phasecheck.answers/1', answers: {} });  // back to the start
        drop(i);
        await frame();
        if (i === 20 || i === 199) sizes.push(Module.HEAPU8.length);
      }
      return sizes;
    }, golden);
    assert.equal(heap[1], heap[0], `heap after 20 rounds ${heap[0]}, after 200 rounds ${heap[1]}`);
    await widget(page, 'button:restart');
    assert.deepEqual(app.problems.consoleErrors, []);
  } finally {
    await app.context.close();
  }
});
