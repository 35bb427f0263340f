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

// Keyboard only: Tab into the app, Enter to start, digits to choose, Enter to go on.
export async function walkWithKeyboard(page, answers) {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  let question = await waitForQuestionChange(page, null);
  const visited = [];
  while (question) {
    visited.push(question);
    const options = await optionsOf(page, question);
    const index = options.findIndex((o) => o.id === `option:${question}:${answers.answers[question]}`);
    if (index < 0) throw new Error(`no option ${answers.answers[question]} for ${question}`);
    await page.keyboard.press(String(index + 1));
    await waitForWidgets(page, (l) => l.some((w) => w.id === options[index].id && w.checked), `${options[index].id} chosen`);
    await page.keyboard.press('Enter');
    question = await waitForQuestionChange(page, question);
  }
  await widget(page, 'field:prior:revenue');
  await page.keyboard.press('Enter');  // no figures: straight to the result
  await widget(page, 'button:restart');
  return visited;
}

// Mouse: clicks on the cards and on "next", and types the figures into their fields.
export async function walkWithMouse(page, answers, figures = null) {
  await click(page, 'button:start');
  let question = await waitForQuestionChange(page, null);
  const visited = [];
  while (question) {
    visited.push(question);
    const wanted = `option:${question}:${answers.answers[question]}`;
    await click(page, wanted);
    await waitForWidgets(page, (l) => l.some((w) => w.id === wanted && w.checked), `${wanted} chosen`);
    await click(page, 'button:next');
    question = await waitForQuestionChange(page, question);
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

// Brings a widget into view with finger swipes (no wheel, no mouse).
export async function swipeTo(page, id) {
  const viewport = page.viewportSize();
  let list = await waitForWidgets(page, (l) => l.some((w) => w.id === id), `widget ${id}`);
  let w = list.find((x) => x.id === id);
  for (let i = 0; i < 40; i++) {
    if (inView(w, list, viewport)) return w;
    const middle = { x: viewport.width / 2, y: viewport.height / 2 };
    const distance = Math.min(300, Math.abs(w.y - viewport.height / 2) + 10);
    ({ widgets: list } = await swipe(page, middle, { x: middle.x, y: middle.y + (w.y < 0 ? distance : -distance) }));
    w = list.find((x) => x.id === id);
    if (!w) throw new Error(`widget ${id} went away while swiping`);
  }
  throw new Error(`could not swipe ${id} into view`);
}

export async function tap(page, id) {
  const w = await swipeTo(page, id);
  const { x, y } = centre(w);
  return act(page, () => page.touchscreen.tap(x, y), `the frame after tapping ${id}`);
}

// Touch: taps on cards and "next", swipes to scroll. Checks that each tap is exactly one click:
// one tap on "next" moves exactly one question on.
export async function walkWithTouch(page, answers) {
  await tap(page, 'button:start');
  let question = await waitForQuestionChange(page, null);
  const visited = [];
  while (question) {
    visited.push(question);
    const wanted = `option:${question}:${answers.answers[question]}`;
    await tap(page, wanted);
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === wanted && w.checked), `${wanted} chosen`);
    const chosen = list.filter((w) => w.checked).map((w) => w.id);
    if (chosen.length !== 1) throw new Error(`one tap chose ${chosen.join(', ')}`);
    await tap(page, 'button:next');
    question = await waitForQuestionChange(page, question);
  }
  await tap(page, 'button:skip_figures');
  await widget(page, 'button:restart');
  return visited;
}

// Clicks a text field, waits for the input laid over it, types, and leaves it with Tab.
export async function typeInto(page, id, text) {
  await click(page, id);
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('text-agent'));
  await page.keyboard.type(text);
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => !document.querySelector('.text-agent'));
}

// Presses "next" and waits until the next screen shows.
export async function advance(page) {
  const question = await currentQuestion(page);
  await click(page, 'button:next');
  return waitForQuestionChange(page, question);
}

export { visibleWidget };
