// Meeting mode (issue #14) on a phone, by touch: nothing typed or tapped is lost by a slip. A reload
// while someone answers at the table finds them where they were; removing a person can be undone;
// the remove button of a long name fits the phone and still says whom it removes.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { launch, openApp, screenshotOnFailure, serve, waitForWidgets, waitForAppReady } from './lib.mjs';
import { MEETING_FILES, PHONE, answerByTouch, chooseFiles, participants, questionShown, typeByTouch } from './meeting-steps.mjs';
import { goldenAnswers, tap } from './walk.mjs';

const ANSWERING_KEY = 'phasecheck.meeting/1.answering';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function withMeetingPage(name, fn) {
  const server = await serve();
  const app = await openApp(browser, server.url + 'meeting.html?lang=de', PHONE);
  try {
    await screenshotOnFailure(app.page, name, () => fn(app.page));
    assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
  } finally {
    await app.context.close();
    server.close();
  }
}

test('a reload while someone answers at the table: they carry on as themselves, at the question they were at', async () => {
  await withMeetingPage('meeting-reload-answering', async (page) => {
    const golden = goldenAnswers('phase1_clear_en');
    await typeByTouch(page, 'meeting:name', 'Vertriebsleitung');
    await tap(page, 'button:answer_here');
    await answerByTouch(page, golden, 3);
    const at = await questionShown(page);
    const before = (await page.evaluate(() => window.phasecheck.answers())).answers;
    assert.equal(Object.keys(before).length, 3);
    await page.waitForFunction((key) => localStorage.getItem(key) !== null && JSON.parse(localStorage.getItem(key)).question === 3,
      ANSWERING_KEY);

    await page.reload();
    await waitForAppReady(page);
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith(`option:${at}:`)), `question ${at} again`);
    assert.ok(list.some((w) => w.id === 'button:back_to_meeting'), 'still answering for the meeting');
    assert.ok(list.some((w) => w.role === 'status' && w.label.includes('Vertriebsleitung') && /wiederhergestellt/.test(w.label)),
      'the page says whose answers came back');
    assert.deepEqual((await page.evaluate(() => window.phasecheck.answers())).answers, before);

    await answerByTouch(page, golden);
    await tap(page, 'button:add_to_meeting');
    const joined = await waitForWidgets(page, (l) => participants(l).length === 1, 'the person in the meeting');
    assert.deepEqual(participants(joined), ['Vertriebsleitung']);
    const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('phasecheck.meeting/1')));
    assert.deepEqual(stored.participants[0].answers.answers, golden.answers, 'every answer, before and after the reload');
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), ANSWERING_KEY), null, 'nothing left to resume');
  });
});

test('removing a person is one tap, and so is taking it back; a long name\'s button fits the phone', async () => {
  const dir = fs.mkdtempSync('/tmp/phasecheck-meeting-');
  try {
    await withMeetingPage('meeting-undo-remove', async (page) => {
      const long = 'Vertriebsleitungsgroßkundenbetreuungsverantwortliche-Süd';
      const file = path.join(dir, 'long.json');
      const answers = JSON.parse(fs.readFileSync(path.join(MEETING_FILES, 'kam.answers.json'), 'utf8'));
      fs.writeFileSync(file, JSON.stringify({ ...answers, meta: { participant: long } }));
      await chooseFiles(page, [path.join(MEETING_FILES, 'ceo.answers.json'), file, path.join(MEETING_FILES, 'sales.answers.json')]);
      let list = await waitForWidgets(page, (l) => participants(l).length === 3, 'three people');
      const order = participants(list);

      // A short visible label that fits any name; the spoken one names the person.
      const button = list.find((w) => w.id === `button:remove:${long}`);
      assert.equal(button.label, `${long} entfernen`);
      assert.deepEqual(button.lines, ['Entfernen']);
      assert.ok(button.text_width <= button.width && button.x + button.width <= 390, 'the button fits the phone');

      await tap(page, `button:remove:${long}`);
      list = await waitForWidgets(page, (l) => participants(l).length === 2 && l.some((w) => w.id === 'button:undo_remove'),
        'the removal and its undo');
      assert.ok(!participants(list).includes(long));
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('phasecheck.meeting/1')).participants.length === 2);

      await tap(page, 'button:undo_remove');
      list = await waitForWidgets(page, (l) => participants(l).length === 3, 'the person back');
      assert.deepEqual(participants(list), order, 'back in their place');
      assert.ok(!list.some((w) => w.id === 'button:undo_remove'), 'one undo per removal');
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('phasecheck.meeting/1')).participants.length === 3);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
