// Walks the questionnaire through the UI, the way a visitor does: with the keyboard, the mouse or
// a finger. Each walk answers from an answers document and returns when the result is shown.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, act, centre, click, inView, visibleWidget, waitForWidgets, widget, widgets } from './lib.mjs';

export function goldenAnswers(name) {
  return JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/golden', `${name}.answers.json`), 'utf8'));
}

function questionOf(list) {
  const option = list.find((w) => w.id.startsWith('option:'));
  return option ? option.id.split(':')[1] : null;
}

// The question on screen, from the ids of its option cards.
export async function currentQuestion(page) {
  return questionOf(await widgets(page));
}

// The question on screen once it is another than `previous`.
export async function waitForQuestionChange(page, previous) {
  return questionOf(await waitForWidgets(page, (l) => questionOf(l) !== previous, `a question after ${previous}`));
}

async function optionsOf(page, question) {
  return (await widgets(page)).filter((w) => w.id.startsWith(`option:${question}:`));
}

// Keyboard only: Enter starts (the app has the keyboard from the start), a digit picks an answer and
// moves on by itself (#11, item 11), Enter on the figures goes to the result.
export async function walkWithKeyboard(page, answers) {
  await page.keyboard.press('Enter');
  let question = await waitForQuestionChange(page, null);
  const visited = [];
  while (question) {
    visited.push(question);
    const options = await optionsOf(page, question);
    const index = options.findIndex((o) => o.id === `option:${question}:${answers.answers[question]}`);
    if (index < 0) throw new Error(`no option ${answers.answers[question]} for ${question}`);
    await page.keyboard.press(String(index + 1));
    question = await waitForQuestionChange(page, question);
    await answered(page, visited.at(-1), answers.answers[visited.at(-1)]);
  }
  await widget(page, 'field:prior:revenue');
  await page.keyboard.press('Enter');  // no figures: straight to the result
  await widget(page, 'button:restart');
  return visited;
}

// The answer the app recorded for a question is `option`.
async function answered(page, question, option) {
  const got = (await page.evaluate(() => window.phasecheck.answers())).answers[question];
  if (got !== option) throw new Error(`${question}: answered ${got}, wanted ${option}`);
}

// Clicks an answer on a question seen for the first time: it is taken, and the next screen follows
// by itself (#11, item 11). Returns the next screen's widgets.
export async function pick(page, id) {
  const [, question, option] = id.split(':');
  await click(page, id);
  const list = await waitForWidgets(page, (l) => !l.some((w) => w.id.startsWith(`option:${question}:`)), `the step after ${question}`);
  await answered(page, question, option);
  return list;
}

// Mouse: a click on each answer (the next question follows by itself), and types the figures into their fields.
export async function walkWithMouse(page, answers, figures = null) {
  await click(page, 'button:start');
  let question = await waitForQuestionChange(page, null);
  const visited = [];
  while (question) {
    visited.push(question);
    await pick(page, `option:${question}:${answers.answers[question]}`);
    question = await currentQuestion(page);
  }
  if (figures) {
    for (const [year, values] of Object.entries(figures)) {
      for (const [field, text] of Object.entries(values)) {
        await typeInto(page, `field:${year}:${field}`, text);
      }
    }
  }
  await click(page, 'button:next');
  await widget(page, 'button:restart');
  return visited;
}

// How many swipes the touch helpers below made: a test counts those a walk needs.
export const swipeCounter = { count: 0 };

// A real swipe through the DevTools protocol: touchstart, moves, touchend.
// Returns the screen after the swipe ({number, widgets}).
export async function swipe(page, from, to, steps = 8) {
  swipeCounter.count++;
  const cdp = await page.context().newCDPSession(page);
  const point = (p) => [{ x: p.x, y: p.y, id: 1 }];
  try {
    return await act(page, async () => {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from) });
      for (let i = 1; i <= steps; i++) {
        const p = { x: from.x + ((to.x - from.x) * i) / steps, y: from.y + ((to.y - from.y) * i) / steps };
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(p) });
      }
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    }, 'the frame after the swipe');
  } finally {
    await cdp.detach();
  }
}

// Brings a widget into view with finger swipes (no wheel, no mouse). `far`: long, quick swipes across
// most of the screen (as a person crosses a long page), each one frame per few moves, not eight.
export async function swipeTo(page, id, { far = false } = {}) {
  const viewport = page.viewportSize();
  let list = await waitForWidgets(page, (l) => l.some((w) => w.id === id), `widget ${id}`);
  let w = list.find((x) => x.id === id);
  for (let i = 0; i < 40; i++) {
    if (inView(w, list, viewport)) return w;
    const middle = { x: viewport.width / 2, y: viewport.height / 2 };
    const distance = Math.min(far ? viewport.height * 0.75 : 300, Math.abs(w.y - viewport.height / 2) + 10);
    const from = far ? middle.y + (w.y < 0 ? -distance : distance) / 2 : middle.y;
    const to = from + (w.y < 0 ? distance : -distance);
    // Four moves (three for a far one): a swipe that only brings a widget into view needs no finer path.
    ({ widgets: list } = await swipe(page, { x: middle.x, y: from }, { x: middle.x, y: to }, far ? 3 : 4));
    w = list.find((x) => x.id === id);
    if (!w) throw new Error(`widget ${id} went away while swiping`);
  }
  throw new Error(`could not swipe ${id} into view`);
}

// Every tap of a walk is counted here: tests report how many a visitor needs (#11, item 11).
export const tapCount = { value: 0 };

export async function tap(page, id, { far = false } = {}) {
  const w = await swipeTo(page, id, { far });
  const { x, y } = centre(w);
  tapCount.value++;
  return act(page, () => page.touchscreen.tap(x, y), `the frame after tapping ${id}`);
}

// Touch: one tap on each answer (the next question follows by itself), swipes to scroll. Checks that
// each tap is exactly one click: one tap answers exactly one question and moves exactly one on.
export async function walkWithTouch(page, answers) {
  await tap(page, 'button:start');
  let question = await waitForQuestionChange(page, null);
  const visited = [];
  while (question) {
    visited.push(question);
    const wanted = `option:${question}:${answers.answers[question]}`;
    await tap(page, wanted);
    question = await waitForQuestionChange(page, question);
    await answered(page, visited.at(-1), answers.answers[visited.at(-1)]);
    const all = (await page.evaluate(() => window.phasecheck.answers())).answers;
    if (Object.keys(all).length !== visited.length) throw new Error(`after ${visited.length} taps on answers: ${Object.keys(all).join(', ')}`);
  }
  await tap(page, 'button:skip_figures');
  await widget(page, 'button:restart');
  return visited;
}

// Clicks a text field, waits for the input laid over it, types, and leaves it with Tab. Tab goes on
// into the next field when there is one (#11, item 5); Escape closes that one untouched.
export async function typeInto(page, id, text) {
  await click(page, id);
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('text-agent'));
  const label = await page.evaluate(() => document.activeElement.getAttribute('aria-label'));
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await page.waitForFunction((typed) => {
    const open = document.querySelector('.text-agent');
    return !open || (open.getAttribute('aria-label') !== typed && document.activeElement === open);
  }, label);
  if (await page.evaluate(() => !!document.querySelector('.text-agent'))) {
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('.text-agent'));
  }
}

// Presses "next" and waits until the next screen shows.
export async function advance(page) {
  const question = await currentQuestion(page);
  await click(page, 'button:next');
  return waitForQuestionChange(page, question);
}

export { visibleWidget };
