// What the meeting's browser tests do by touch, shared by them: who is in the meeting, typing into a
// meeting field, answering at the table, picking files.
import assert from 'node:assert/strict';
import path from 'node:path';
import { ROOT, waitForWidgets } from './lib.mjs';
import { tap } from './walk.mjs';

export const MEETING_FILES = path.join(ROOT, 'tests/meeting');
export const TABLET = { viewport: { width: 1024, height: 768 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const TABLET_PORTRAIT = { viewport: { width: 768, height: 1024 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

// The names in the meeting, in its order (each has a remove button).
export const participants = (list) => list.filter((w) => w.id.startsWith('button:remove:')).map((w) => w.id.slice('button:remove:'.length));
export const alerts = (list) => list.filter((w) => w.role === 'alert');

// Types into a meeting text field by touch: a tap opens the page's real input over it, the on-screen
// keyboard's Enter closes it; the field then shows what was typed.
// A tap on a widget far down (or up) a long screen, brought into view with long swipes: the agreed view
// of 15 questions, the result above "add to the meeting", the tabs above them.
export const farTap = (page, id) => tap(page, id, { far: true });

export async function typeByTouch(page, id, text) {
  await tap(page, id);
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('text-agent'));
  await page.keyboard.insertText(text);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !document.querySelector('.text-agent'));
  await waitForWidgets(page, (l) => l.some((w) => w.id === id && w.value === text), `${id} showing what was typed`);
}

// The question on screen (the id in its options' ids), once one shows.
export async function questionShown(page) {
  const list = await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith('option:') || w.id === 'button:skip_figures'),
    'a question or the figures');
  const option = list.find((w) => w.id.startsWith('option:'));
  return option ? option.id.split(':')[1] : null;
}

// Answers the questions by tapping, as on the check (each tap moves on by itself), and skips the
// figures; or stops after `limit` questions.
export async function answerByTouch(page, answers, limit = Infinity) {
  for (let i = 0; i < 40; i++) {
    const question = await questionShown(page);
    if (!question) {
      await tap(page, 'button:skip_figures');
      return;
    }
    if (i === limit) return;
    await tap(page, `option:${question}:${answers.answers[question]}`);
    await waitForWidgets(page, (l) => !l.some((w) => w.id.startsWith(`option:${question}:`)), `the question after ${question}`);
  }
  throw new Error('the questions did not end');
}

// Picks files through the page's file picker, opened by a button: by touch (tap) or by mouse (click).
export async function chooseFiles(page, files, { button = 'button:open_files', press = tap } = {}) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), press(page, button)]);
  assert.equal(chooser.isMultiple(), true, 'several files at once');
  await chooser.setFiles(files);
}
