// Meeting mode (issue #14) in the browser: a consultant at a client's table, with a tablet, offline.
// Three people join — one answers right on the device, one by a file, one by a pasted share link — and
// the meeting agrees, keeps and prints its report; all by touch, after one visit with the network cut.
// Bad input: a corrupt file among good ones, and a ninth participant.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { after, before, test } from 'node:test';
import { DIST, centre, launch, openApp, screenshotOnFailure, serve, waitForWidgets, widget, waitForAppReady } from './lib.mjs';
import { MEETING_FILES, TABLET, TABLET_PORTRAIT, alerts, answerByTouch, chooseFiles, farTap, participants, typeByTouch } from './meeting-steps.mjs';
import { goldenAnswers, swipeTo, tap } from './walk.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a meeting of three, offline, by touch on a tablet: on the device, a file, a link; agreed and printed', async () => {
  const server = await serve();
  const app = await openApp(browser, server.url + 'index.html?lang=de', TABLET);
  const { page, context } = app;
  try {
    await screenshotOnFailure(page, 'meeting-offline', async () => {
      // The link a participant sent, made on the check's page (the first visit).
      await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase3_redesign_de'));
      const link = await page.evaluate(() => window.phasecheck.shareLink());
      assert.match(link, /#a=/);
      // The check offers meeting mode quietly on its result, and its download does not carry it.
      await widget(page, 'button:meeting');
      assert.ok(!(await page.evaluate(() => performance.getEntriesByType('resource').some((r) => /meeting/.test(r.name)))),
        'the check fetched nothing of meeting mode');
      await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 30000 });
      await context.setOffline(true);
      server.close();  // nothing listens any more: all of meeting mode comes from the worker's cache
      await page.goto(server.url + 'meeting.html?lang=de');
      await waitForAppReady(page);
      await widget(page, 'tab:participants');

      // 1. On the device.
      await typeByTouch(page, 'meeting:name', 'Geschäftsführung');
      await tap(page, 'button:answer_here');
      await answerByTouch(page, goldenAnswers('phase1_clear_en'));
      await farTap(page, 'button:add_to_meeting');
      let list = await waitForWidgets(page, (l) => participants(l).length === 1, 'the first participant');
      assert.deepEqual(participants(list), ['Geschäftsführung']);

      // 2. A file (its participant's name is in it).
      await chooseFiles(page, [path.join(MEETING_FILES, 'sales.answers.json')]);
      list = await waitForWidgets(page, (l) => participants(l).length === 2, 'the second participant');

      // 3. A pasted share link, under the name typed.
      await typeByTouch(page, 'meeting:name', 'KAM');
      await typeByTouch(page, 'meeting:link', link);
      await tap(page, 'button:add_link');
      list = await waitForWidgets(page, (l) => participants(l).length === 3, 'the third participant');
      assert.deepEqual(participants(list), ['Geschäftsführung', 'Vertriebsleitung', 'KAM']);
      assert.deepEqual(alerts(list), [], 'no refusal on the way');

      // Compare: the most divergent question first, marked; each person's phase.
      await tap(page, 'tab:compare');
      // A screen reader hears the new screen, as a step of the check: focus to the meeting's heading.
      const semantics = await page.evaluate(() => window.phasecheck.semantics());
      assert.equal(semantics.focus_request?.id, 'heading:meeting');
      assert.ok(semantics.announcements.some((a) => a.text === 'Mehrere Personen vergleichen: Vergleich'), 'the step is announced');
      const tree = JSON.stringify(semantics);
      for (const part of ['Geschäftsführung – Phase 1', 'KAM – Phase 3', 'Gesprächsbedarf']) assert.ok(tree.includes(part), `compare shows ${part}`);

      // Agree: every question takes the device participant's answer; then the joint recommendation.
      await tap(page, 'tab:agree');
      const agreed = goldenAnswers('phase1_clear_en').answers;
      // Top to bottom, as drawn (most divergent first): one swipe at a time down the page.
      const drawn = await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith('card:')), 'the agree screen');
      const cards = Object.entries(agreed).map(([question, option]) => drawn.find((w) => w.id === `card:${question}:${option}`));
      assert.ok(cards.every(Boolean), 'a card for each answer');
      for (const id of cards.sort((a, b) => a.y - b.y).map((w) => w.id)) {
        await farTap(page, id);
        await waitForWidgets(page, (l) => l.some((w) => w.id === id && w.checked), `${id} agreed`);
      }
      const joint = await page.evaluate(() => JSON.stringify(window.phasecheck.semantics()));
      assert.ok(!joint.includes('hint:joint'), 'no longer waiting for the joint recommendation');

      // Keep: autosaved on the device; the printed report in a new tab.
      await farTap(page, 'tab:keep');
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('phasecheck.meeting/1')));
      assert.equal(stored.schema, 'phasecheck.meeting/1');
      assert.equal(stored.participants.length, 3);
      await context.addInitScript(() => { window.print = () => { window.__printed = true; }; });
      const button = await swipeTo(page, 'button:print', { far: true });
      const [report] = await Promise.all([context.waitForEvent('page'), page.touchscreen.tap(centre(button).x, centre(button).y)]);
      await report.waitForLoadState();
      const text = await report.textContent('body');
      for (const part of ['Geschäftsführung', 'Vertriebsleitung', 'KAM', 'Gemeinsame Empfehlung', 'Phase 1']) {
        assert.ok(text.includes(part), `the report shows ${part}`);
      }
    });
    assert.deepEqual(app.problems.consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)), [], 'console errors');
  } finally {
    await context.close();
    server.close();
  }
});

