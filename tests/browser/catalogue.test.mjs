// The catalogue of bad inputs (tests/catalogue/bad_inputs.json) in the browser, through the page's
// own entry points: the JS API, the address fragment, dropped files, local storage, typed figures
// and the content files. Each is refused with its message; nothing the visitor had is lost. What the
// visitor reads is plain words of their language (the case's "says"); the technical message is for
// developers and support: in the console and behind "Details kopieren", never in the visible text.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, ROOT, click, launch, openApp, serve, settled, waitForWidgets, widget, waitForAppReady } from './lib.mjs';
import { advance, goldenAnswers, typeInto } from './walk.mjs';

const catalogue = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/catalogue/bad_inputs.json'), 'utf8'));
const messages = JSON.parse(fs.readFileSync(path.join(DIST, 'questionnaire.json'), 'utf8')).messages;
const cases = (entry) => catalogue.cases.filter((c) => c.entry === entry);

function inputOf(c) {
  if ('input' in c) return c.input;
  if (c.input_repeat) return c.input_repeat.text.repeat(c.input_repeat.times);
  const doc = JSON.parse(fs.readFileSync(path.join(ROOT, c.edit_of), 'utf8'));
  const keys = c.pointer.split('/').slice(1);
  const last = keys.pop();
  const parent = keys.reduce((node, key) => node[key], doc);
  if (c.remove) delete parent[last];
  else parent[last] = c.set;
  return JSON.stringify(doc);
}

let server;
let browser;
let app;
const apps = {};  // by language, each with the visitor's work loaded and its console warnings
const golden = goldenAnswers('phase1_clear_en');

async function openWithWork(lang) {
  const opened = await openApp(browser, server.url + `?lang=${lang}`, { viewport: { width: 1000, height: 800 }, permissions: ['clipboard-read', 'clipboard-write'] });
  opened.warnings = [];
  opened.page.on('console', (message) => { if (message.type() === 'warning') opened.warnings.push(message.text()); });
  await opened.page.evaluate((a) => window.phasecheck.load(a), golden);
  await widget(opened.page, 'button:restart');
  return opened;
}

before(async () => {
  server = await serve();
  browser = await launch();
  apps.de = await openWithWork('de');
  apps.en = await openWithWork('en');
  app = apps.de;
});
after(async () => {
  for (const opened of Object.values(apps)) await opened.context.close();
  await browser?.close();
  server?.close();
});

// The notice's whole visible text: its message with the plain reason in place of {detail}, nothing
// else — so no developer English (the case's `expect`) can be in it.
function plainText(lang, noticeKey, c, name) {
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const reason = escape(messages[c.says][lang]).replace(escape('{number}'), '\\d+');
  const whole = escape(messages[noticeKey][lang]).replace(escape('{detail}'), reason).replace(escape('{name}'), escape(name ?? ''));
  return new RegExp(`^${whole}$`);
}

function assertPlain(opened, lang, label, noticeKey, c, name) {
  assert.match(label, plainText(lang, noticeKey, c, name), `${c.id} (${lang}) reads plainly`);
  assert.ok(!label.includes(c.expect), `${c.id} (${lang}): no developer text in "${label}"`);
  assert.ok(opened.warnings.some((w) => w.includes(c.expect)), `${c.id} (${lang}): the technical text is in the console`);
}

const answersNow = () => app.page.evaluate(() => window.phasecheck.answers());

test('answers documents through phasecheck.evaluate and phasecheck.load', async () => {
  const before = await answersNow();
  // The JS API takes values, not text: cases about the text itself (syntax, duplicate keys, bytes,
  // number overflow) cannot reach it and are covered natively and by the import test below.
  for (const c of cases('answers').filter((x) => !x.text_only)) {
    const doc = JSON.parse(inputOf(c));
    for (const call of ['evaluate', 'load']) {
      const refused = await app.page.evaluate(([fn, d]) => window.phasecheck[fn](d), [call, doc]);
      assert.ok(refused && refused.error, `${c.id}: ${call} refused`);
      assert.ok(refused.error.includes(c.expect), `${c.id}: ${call} says "${refused.error}"`);
    }
    assert.deepEqual(await answersNow(), before, `${c.id} changed nothing`);
  }
});

