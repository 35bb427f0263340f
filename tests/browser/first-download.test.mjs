// What the check's first download carries (issue #14, item 6): meeting mode has a page of its own, so
// the check fetches none of its files, and neither its questionnaire nor its report stylesheet carries
// meeting mode's words or rules. The meeting page gets both: its printed report is worded and laid out.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, act, click, launch, openApp, screenshotOnFailure, serve, visibleWidget, centre, widget } from './lib.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };

let browser;
let server;
before(async () => { browser = await launch(); server = await serve(); });
after(async () => { await browser?.close(); server?.close(); });

test('the check, up to its first question, fetches nothing of meeting mode', async () => {
  const { page, context } = await openApp(browser, `${server.url}index.html?lang=de`, DESKTOP);
  try {
    await screenshotOnFailure(page, 'first-download-check', async () => {
      await click(page, 'button:start');
      await widget(page, 'option:sales_stage:contact');
      const fetched = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname));
      assert.ok(fetched.some((p) => p.endsWith('/questionnaire.json')), `the questionnaire was fetched: ${fetched}`);
      assert.deepEqual(fetched.filter((p) => /meeting/.test(p)), [], 'no file of meeting mode');
      // The same files the page was given: meeting mode's report wording and layout are not in them.
      const { messages } = await page.evaluate(() => fetch('questionnaire.json').then((r) => r.json()));
      assert.deepEqual(Object.keys(messages).filter((key) => key.startsWith('report.meeting.')), [], 'no meeting report wording');
      const css = await page.evaluate(() => fetch('report.css').then((r) => r.text()));
      assert.ok(css.includes('.answers'), 'the check report stylesheet');
      assert.ok(!css.includes('.matrix'), 'without the meeting report\'s matrix');
      // The check's wasm: no meeting document, wording file or meeting report linked in (their strings
      // would be in its data); only the result's way in, the link to meeting.html.
      const wasm = await page.evaluate(() => fetch('phasecheck.wasm').then((r) => r.arrayBuffer())
        .then((bytes) => new TextDecoder('latin1').decode(bytes)));
      assert.ok(wasm.includes('meeting.html?lang='), 'the result\'s link to meeting mode');
      for (const text of ['phasecheck.meeting/1', 'phasecheck.wording/1', 'report.meeting.', 'meeting.title']) {
        assert.ok(!wasm.includes(text), `the check's wasm carries nothing of meeting mode: ${text}`);
      }
    });
  } finally {
    await context.close();
  }
});

test('the meeting page prints its report worded from meeting.json and laid out by its own stylesheet', async () => {
  const { page, context, problems } = await openApp(browser, `${server.url}meeting.html?lang=de`, DESKTOP);
  try {
    await screenshotOnFailure(page, 'first-download-meeting', async () => {
      await click(page, 'tab:keep');
      const open = await visibleWidget(page, 'button:open_meeting');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'),
        act(page, () => page.mouse.click(centre(open).x, centre(open).y), 'the frame after clicking button:open_meeting')]);
      await chooser.setFiles(path.join(ROOT, 'tests/meeting/meeting.json'));
      await widget(page, 'tab:participants');
      await page.waitForFunction(() => localStorage.getItem('phasecheck.meeting/1')?.includes('Muster GmbH'));
      await context.addInitScript(() => { window.print = () => {}; });
      const print = await visibleWidget(page, 'button:print');
      const [report] = await Promise.all([context.waitForEvent('page'), page.mouse.click(centre(print).x, centre(print).y)]);
      await report.waitForLoadState();
      const text = await report.textContent('body');
      assert.ok(text.includes('Gemeinsame Empfehlung'), 'the report\'s own words (report.meeting.joint)');
      assert.ok(!text.includes('(missing text)'), 'no message missing');
      // The meeting report's stylesheet reached it and its Content-Security-Policy let it apply.
      const layout = await report.evaluate(() => getComputedStyle(document.querySelector('table.matrix')).tableLayout);
      assert.equal(layout, 'fixed', 'the divergence matrix in its print layout');
      const margin = await report.evaluate(() => getComputedStyle(document.body).marginTop);
      assert.equal(margin, '0px', 'report.css\'s rules too');
    });
    assert.deepEqual(problems.consoleErrors, [], 'console errors');
  } finally {
    await context.close();
  }
});
