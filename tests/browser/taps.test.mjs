// Issue #11, item 11: how many taps a visitor needs from "start" to the result on a phone, walked with
// real touch input. Before auto-advance it was a tap on the answer and one on "next" for each of the 15
// questions, plus "start" and "continue without figures": 32. A pick now moves on by itself.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launch, openApp, screenshotOnFailure, serve } from './lib.mjs';
import { goldenAnswers, tapCount, walkWithTouch } from './walk.mjs';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
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

for (const lang of ['de', 'en']) {
  test(`taps from start to result on a phone (${lang}): one per answer, plus start and the figures step`, async () => {
    const golden = goldenAnswers('phase2_partly_figures_contradict_de');
    const { context, page, problems } = await openApp(browser, server.url + `?lang=${lang}`, PHONE);
    try {
      await screenshotOnFailure(page, `taps-${lang}`, async () => {
        tapCount.value = 0;
        const visited = await walkWithTouch(page, golden);
        const taps = tapCount.value;
        console.log(`taps from start to result (${lang}): ${taps} for ${visited.length} questions`);
        assert.equal(taps, visited.length + 2);
        assert.equal(taps, 17);
        const answers = await page.evaluate(() => window.phasecheck.answers());
        assert.deepEqual(answers.answers, golden.answers);
        assert.deepEqual(problems.consoleErrors, []);
      });
    } finally {
      await context.close();
    }
  });
}