for (const lang of ['de', 'en']) test(`share links in the address (${lang})`, async () => {
  const app = apps[lang];
  const answersNow = () => app.page.evaluate(() => window.phasecheck.answers());
  const before = await answersNow();
  for (const c of cases('link')) {
    // Resolves once the page has seen the new fragment: boot.js, listening since the start, has
    // then already handed it to the app, or not.
    await app.page.evaluate((f) => new Promise((resolve) => {
      window.addEventListener('hashchange', resolve, { once: true });
      location.hash = f;
    }), inputOf(c));
    if (!inputOf(c).startsWith('#a=')) {  // a page anchor, not a link of ours: nothing happens
      // Had the app been given it, it would owe frames; settled() waits for them to be drawn.
      const { widgets: list } = await settled(app.page);
      assert.ok(!list.some((w) => w.id.startsWith('notice:')), `${c.id}: no notice for a page anchor`);
      assert.deepEqual(await answersNow(), before, `${c.id} changed nothing`);
      continue;
    }
    const list = await waitForWidgets(app.page, (l) => l.some((w) => w.id === 'notice:link_failed'), c.id);
    assertPlain(app, lang, list.find((w) => w.id === 'notice:link_failed').label, 'notice.link_failed', c);
    await click(app.page, 'button:dismiss:0');
    await waitForWidgets(app.page, (l) => !l.some((w) => w.id.startsWith('notice:')), 'dismissed');
    assert.deepEqual(await answersNow(), before, `${c.id} changed nothing`);
  }
});

test('"Details kopieren" hands support the technical text the visitor does not see', async () => {
  const c = cases('link').find((x) => x.id === 'link-unknown-version');
  await app.page.evaluate((f) => new Promise((resolve) => {
    window.addEventListener('hashchange', resolve, { once: true });
    location.hash = f;
  }), inputOf(c));
  const list = await waitForWidgets(app.page, (l) => l.some((w) => w.id === 'notice:link_failed'), 'the refusal');
  const details = list.find((w) => w.id.startsWith('button:notice_details:'));
  assert.equal(details.label, 'Details kopieren');
  await click(app.page, details.id);
  await waitForWidgets(app.page, (l) => l.some((w) => w.id === 'notice:details_copied'), 'copied');
  const copied = await app.page.evaluate(() => navigator.clipboard.readText());
  assert.ok(copied.includes(c.expect), `the clipboard holds "${copied}"`);
  for (let open = list.filter((w) => w.id.startsWith('notice:')).length + 1; open > 0; open--) await click(app.page, 'button:dismiss:0');
  await waitForWidgets(app.page, (l) => !l.some((w) => w.id.startsWith('notice:')), 'dismissed');
});

for (const lang of ['de', 'en']) test(`files dropped onto the page, also every document case as a file (${lang})`, async () => {
  const app = apps[lang];
  const answersNow = () => app.page.evaluate(() => window.phasecheck.answers());
  const before = await answersNow();
  // Files with invalid UTF-8 reach the app already repaired by the browser (File.text()), so that
  // case is native only; incomplete answers are fine in a file (the visitor continues them).
  const asFiles = cases('answers').filter((c) => !c.input_hex && !/missing required answer/.test(c.expect))
    .map((c) => ({ ...c, entry: 'import' }));
  for (const [i, c] of [...cases('import'), ...asFiles].entries()) {
    const content = inputOf(c);
    await app.page.evaluate(([data, name]) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([data], name, { type: 'application/json' }));
      document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, [content, `case-${i}.json`]);
    const name = `case-${i}.json`;
    const list = await waitForWidgets(app.page, (l) => l.some((w) => w.role === 'alert' && w.label.includes(name)), c.id);
    const label = list.find((w) => w.role === 'alert' && w.label.includes(name)).label;
    if (c.expect.startsWith('notice.')) assert.equal(label, messages[c.expect][lang].replace('{name}', name));
    else assertPlain(app, lang, label, 'notice.import_failed', c, name);
    assert.deepEqual(await answersNow(), before, `${c.id} changed nothing`);
  }
});

