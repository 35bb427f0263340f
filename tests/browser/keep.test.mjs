// Keep, share and print: autosave and resume, blocked and damaged storage, export and import,
// share links, the printed report, and text entry on a touch screen.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { centre, click, launch, recordCspViolations, serve, visitApp, waitForWidgets, widget, widgets, waitForAppReady } from './lib.mjs';
import { advance, goldenAnswers, pick, swipeTo, typeInto } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const DESKTOP = { viewport: { width: 1100, height: 850 } };
const STATE_KEY = 'phasecheck.state/1';

const withApp = (name, options, query, fn, expect) => visitApp(browser, server.url + query, options, name, fn, expect);

const answers = (page) => page.evaluate(() => window.phasecheck.answers());
const notice = (page, key) => waitForWidgets(page, (l) => l.some((w) => w.id === `notice:${key}`), `notice ${key}`)
  .then((l) => l.find((w) => w.id === `notice:${key}`));
const reloadApp = async (page) => {
  await page.reload();
  await waitForAppReady(page);
};

test('every answer is saved at once; a reload offers to continue exactly there', async () => {
  await withApp('resume', DESKTOP, '?lang=de', async ({ page }) => {
    await click(page, 'button:start');
    for (const option of ['option:sales_stage:product', 'option:playbook_documented:partly', 'option:buying_behavior_change:little']) {
      await pick(page, option);  // taken, and the next question follows by itself
    }
    const stored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY));
    assert.equal(stored.schema, 'phasecheck.state/1');
    assert.deepEqual(stored.answers.answers, { sales_stage: 'product', playbook_documented: 'partly', buying_behavior_change: 'little' });

    await reloadApp(page);
    const offer = await widget(page, 'button:resume');
    assert.equal(offer.label, 'Fortsetzen');
    assert.ok(!(await widgets(page)).some((w) => w.id === 'button:start'), 'no "start" while the offer stands');
    await click(page, 'button:resume');
    await widget(page, 'option:active_selling_time:over_50');
    assert.equal(Object.keys((await answers(page)).answers).length, 3);

    await reloadApp(page);
    await click(page, 'button:fresh');
    await widget(page, 'button:start');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), null);
  });
});

test('storage blocked (private mode, third-party iframe): the check works and says saving is off', async () => {
  const context = await browser.newContext(DESKTOP);
  await recordCspViolations(context);
  await context.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('blocked', 'SecurityError'); } });
  });
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?lang=en');
    await waitForAppReady(page);
    assert.match((await notice(page, 'storage_off')).label, /Saving is off/);
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
    await widget(page, 'button:restart');
    assert.equal((await page.evaluate(() => window.phasecheck.result())).phase, 1);
  } finally {
    await context.close();
  }
});

test('damaged stored data is set aside with a notice; newer data is never overwritten', async () => {
  await withApp('corrupt', DESKTOP, '?lang=de', async ({ page }) => {
    await page.evaluate((k) => localStorage.setItem(k, '{"schema":"phasecheck.state/1","answers":[tru'), STATE_KEY);
    await reloadApp(page);
    assert.match((await notice(page, 'stored_corrupt')).label, /beschädigt/);
    assert.equal(await page.evaluate((k) => localStorage.getItem(k + '.set-aside'), STATE_KEY), '{"schema":"phasecheck.state/1","answers":[tru');
    await click(page, 'button:start');
    await pick(page, 'option:sales_stage:contact');

    const newer = '{"schema":"phasecheck.state/9","answers":{}}';
    await page.evaluate(([k, v]) => localStorage.setItem(k, v), [STATE_KEY, newer]);
    await reloadApp(page);
    await notice(page, 'stored_newer');
    await click(page, 'button:start');
    await pick(page, 'option:sales_stage:smarter');
    assert.equal(await page.evaluate((k) => localStorage.getItem(k), STATE_KEY), newer);
  });
});

