// The content's start-up index (src/core/content_index.hpp, issue #13): the content files the build
// validated start from the index compiled into the app, on every page that ships them; any other
// bytes (a consultant's edit, or the same content saved by an editor) are parsed and validated on
// load as before, and what they say is what the check shows.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, launch, serve, visitApp, widget } from './lib.mjs';

const INDEXED = 'phasecheck:content-indexed';
const VIEWPORT = { viewport: { width: 900, height: 700 } };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const startupMarks = (page) => page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name)
  .filter((name) => name.startsWith('phasecheck:')));

test('the check, the meeting page and the single offline file start from the index of the shipped content', { timeout: 120000 }, async () => {
  const server = await serve();
  try {
    for (const page of ['?lang=de', 'meeting.html?lang=de', 'phasecheck-offline.html?lang=de']) {
      await visitApp(browser, server.url + page, VIEWPORT, `content-index-${page}`, async (app) => {
        const marks = await startupMarks(app.page);
        assert.ok(marks.includes(INDEXED), `${page}: started from the index; marks ${marks.join(', ')}`);
        assert.ok(marks.indexOf(INDEXED) < marks.indexOf('phasecheck:content-parse'), `${page}: in the content's first task`);
      });
    }
  } finally {
    server.close();
  }
});

// A site whose content files are those of dist/ but for `edit(name, json)`'s changes, written as an
// editor saves them (indented), so that their bytes differ even where the content does not.
async function withEditedSite(edit, fn) {
  const site = fs.mkdtempSync('/tmp/phasecheck-index-');
  fs.cpSync(DIST, site, { recursive: true });
  for (const name of ['questionnaire.json', 'brand.json']) {
    for (const stale of [`${name}.gz`, `${name}.br`]) fs.rmSync(path.join(site, stale), { force: true });
    const json = JSON.parse(fs.readFileSync(path.join(DIST, name), 'utf8'));
    edit(name, json);
    fs.writeFileSync(path.join(site, name), JSON.stringify(json, null, 2));
  }
  const server = await serve(site);
  try {
    await fn(server.url);
  } finally {
    server.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
}

test('edited content files are parsed and validated on load, and the check shows what they say', { timeout: 120000 }, async () => {
  const relabelled = 'Contact selling (edited by the consultant)';
  await withEditedSite((name, json) => {
    if (name === 'questionnaire.json') json.sections[0].questions[0].options[0].label.en = relabelled;
  }, async (url) => {
    // No service worker: it would serve the files of an earlier visit.
    await visitApp(browser, `${url}?lang=en`, { ...VIEWPORT, serviceWorkers: 'block' }, 'content-index-edited', async ({ page }) => {
      const marks = await startupMarks(page);
      assert.ok(!marks.includes(INDEXED), `not from the index: ${marks.join(', ')}`);
      assert.ok(marks.includes('phasecheck:content-validate'), 'validated');
      await page.keyboard.press('Enter');  // "Start the check"
      const option = await widget(page, 'option:sales_stage:contact');
      assert.equal(option.label, relabelled);
    });
  });
});

test('the same content saved by an editor is validated again, and the check starts as usual', { timeout: 120000 }, async () => {
  await withEditedSite(() => {}, async (url) => {
    await visitApp(browser, `${url}?lang=en`, { ...VIEWPORT, serviceWorkers: 'block' }, 'content-index-resaved', async ({ page }) => {
      assert.ok(!(await startupMarks(page)).includes(INDEXED), 'other bytes, so not from the index');
      await page.keyboard.press('Enter');
      assert.match((await widget(page, 'option:sales_stage:contact')).label, /^Contact selling/);
    });
  });
});
