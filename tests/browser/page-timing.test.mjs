// make bench's "ready" (tests/bench/page-timing.mjs) is one rule for both pages: two of the page's
// animation frames after its first screen's content is there. For SurveyJS's DOM the harness counts
// those frames; Phasencheck's page counts them itself before it sets data-ready. Both checks rest on
// the order of animation frame callbacks, not on how long anything takes.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { installTiming, readTiming, waitForReady } from '../bench/page-timing.mjs';
import { launch } from './lib.mjs';

const ADDRESS = 'http://timing.test/';
let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser.close(); });

// A page that runs `change` 50 ms after it loaded and notes the time, then the time of each of the next
// three animation frames (frames[0] is the one that paints the change).
const pageChanging = (change) => `<!doctype html><body><p>Intro</p><script>
window.framesAfter = [];
setTimeout(() => {
  ${change}
  window.changedAt = performance.now();
  const next = () => requestAnimationFrame(() => { window.framesAfter.push(performance.now()); if (window.framesAfter.length < 3) next(); });
  next();
}, 50);
</script></body>`;

async function timedVisit(kind, html) {
  const context = await browser.newContext();
  try {
    await installTiming(context, kind);
    await context.route(ADDRESS, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    const page = await context.newPage();
    await page.goto(ADDRESS, { waitUntil: 'commit' });
    await waitForReady(page);
    const timing = await readTiming(page);
    await page.waitForFunction(() => window.framesAfter.length === 3);
    const seen = await page.evaluate(() => ({ changedAt: window.changedAt, frames: window.framesAfter }));
    return { ...timing, ...seen };
  } finally {
    await context.close();
  }
}

test('SurveyJS\'s ready is the frame after the one that painted its first question, not later', async () => {
  const t = await timedVisit('surveyjs', pageChanging(
    'document.body.insertAdjacentHTML("beforeend", \'<label><input type="radio" name="q">Ja</label>\');'));
  const [painting, next, third] = t.frames;
  assert.ok(t.contentAt >= t.changedAt, `content seen at ${t.contentAt} ms, before it was added at ${t.changedAt} ms`);
  assert.ok(t.readyAt >= next, `ready at ${t.readyAt} ms, before the frame after the painting one (${painting} → ${next} ms)`);
  assert.ok(t.readyAt < third, `ready at ${t.readyAt} ms, after a third frame (${third} ms)`);
});

test('Phasencheck\'s ready is the moment its page sets data-ready (it has counted the frames)', async () => {
  const t = await timedVisit('phasecheck', pageChanging('document.documentElement.dataset.ready = "1";'));
  assert.ok(t.readyAt >= t.changedAt, `ready at ${t.readyAt} ms, before data-ready was set at ${t.changedAt} ms`);
  assert.ok(t.readyAt < t.frames[0], `ready at ${t.readyAt} ms, not before the next frame (${t.frames[0]} ms)`);
  assert.equal(t.contentAt, null);
});