test('figures typed into the app', async () => {
  const { page } = app;
  await click(page, 'button:change');
  await widget(page, 'option:sales_stage:solution');
  for (let i = 0; i < 15; i++) await advance(page);
  for (const c of cases('figure_typed')) {
    await typeInto(page, 'field:current:revenue', inputOf(c));
    await click(page, 'button:next');
    const want = messages[c.expect].de;
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'field:current:revenue' && w.error === want), c.id);
    assert.equal(list.find((w) => w.id === 'field:current:revenue').value, inputOf(c), 'what was typed stays');
    await click(page, 'field:current:revenue');
    await page.waitForFunction(() => document.activeElement.classList.contains('text-agent'));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.press('Tab');
  }
});

test('damaged, foreign, newer and outdated data in local storage', async () => {
  const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?lang=de');
    // Let this first page start before storage is touched, or it would read the case itself.
    await waitForAppReady(page);
    for (const c of cases('state')) {
      await page.evaluate((v) => { localStorage.clear(); localStorage.setItem('phasecheck.state/1', v); }, inputOf(c));
      await page.reload();
      await waitForAppReady(page);
      const list = await waitForWidgets(page, (l) => l.some((w) => w.id === `notice:${c.expect.replace('notice.', '')}`), c.id);
      const shown = list.find((w) => w.id === `notice:${c.expect.replace('notice.', '')}`).label;
      if (!messages[c.expect].de.includes('{')) assert.equal(shown, messages[c.expect].de, `${c.id}: the message alone, no technical detail`);
      const kept = await page.evaluate((v) => [localStorage.getItem('phasecheck.state/1'), localStorage.getItem('phasecheck.state/1.set-aside')].includes(v), inputOf(c));
      const offered = (await page.evaluate(() => window.phasecheck.widgets())).some((w) => w.id === 'button:resume');
      assert.ok(kept || offered, `${c.id}: the stored data is kept, set aside or offered back`);
    }
  } finally {
    await context.close();
  }
});

test('broken content files show what is wrong instead of the app', async () => {
  const site = fs.mkdtempSync('/tmp/phasecheck-content-');
  fs.cpSync(DIST, site, { recursive: true });
  const local = await serve(site);
  // No service worker here: it would (rightly) serve the files cached at the first visit.
  const context = await browser.newContext({ viewport: { width: 900, height: 700 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  try {
    for (const c of [...cases('brand'), ...cases('questionnaire')]) {
      const file = c.entry === 'brand' ? 'brand.json' : 'questionnaire.json';
      fs.copyFileSync(path.join(DIST, 'brand.json'), path.join(site, 'brand.json'));
      fs.copyFileSync(path.join(DIST, 'questionnaire.json'), path.join(site, 'questionnaire.json'));
      fs.writeFileSync(path.join(site, file), inputOf(c));
      // A new modification time each case, or the loopback server answers "304 not modified".
      const stamp = new Date(Date.now() + 1000 * (catalogue.cases.indexOf(c) + 1));
      for (const name of ['brand.json', 'questionnaire.json']) fs.utimesSync(path.join(site, name), stamp, stamp);
      await page.goto(local.url + '?v=' + c.id);
      await page.waitForSelector('#fatal:not([hidden])');
      const details = await page.textContent('#fatal pre');
      assert.ok(details.includes(c.expect), `${c.id}: "${details}"`);
    }
  } finally {
    await context.close();
    local.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});
