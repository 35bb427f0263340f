// Issue #12, "Done when": axe-core reports no violation on every screen — the intro, a question, the
// result, a notice, the figures (and a figure being typed) — in German and English, in the light and the dark theme, on a desktop
// and a phone.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { click, launch, serve, visitApp, widget } from './lib.mjs';
import { axeViolations, describeViolations } from './axe.mjs';
import { everyScreen } from './screens.mjs';

const DEVICES = [
  ['desktop', { viewport: { width: 1280, height: 900 } }],
  ['phone', { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

for (const [device, options] of DEVICES) {
  for (const lang of ['de', 'en']) {
    for (const colorScheme of ['light', 'dark']) {
      test(`axe: no violation on any screen (${device}, ${lang}, ${colorScheme})`, async () => {
        await visitApp(browser, `${server.url}?lang=${lang}`, { ...options, colorScheme }, `axe-${device}-${lang}-${colorScheme}`, async ({ page }) => {
          let screens = 0;
          for await (const { name } of everyScreen(page, { notice: true })) {
            const violations = await axeViolations(page);
            assert.equal(violations.length, 0, `${name}: ${violations.length} violation(s)\n${describeViolations(violations)}`);
            screens++;
          }
          assert.equal(screens, 5, 'intro, question, result, notice and figures checked');
          // A figure being typed: the real input laid over the field (web/boot.js).
          await click(page, 'field:prior:revenue');
          await page.locator('.text-agent').waitFor();
          const typing = await axeViolations(page);
          assert.equal(typing.length, 0, `typing a figure: ${typing.length} violation(s)\n${describeViolations(typing)}`);
        });
      });
    }
  }
}

// The check can fail: an image without a text alternative, added to the page, is reported by rule,
// element and help text.
test('axe: an image without alt text is reported', async () => {
  await visitApp(browser, `${server.url}?lang=de`, DEVICES[0][1], 'axe-self-test', async ({ page }) => {
    await widget(page, 'button:start');
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'favicon.svg';
      img.id = 'no-alt';
      document.body.append(img);
    });
    const violations = await axeViolations(page);
    const imageAlt = violations.find((v) => v.rule === 'image-alt');
    assert.ok(imageAlt, `image-alt reported: ${describeViolations(violations)}`);
    assert.deepEqual(imageAlt.elements.map((e) => e.target), ['#no-alt']);
    assert.match(describeViolations(violations), /image-alt \(critical\): Images must have alternative text[\s\S]*#no-alt: <img src="favicon.svg" id="no-alt">/);
  });
});
