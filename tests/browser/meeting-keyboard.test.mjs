// Meeting mode (issue #14) with the keyboard alone: Tab walks the meeting's screen in visual order,
// Enter on a focused button presses it (the file picker), Enter opens the name field, Backspace there
// edits the name and nothing else (no one is removed, no screen is left), Tab goes on to
// "Hier beantworten", and Enter there starts answering for the meeting.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { act, launch, openFieldByKey, serve, visitApp, waitForWidgets, widget, waitForAppReady } from './lib.mjs';
import { MEETING_FILES, participants } from './meeting-steps.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const focusedId = (list) => list.find((w) => w.focused)?.id;

// Presses Tab until `id` has the keyboard focus; returns the ids focused on the way.
async function tabTo(page, id) {
  const passed = [];
  for (let i = 0; i < 30; i++) {
    const { widgets: list } = await act(page, () => page.keyboard.press('Tab'), 'the frame after Tab');
    passed.push(focusedId(list));
    if (passed.at(-1) === id) return passed;
  }
  throw new Error(`Tab never reached ${id}: ${passed.join(', ')}`);
}

test('the meeting by keyboard: Tab in visual order, a file by Enter, typing and Backspace in the name', async () => {
  const server = await serve();
  try {
    await visitApp(browser, server.url + 'meeting.html?lang=de', DESKTOP, 'meeting-keyboard', async ({ page }) => {
      // A file, picked with Enter on the focused button.
      await tabTo(page, 'button:open_files');
      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Enter')]);
      await chooser.setFiles([path.join(MEETING_FILES, 'ceo.answers.json')]);
      await waitForWidgets(page, (l) => participants(l).length === 1, 'the file joined');

      // From the top of the page (reloaded: the meeting is kept): the tabs, the person's button, then
      // the add panel, as drawn.
      await page.reload();
      await waitForAppReady(page);
      await waitForWidgets(page, (l) => participants(l).length === 1, 'the meeting after the reload');
      const order = await tabTo(page, 'meeting:name');
      const drawn = ['tab:participants', 'tab:compare', 'tab:agree', 'tab:baseline', 'tab:keep', 'button:remove:CEO', 'meeting:name'];
      assert.deepEqual(order.slice(-drawn.length), drawn);

      // Enter held as a person holds it: released in the input that opened (lost to the canvas).
      await openFieldByKey(page, 'Enter');
      await page.keyboard.type('KAMX');
      await page.keyboard.press('Backspace');  // the field's, not the page's "back"
      await page.keyboard.press('Tab');
      const list = await waitForWidgets(page, (l) => focusedId(l) === 'button:answer_here', 'Tab on to "Hier beantworten"');
      assert.equal(list.find((w) => w.id === 'meeting:name').value, 'KAM');
      assert.deepEqual(participants(list), ['CEO'], 'Backspace removed no one');

      // Enter right after Tab out of the field: "Hier beantworten" starts the check for the meeting.
      await page.keyboard.press('Enter');
      await widget(page, 'option:sales_stage:contact');
      await widget(page, 'button:back_to_meeting');
    });
  } finally {
    server.close();
  }
});
