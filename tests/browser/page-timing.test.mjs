// make bench's "ready" (tests/bench/page-timing.mjs) is one criterion for both pages: two of the
// page's animation frames after its first screen's content is there. For SurveyJS's DOM the harness
// counts those frames; Phasencheck's page counts them itself before it sets data-ready.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { installTiming, readTiming, waitForReady } from '../bench/page-timing.mjs';
import { launch } from './lib.mjs';

const ADDRESS = 'http://timing.test/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// A page that puts `markup` into the body 50 ms after it loaded, and notes the frames after it: the
// first (which paints it) and the next.
const pageAdding = (markup) => `<!doctype html><body><script>
setTimeout(() => {
  document.body.insertAdjacentHTML('beforeend', ${JSON.stringify(markup)});
  window.addedAt = performance.now();
  requestAnimationFrame(() => {
    window.paintingFrameAt = performance.now();
    requestAnimationFrame(() => { window.nextFrameAt = performance.now(); });
  });
}, 50);
</script></body>`;

async function timedVisit(kind, html) {
  const context = await browser.newContext();
  try {
    await installTiming(context, kind);
    await context.route(ADDRESS, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const page = await context.newPage();
    await page.goto(ADDRESS, { waitUntil: 'commit' });
    await page.evaluate(() => { document.body.style.background = 'white'; });  // something to paint first
    await waitForReady(page);
    const timing = await readTiming(page);
    const seen = await page.evaluate(() => ({ addedAt: window.addedAt, paintingFrameAt: window.paintingFrameAt, nextFrameAt: window.nextFrameAt }));
    return { ...timing, ...seen };
  } finally {
    await context.close();
  }
}

test('SurveyJS\'s ready is the frame after the one that painted its first question', async () => {
  const t = await timedVisit('surveyjs', pageAdding('<label><input type="radio" name="q">Ja</label>'));
  assert.ok(t.contentAt >= t.addedAt, `content seen at ${t.contentAt} ms, before it was added at ${t.addedAt} ms`);
  assert.ok(t.readyAt >= t.nextFrameAt,
    `ready at ${t.readyAt} ms, before the frame after the painting one (${t.paintingFrameAt} → ${t.nextFrameAt} ms)`);
});

test('Phasencheck\'s ready is the moment its page sets data-ready (it has counted the frames)', async () => {
  const t = await timedVisit('phasecheck', `<!doctype html><body><p>Intro</p><script>
    setTimeout(() => { document.documentElement.dataset.ready = '1'; window.addedAt = performance.now(); }, 50);
  </script></body>`);
  assert.ok(Math.abs(t.readyAt - t.addedAt) < 1, `ready at ${t.readyAt} ms, data-ready set at ${t.addedAt} ms`);
  assert.equal(t.readyAt, t.contentAt);
});