test('bad input on the tablet: a corrupt file among good ones, then a ninth participant', async () => {
  const server = await serve();
  const app = await openApp(browser, server.url + 'meeting.html?lang=en', TABLET_PORTRAIT);
  const { page, context } = app;
  const dir = fs.mkdtempSync('/tmp/phasecheck-meeting-');
  try {
    await screenshotOnFailure(page, 'meeting-bad-input', async () => {
      const good = JSON.parse(fs.readFileSync(path.join(MEETING_FILES, 'kam.answers.json'), 'utf8'));
      fs.writeFileSync(path.join(dir, 'corrupt.json'), '{"schema": "phasecheck.answers/1", "answers": {');
      const files = [path.join(MEETING_FILES, 'ceo.answers.json'), path.join(dir, 'corrupt.json'), path.join(MEETING_FILES, 'kam.answers.json')];
      await chooseFiles(page, files);
      let list = await waitForWidgets(page, (l) => participants(l).length === 2 && alerts(l).length === 1, 'two joined, one refused');
      assert.deepEqual(participants(list).sort(), ['CEO', 'kam']);
      assert.match(alerts(list)[0].label, /corrupt\.json/);
      assert.doesNotMatch(alerts(list)[0].label, /line \d|\/answers/, 'in plain words');

      // Up to eight, then a ninth is refused and the eight stay.
      const more = [];
      for (let i = 3; i <= 9; i++) {
        const file = path.join(dir, `person-${i}.json`);
        fs.writeFileSync(file, JSON.stringify(good));
        more.push(file);
      }
      await chooseFiles(page, more);
      // The files are read at once; whichever comes last is the ninth.
      list = await waitForWidgets(page, (l) => participants(l).length === 8 && alerts(l).some((w) => /already has 8 people/.test(w.label)),
        'eight joined, the ninth refused');
      assert.match(alerts(list).find((w) => /already has 8 people/.test(w.label)).label, /person-\d\.json/);
      assert.ok(list.some((w) => w.id === 'hint:full'), 'the add panel says the meeting is full');
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('phasecheck.meeting/1')));
      assert.equal(stored.participants.length, 8, 'the eight are saved');
    });
    assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
  } finally {
    await context.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

// The meeting's single file, for a USB stick: what the check's is (offline.test.mjs), within the same
// 400 KB gzip; its files are packed, and unpacked before the app starts.
test('meeting mode\'s single file works from file:// with no server, within 400 KB gzip', async () => {
  const file = path.join(DIST, 'phasecheck-meeting-offline.html');
  const gzip = zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
  assert.ok(gzip <= 400 * 1024, `phasecheck-meeting-offline.html is ${gzip} bytes gzip`);
  const dir = fs.mkdtempSync('/tmp/phasecheck-usb-');
  const copy = path.join(dir, 'phasecheck-meeting-offline.html');
  fs.copyFileSync(file, copy);  // alone in a folder, as on a USB stick
  const app = await openApp(browser, pathToFileURL(copy).href + '?lang=de', TABLET);
  const { page, context } = app;
  try {
    await screenshotOnFailure(page, 'meeting-single-file', async () => {
      await widget(page, 'tab:participants');
      await chooseFiles(page, [path.join(MEETING_FILES, 'sales.answers.json'), path.join(MEETING_FILES, 'kam.answers.json')]);
      const list = await waitForWidgets(page, (l) => participants(l).length === 2, 'two participants from files');
      assert.deepEqual(participants(list).sort(), ['Vertriebsleitung', 'kam']);
      assert.deepEqual(alerts(list), [], 'no refusal');
    });
    assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the way in: a quiet link on the check\'s result, in the same language; never in an embedded check', async () => {
  const server = await serve();
  try {
    for (const [query, shown] of [['?lang=en', true], ['?lang=en&embed=1', false]]) {
      const app = await openApp(browser, server.url + 'index.html' + query, TABLET);
      try {
        await app.page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
        const list = await waitForWidgets(app.page, (l) => l.some((w) => w.id === 'button:restart'), 'the result');
        const link = list.find((w) => w.id === 'button:meeting');
        assert.equal(!!link, shown, `${query}: the meeting link ${shown ? 'shown' : 'not shown'}`);
        if (!shown) continue;
        assert.equal(link.label, 'Compare several people');
        // What the tap asks the browser to open (a new tab; whether a loaded machine lets it appear in
        // time is the browser's matter), then that address, opened here.
        await app.page.evaluate(() => { window.__opened = []; window.open = (...args) => { window.__opened.push(args[0]); return null; }; });
        await tap(app.page, 'button:meeting');
        const opened = await (await app.page.waitForFunction(() => window.__opened.length > 0 && window.__opened)).jsonValue();
        assert.deepEqual(opened, ['meeting.html?lang=en']);
        await app.page.goto(new URL(opened[0], server.url).href);
        await waitForAppReady(app.page);
        await waitForWidgets(app.page, (l) => l.some((w) => w.id === 'tab:participants' && w.label === 'People (0)'), 'meeting mode in English');
      } finally {
        await app.context.close();
      }
    }
  } finally {
    server.close();
  }
});