test('save a file, open it in a fresh browser: the same state, byte for byte', async () => {
  const golden = goldenAnswers('phase2_partly_figures_contradict_de');
  let saved;
  let savedName;
  await withApp('export', DESKTOP, '?lang=de', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), golden);
    await widget(page, 'button:save');
    await typeInto(page, 'field:notes', 'Workshop im Januar – „Vertriebsprozess“ prüfen');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button:save')]);
    savedName = download.suggestedFilename();
    saved = fs.readFileSync(await download.path(), 'utf8');
  });
  assert.equal(savedName, `phasecheck-muster-gmbh-${new Date().toISOString().slice(0, 10)}.json`.replace('muster-gmbh-', ''));
  const doc = JSON.parse(saved);
  assert.equal(doc.schema, 'phasecheck.answers/1');
  assert.equal(doc.result.phase, 2);
  assert.equal(doc.meta.notes, 'Workshop im Januar – „Vertriebsprozess“ prüfen');

  const file = path.join(fs.mkdtempSync('/tmp/phasecheck-export-'), savedName);
  fs.writeFileSync(file, saved);
  await withApp('import', DESKTOP, '?lang=de', async ({ page }) => {
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'button:open_file')]);
    await chooser.setFiles(file);
    await notice(page, 'import_done');
    await widget(page, 'button:restart');
    const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button:save')]);
    assert.equal(fs.readFileSync(await download.path(), 'utf8'), saved, 'export → import → export is identical');
  });
});

test('bad files are refused with a reason and change nothing: not JSON, wrong schema, unknown ids, 50 MB', async () => {
  const dir = fs.mkdtempSync('/tmp/phasecheck-bad-');
  const files = {
    'notes.txt': 'Just some text',
    'result.json': JSON.stringify({ schema: 'phasecheck.result/1', phase: 2 }),
    'unknown.json': JSON.stringify({ schema: 'phasecheck.answers/1', answers: { scale_unchanged: 'perhaps' } }),
  };
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  const huge = path.join(dir, 'huge.json');
  fs.writeFileSync(huge, Buffer.alloc(50 * 1024 * 1024, 32));
  await withApp('bad-files', DESKTOP, '?lang=en', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
    await widget(page, 'button:restart');  // the result page (the intro has an "open" button too)
    const before = await answers(page);
    // In plain words (#11, item 9): what is wrong and where, no JSON pointers or parser messages.
    const expectations = [['notes.txt', /not loaded\. The file is not a Phasencheck file\./], ['result.json', /not loaded\. The file is not a Phasencheck file\./],
                          ['unknown.json', /not loaded\. Question \d+ has an unknown answer\./], ['huge.json', /too large/]];
    for (const [name, reason] of expectations) {
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'button:open_file')]);
      await chooser.setFiles(path.join(dir, name));
      const list = await waitForWidgets(page, (l) => l.some((w) => w.role === 'alert' && w.label.includes(name)), `refusal of ${name}`);
      const label = list.find((w) => w.role === 'alert' && w.label.includes(name)).label;
      assert.match(label, reason);
      assert.doesNotMatch(label, /line \d|\/schema|unknown option|perhaps/);
      assert.ok(!list.some((w) => w.id === 'notice:import_done'), `${name}: no "loaded" notice beside the refusal`);
      assert.deepEqual(await answers(page), before, `${name} changed nothing`);
    }
  });
  fs.rmSync(dir, { recursive: true, force: true });
});

test('a file dropped onto the page is imported', async () => {
  await withApp('drop', DESKTOP, '?lang=de', async ({ page }) => {
    const text = JSON.stringify(goldenAnswers('phase3_redesign_de'));
    await page.evaluate((content) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], 'kunde.json', { type: 'application/json' }));
      document.getElementById('canvas').dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await notice(page, 'import_done');
    assert.equal((await page.evaluate(() => window.phasecheck.result())).phase, 3);
  });
});

test('share link: copied, opened in a fresh browser, shows the same result; the fragment then leaves the address', async () => {
  let link;
  let result;
  await withApp('share', { ...DESKTOP, permissions: ['clipboard-read', 'clipboard-write'] }, '?lang=de', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase2_partly_figures_contradict_de'));
    await click(page, 'button:copy_link');
    await notice(page, 'link_copied');
    link = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(link, await page.evaluate(() => window.phasecheck.shareLink()));
    assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#a=1[0-9-]{15}~/);
    result = await page.evaluate(() => window.phasecheck.result());
  });
  await withApp('share-open', DESKTOP, '', async ({ page }) => {
    await page.goto(link);
    await waitForAppReady(page);
    await widget(page, 'button:restart');
    const shown = await page.evaluate(() => window.phasecheck.result());
    assert.equal(shown.phase, result.phase);
    assert.deepEqual(shown.reasons.map((r) => r.id), result.reasons.map((r) => r.id));
    assert.deepEqual(shown.economics.indicators.map((i) => [i.id, i.prior, i.current]),
                     result.economics.indicators.map((i) => [i.id, i.prior, i.current]));
    assert.equal(await page.evaluate(() => location.hash), '');
    await click(page, 'button:change');
    await widget(page, 'option:sales_stage:contact');
  });
});

test('malformed or foreign fragments get a notice, never a crash', async () => {
  await withApp('bad-links', DESKTOP, '?lang=en', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
    await widget(page, 'button:restart');
    const before = await answers(page);
    for (const fragment of ['#a=1', '#a=9xyz', '#a=1' + '9'.repeat(15), '#a=1000000000000000~x', '#a=' + 'z'.repeat(5000)]) {
      await page.evaluate((f) => { location.hash = f; }, fragment);
      await waitForWidgets(page, (l) => l.some((w) => w.id === 'notice:link_failed'), `notice for ${fragment.slice(0, 20)}`);
      assert.deepEqual(await answers(page), before);
      await click(page, 'button:dismiss:0');
      await waitForWidgets(page, (l) => !l.some((w) => w.id.startsWith('notice:')), 'notice dismissed');
    }
    await page.goto(server.url + '?lang=de#a=not-a-link');  // a new load, not just a new fragment
    await waitForAppReady(page);
    await notice(page, 'link_failed');
    await widget(page, 'button:resume');
  });
});

test('the printed report: new tab, print dialog, everything in it, injected markup shown as text', async () => {
  await withApp('report', DESKTOP, '?lang=de', async ({ page, context }) => {
    await context.addInitScript(() => { window.print = () => { window.__printed = true; }; });
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase2_partly_figures_contradict_de'));
    await widget(page, 'button:print');
    await typeInto(page, 'field:company', '<script>alert(1)</script>');
    const html = await page.evaluate(() => window.phasecheck.reportHtml());
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!html.includes('<script>alert(1)'));
    const [report] = await Promise.all([context.waitForEvent('page'), click(page, 'button:print')]);
    await report.waitForLoadState();
    await report.waitForFunction(() => window.__printed === true);
    const text = await report.textContent('body');
    for (const part of ['Phase 2 – Optimieren', 'Warum diese Phase', 'Nächste Schritte', 'Ihre Antworten', 'Vertriebskostenquote',
                        '<script>alert(1)</script>', 'Mauermann Vertriebsberatung', 'Ihre Verkaufsstufe']) {
      assert.ok(text.includes(part), `report shows ${part}`);
    }
    assert.equal(await report.$$eval('table.profile svg.bar rect', (r) => r.length > 4), true);
    assert.equal(await report.$('body script'), null, 'no script in the report');
    assert.equal(await report.evaluate(() => getComputedStyle(document.querySelector('h2')).color), 'rgb(29, 78, 137)', 'styled under the CSP');
  });
});

test('text entry on a touch screen: the tapped field gets a real input (keyboard, umlauts, paste)', async () => {
  const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
  await withApp('touch-text', PHONE, '?lang=de', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_product_selling_de'));
    await widget(page, 'button:restart');
    const field = await swipeTo(page, 'field:notes');
    await page.touchscreen.tap(centre(field).x, centre(field).y);
    await page.waitForFunction(() => document.activeElement && document.activeElement.tagName === 'TEXTAREA');
    assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-label')), 'Notizen');
    await page.keyboard.insertText('Grüße an Frau Müller – nächste Woche ');
    await page.evaluate(() => {  // a paste, as the browser delivers it
      const area = document.activeElement;
      area.setRangeText('(eingefügt: „Übersicht“)', area.selectionStart, area.selectionEnd, 'end');
      area.dispatchEvent(new InputEvent('input', { inputType: 'insertFromPaste', bubbles: true }));
    });
    await page.evaluate(() => document.activeElement.blur());
    const notes = await waitForWidgets(page, (l) => l.some((w) => w.id === 'field:notes' && w.value.includes('Übersicht')), 'the notes');
    assert.equal(notes.find((w) => w.id === 'field:notes').value, 'Grüße an Frau Müller – nächste Woche (eingefügt: „Übersicht“)');
    assert.equal((await answers(page)).meta.notes, 'Grüße an Frau Müller – nächste Woche (eingefügt: „Übersicht“)');
  });
});
