// Issue #12, items 2 and 3: the DOM mirror of the canvas (web/mirror.js). First the mirror on its own,
// fed hand-written trees (fixtures/mirror-tree.mjs) on a page with a stand-in canvas; then the app.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { questionTree } from './fixtures/mirror-tree.mjs';
import { DIST, ROOT, act, launch, recordMutations, serve, settled, takeMutations, visitApp, waitForWidgets, widgets } from './lib.mjs';
import { goldenAnswers } from './walk.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// A page with a canvas that stands in for the app: it records the keys it gets and, like ImGui,
// handles (prevents) every key but Tab when `window.tabLeaves` is set; the mirror tells it what
// was activated and focused.
async function mirrorPage() {
  const context = await browser.newContext({ viewport: { width: 640, height: 900 } });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setContent('<!doctype html><html lang="de"><body><canvas id="canvas" tabindex="0"></canvas><a id="after" href="#x">after</a></body></html>');
  await page.addStyleTag({ path: path.join(DIST, 'app.css') });
  await page.addScriptTag({ path: path.join(DIST, 'mirror.js') });
  await page.evaluate(() => {
    const canvas = document.getElementById('canvas');
    window.calls = [];
    window.tabLeaves = false;
    for (const type of ['keydown', 'keyup']) {
      canvas.addEventListener(type, (e) => {
        window.calls.push(`${type} ${e.key}`);
        if (!(e.key === 'Tab' && window.tabLeaves)) e.preventDefault();
      });
    }
    window.mirror = window.phasecheckMirror({
      canvas,
      activate: (id) => window.calls.push(`activate ${id}`),
      focus: (id) => window.calls.push(`focus ${id}`),
    });
  });
  const update = (json) => page.evaluate((j) => window.mirror.update(j), json);
  const calls = () => page.evaluate(() => window.calls.splice(0));
  return { context, page, errors, update, calls };
}

async function withMirrorPage(fn) {
  const m = await mirrorPage();
  try {
    await fn(m);
    assert.deepEqual(m.errors, [], 'page errors');
  } finally {
    await m.context.close();
  }
}

describe('the mirror on its own (a hand-written tree)', () => {
  test('every role becomes the element a screen reader knows, named by its label', async () => {
    await withMirrorPage(async ({ page, update }) => {
      await update(questionTree());
      const q = 'Hat sich Ihr Vertrieb verändert?';
      assert.equal(await page.getByRole('heading', { level: 2, name: q }).count(), 1);
      assert.equal(await page.getByRole('radiogroup', { name: q }).count(), 1);
      assert.equal(await page.getByRole('radio', { name: 'Ja' }).isChecked(), true);
      assert.equal(await page.getByRole('radio', { name: 'Nein' }).isChecked(), false);
      assert.equal(await page.getByRole('button', { name: 'Weiter' }).count(), 1);
      assert.equal(await page.getByRole('toolbar', { name: 'Aktionen' }).getByRole('button').count(), 2);
      assert.equal(await page.getByRole('group').filter({ hasText: 'Ihre Antworten sind gespeichert.' }).getByRole('button', { name: 'Schließen' }).count(), 1);
      assert.equal(await page.getByRole('list', { name: 'Gründe' }).getByRole('listitem').count(), 2);
      assert.equal(await page.getByRole('table', { name: 'Kennzahlen' }).getByRole('row').count(), 2);
      assert.equal(await page.getByRole('rowheader', { name: 'Umsatz' }).count(), 1);
      assert.equal(await page.getByRole('cell', { name: '9,0 Mio. €' }).count(), 1);
      assert.equal(await page.getByRole('img', { name: 'Bereiche: Markt 60 %, Vertrieb 40 %' }).count(), 1);
      assert.equal(await page.getByRole('link', { name: 'Datenschutz' }).count(), 1);
      const bar = page.getByRole('progressbar', { name: 'Frage 2 von 15' });
      assert.equal(await bar.getAttribute('aria-valuenow'), '2');
      assert.equal(await bar.getAttribute('aria-valuemax'), '15');
      const field = page.getByRole('textbox', { name: 'Firma' });
      assert.equal(await field.textContent(), 'Muster GmbH');
      // Where the canvas draws it, and nothing a sighted user could see or hit.
      const box = await page.getByRole('button', { name: 'Weiter' }).boundingBox();
      assert.deepEqual(box, { x: 500, y: 804, width: 100, height: 36 });
      const look = await page.getByRole('button', { name: 'Weiter' }).evaluate((el) => {
        const s = getComputedStyle(el);
        return [s.color, s.backgroundColor, s.pointerEvents, s.outlineStyle, String(el.tabIndex)];
      });
      assert.deepEqual(look, ['rgba(0, 0, 0, 0)', 'rgba(0, 0, 0, 0)', 'none', 'none', '-1']);
      assert.equal(await page.locator('.mirror').getAttribute('lang'), 'de');
    });
  });

  test('the same tree again touches nothing; a scroll moves only the outermost boxes; a change touches only itself', async () => {
    await withMirrorPage(async ({ page, update }) => {
      await update(questionTree());
      await recordMutations(page, '.mirror');
      await update(questionTree());
      await update(JSON.stringify(JSON.parse(questionTree()), null, 1));  // the same tree, not the same string
      assert.deepEqual(await takeMutations(page), [], 'an unchanged tree');

      await update(questionTree({ dy: -120 }));
      const scrolled = await takeMutations(page);
      const topLevel = JSON.parse(questionTree()).nodes.filter((n) => !n.parent).map((n) => n.id);
      assert.deepEqual(scrolled.map((m) => `${m.type} ${m.attribute} ${m.node}`).sort(),
        topLevel.map((id) => `attributes style ${id}`).sort(), 'one style change per top-level box, nothing else');
      assert.equal((await page.getByRole('button', { name: 'Weiter' }).boundingBox()).y, 804 - 120);

      await update(questionTree({ dy: -120, checked: 'no' }));
      const picked = await takeMutations(page);
      assert.deepEqual(picked, [], 'a radio\'s checked state is a property, not a DOM mutation');
      assert.equal(await page.getByRole('radio', { name: 'Nein' }).isChecked(), true);
      assert.equal(await page.getByRole('radio', { name: 'Ja' }).isChecked(), false);

      await update(questionTree({ dy: -120, checked: 'no', label: 'Wie hat sich Ihr Vertrieb verändert?' }));
      const relabelled = (await takeMutations(page)).map((m) => `${m.type} ${m.node}`);
      assert.deepEqual([...new Set(relabelled)].sort(), ['childList group:q', 'childList heading:question'], 'only the two texts that changed');
    });
  });

  test('nodes come, go and change order: the DOM follows the tree\'s order', async () => {
    await withMirrorPage(async ({ page, update }) => {
      await update(questionTree());
      const tree = JSON.parse(questionTree());
      const order = () => page.evaluate(() => [...document.querySelectorAll('.mirror [data-id]')].map((el) => el.dataset.id));
      assert.deepEqual(await order(), tree.nodes.map((n) => n.id));
      // The two options swap, the list goes, a new paragraph comes.
      const nodes = tree.nodes.filter((n) => n.parent !== 'list:reasons' && n.id !== 'list:reasons');
      const yes = nodes.findIndex((n) => n.id === 'option:q:yes');
      [nodes[yes], nodes[yes + 1]] = [nodes[yes + 1], nodes[yes]];
      nodes.splice(2, 0, { id: 'text:new', role: 'text', label: 'Neu', parent: '', x: 0, y: 0, width: 10, height: 10 });
      await recordMutations(page, '.mirror');
      await update(JSON.stringify({ ...tree, nodes }));
      assert.deepEqual(await order(), nodes.map((n) => n.id));
      const touched = new Set((await takeMutations(page)).map((m) => m.node));
      assert.ok(!touched.has('button:next') && !touched.has('table:kpi'), `untouched nodes stay untouched: ${[...touched]}`);
    });
  });

  test('a click (what a screen reader does) activates once; the browser\'s own radio toggling does not happen', async () => {
    await withMirrorPage(async ({ page, update, calls }) => {
      await update(questionTree({ checked: 'yes' }));
      await page.getByRole('radio', { name: 'Nein' }).dispatchEvent('click');
      await page.getByRole('button', { name: 'Weiter' }).evaluate((el) => el.click());
      await page.locator('label[data-id="option:q:yes"]').dispatchEvent('click');  // the label, not its input
      await page.getByRole('textbox', { name: 'Firma' }).dispatchEvent('click');
      await page.getByRole('heading').first().dispatchEvent('click');  // not interactive: nothing
      assert.deepEqual(await calls(), ['activate option:q:no', 'activate button:next', 'activate option:q:yes', 'activate field:company']);
      assert.equal(await page.getByRole('radio', { name: 'Nein' }).isChecked(), false, 'checked is what the tree says');
      assert.equal(await page.getByRole('radio', { name: 'Ja' }).isChecked(), true);
    });
  });

  test('keys on a mirrored element go to the canvas; what it handles the browser does not (no native click)', async () => {
    await withMirrorPage(async ({ page, update, calls }) => {
      await page.focus('#canvas');
      // ImGui's focus without keys (a click, the start) is not keyboard focus: DOM focus stays.
      await update(questionTree({ focused: 'button:back' }));
      assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'button:back', 'the first key shows where ImGui\'s focus is');
      await update(questionTree({ focused: 'button:next' }));
      assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'button:next', 'DOM focus follows ImGui\'s');
      assert.deepEqual(await calls(), ['keydown Tab', 'keyup Tab'], 'a focus the app gave is not reported back to it');
      await page.keyboard.press('Enter');
      await page.keyboard.press(' ');
      await page.keyboard.press('ArrowDown');
      assert.deepEqual(await calls(), ['keydown Enter', 'keyup Enter', 'keydown  ', 'keyup  ', 'keydown ArrowDown', 'keyup ArrowDown'],
        'every key reached the canvas, and no native click activated the button');
      await update(questionTree({ focused: 'option:q:no' }));
      await page.keyboard.press(' ');
      await page.keyboard.press('ArrowDown');
      assert.equal(await page.getByRole('radio', { name: 'Ja' }).isChecked(), true, 'no native radio toggling by key');
      await calls();
      // A screen reader moving focus itself: the app is told.
      await page.getByRole('button', { name: 'Zurück' }).focus();
      assert.deepEqual(await calls(), ['focus button:back']);
      // Tab the app lets go leaves the app, forwards and backwards, never onto the canvas.
      await page.evaluate(() => { window.tabLeaves = true; });
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.id), 'after');
      await update(questionTree({ focused: 'button:back' }));
      await page.focus('#canvas');
      await update(questionTree({ focused: 'button:next' }));
      await page.keyboard.press('Shift+Tab');
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'Shift+Tab left before the canvas');
    });
  });

  test('focus follows ImGui only from inside the app; a new focus request puts it on the heading', async () => {
    await withMirrorPage(async ({ page, update }) => {
      await page.focus('#after');  // the focus is elsewhere on the page: the mirror leaves it there
      await update(questionTree({ focused: 'button:next', focusRequest: { serial: 1, id: 'heading:question' } }));
      assert.equal(await page.evaluate(() => document.activeElement.id), 'after');
      await page.focus('#canvas');
      await page.keyboard.press('Tab');
      await update(questionTree({ focused: 'button:back', focusRequest: { serial: 1, id: 'heading:question' } }));
      assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'button:back', 'an old request is not repeated');
      await update(questionTree({ focusRequest: { serial: 2, id: 'heading:question' } }));
      assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'heading:question');
      // The focused element goes away: the focus goes back to the canvas, not to <body>.
      await update(questionTree({ focused: 'button:next', focusRequest: { serial: 2, id: 'heading:question' } }));
      const tree = JSON.parse(questionTree());
      await update(JSON.stringify({ ...tree, nodes: tree.nodes.filter((n) => !n.id.startsWith('button:next')) }));
      assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas');
    });
  });

  test('each announcement is spoken once, polite or assertive; lang follows the tree', async () => {
    await withMirrorPage(async ({ page, update }) => {
      const a1 = { serial: 1, politeness: 'polite', text: 'Frage 2 von 15: Hat sich Ihr Vertrieb verändert?' };
      const a2 = { serial: 2, politeness: 'assertive', text: 'Die Datei ist zu groß.' };
      await recordMutations(page, '.mirror-live');
      await update(questionTree({ announcements: [a1] }));
      const live = () => page.evaluate(() => [...document.querySelectorAll('.mirror-live')].map((r) => [r.getAttribute('aria-live'), r.textContent]));
      assert.deepEqual(await live(), [['polite', a1.text], ['assertive', '']]);
      await recordMutations(page, '.mirror');
      await update(questionTree({ announcements: [a1], checked: 'no' }));  // a re-sent announcement
      assert.deepEqual((await takeMutations(page)).filter((m) => /mirror-live/.test(m.node)), [], 'nothing twice');
      await update(questionTree({ announcements: [a1, a2] }));
      assert.deepEqual(await live(), [['polite', a1.text], ['assertive', a2.text]]);
      const spoken = await takeMutations(page);
      assert.deepEqual(spoken.filter((m) => /mirror-live/.test(m.node)).map((m) => m.type), ['childList'], 'only the new one');
      await update(JSON.stringify({ ...JSON.parse(questionTree()), lang: 'en' }));
      assert.equal(await page.locator('.mirror').getAttribute('lang'), 'en');
    });
  });
});

// ---- The app: its semantic tree (src/app, issue #12 item 1) mirrored, driven only through roles.

const content = JSON.parse(fs.readFileSync(path.join(ROOT, 'assets/questionnaire.json'), 'utf8'));
const questions = content.sections.flatMap((s) => s.questions);
const say = (key, lang) => content.messages[key][lang];
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const CLIPBOARD = { permissions: ['clipboard-read', 'clipboard-write'] };

// What a screen reader gets: Chromium's accessibility tree (CDP), the nodes it does not ignore.
async function accessibilityTree(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return nodes.filter((n) => !n.ignored).map((n) => ({
      role: n.role?.value, name: (n.name?.value ?? '').replace(/\s+/g, ' ').trim(),
      checked: n.properties?.find((p) => p.name === 'checked')?.value.value,
    }));
  } finally {
    await cdp.detach();
  }
}

// Asserts that the accessibility tree has a node of `role` named exactly `name` (any role when null).
function assertHas(tree, role, name, what = name) {
  assert.ok(tree.some((n) => (!role || n.role === role) && n.name === name.replace(/\s+/g, ' ').trim()),
    `${role || 'text'} "${what}" in the accessibility tree`);
}

// All the text a screen reader can read, as one string.
const spokenText = (tree) => tree.map((n) => n.name).join('\n');

const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement || el.contains(document.activeElement));
const politeText = (page) => page.locator('.mirror-live[aria-live="polite"]').textContent();

// Presses `key` until `locator` has the DOM focus. The mirror moves it within the frame the app draws
// after the key, so each press waits for that frame (act) and then looks once.
async function pressUntilFocused(page, key, locator, what, limit = 40) {
  for (let i = 0; i < limit; i++) {
    await act(page, () => page.keyboard.press(key), `${key} towards ${what}`);
    if (await locator.count() && await isFocused(locator)) return;
  }
  throw new Error(`${key} never reached ${what}`);
}

// The check from start to result through roles and names only. `how` is 'click' (the mirror's own
// click events, as assistive technology sends them) or 'keyboard' (Tab, arrows, Space, Enter).
// `onQuestion(question)` runs on each question once its options are there. `golden` names the answers
// in tests/golden/; its expected result names the result's heading, which is returned.
async function walkByRoles(page, lang, golden, how, onQuestion = async () => {}) {
  const { answers } = goldenAnswers(golden);
  const press = async (locator, what) => {
    if (how === 'click') await locator.dispatchEvent('click');
    else {
      await pressUntilFocused(page, 'Tab', locator, what);
      await page.keyboard.press(locator === null ? 'Enter' : (await locator.getAttribute('type')) === 'radio' ? 'Space' : 'Enter');
    }
  };
  await press(page.getByRole('button', { name: say('ui.intro.start', lang), exact: true }), 'start');
  for (const question of questions) {
    const heading = page.getByRole('heading', { name: question.text[lang], exact: true });
    await heading.waitFor();
    if (how === 'keyboard') await page.waitForFunction((el) => el === document.activeElement, await heading.elementHandle());
    const group = page.getByRole('radiogroup', { name: question.text[lang], exact: true });
    for (const option of question.options) await group.getByRole('radio', { name: option.label[lang], exact: true }).waitFor({ state: 'attached' });
    await onQuestion(question);
    const option = question.options.find((o) => o.id === answers[question.id]);
    const radio = group.getByRole('radio', { name: option.label[lang], exact: true });
    await press(radio, `${question.id}: ${option.id}`);
    if (how === 'click') {
      // A screen reader's click picks and stays: a radio that changes the page would be a surprise.
      await page.waitForFunction((el) => el.checked, await radio.elementHandle());
      await press(page.getByRole('button', { name: say('ui.nav.next', lang), exact: true }), 'next');
    }
    await heading.waitFor({ state: 'detached' });  // a key's pick moves on by itself
  }
  await press(page.getByRole('button', { name: say('ui.nav.to_result', lang), exact: true }), 'the result');
  await page.getByRole('button', { name: say('ui.result.restart', lang), exact: true }).waitFor({ state: 'attached' });
  const result = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/golden', `${golden}.${lang}.result.json`), 'utf8'));
  return page.getByRole('heading', { level: 1, name: `${result.phase_label} – ${result.title}`, exact: true });
}

describe('the mirror of the app', () => {
  let server;
  before(async () => { server = await serve(); });
  after(() => server?.close());
  const withApp = (name, query, fn, options = DESKTOP) => visitApp(browser, server.url + query, options, name, fn);

  for (const lang of ['de', 'en']) {
    test(`${lang}: every question, option, button, notice and result sentence is in the accessibility tree; the check is done by its own click events`, async () => {
      await withApp(`mirror-ax-${lang}`, `?lang=${lang}`, async ({ page }) => {
        assert.equal(await page.locator('.mirror').getAttribute('lang'), lang);
        await walkByRoles(page, lang, 'phase1_clear_en', 'click', async (question) => {
          const tree = await accessibilityTree(page);
          assertHas(tree, 'heading', question.text[lang]);
          assertHas(tree, 'radiogroup', question.text[lang]);
          for (const option of question.options) assertHas(tree, 'radio', option.label[lang]);
          for (const w of (await widgets(page)).filter((x) => x.role === 'button')) assertHas(tree, 'button', w.label, `button ${w.id}`);
        });
        const tree = await accessibilityTree(page);
        const result = await page.evaluate(() => window.phasecheck.result());
        const text = spokenText(tree);
        const sentences = [result.summary, result.confidence.explanation, ...result.reasons.map((r) => r.text), ...result.next_steps.map((s) => s.text)];
        for (const sentence of sentences) assert.ok(text.includes(sentence.replace(/\s+/g, ' ').trim()), `result sentence in the accessibility tree: ${sentence}`);
        assert.equal(await page.locator('.mirror ol > li').count(), result.next_steps.length, 'the next steps are a numbered list');
        for (const w of (await widgets(page)).filter((x) => x.role === 'button')) assertHas(tree, 'button', w.label, `button ${w.id}`);
        // A notice, from a mirrored button.
        await page.getByRole('button', { name: say('ui.result.copy_link', lang), exact: true }).dispatchEvent('click');
        await page.getByRole('group').getByText(say('notice.link_copied', lang), { exact: true }).waitFor({ state: 'attached' });
        assertHas(await accessibilityTree(page), null, say('notice.link_copied', lang));
        await page.waitForFunction((t) => document.querySelector('.mirror-live[aria-live="assertive"]').textContent === t, say('notice.link_copied', lang));
      }, { ...DESKTOP, ...CLIPBOARD });
    });
  }

  test('keyboard alone, through roles: Tab, Space and Enter; the focus is on each new question\'s heading and on the result\'s', async () => {
    await withApp('mirror-keyboard', '?lang=en', async ({ page }) => {
      const heading = await walkByRoles(page, 'en', 'phase1_clear_en', 'keyboard');
      await page.waitForFunction((el) => el === document.activeElement, await heading.elementHandle());
    });
  });

  test('"Weiter": the focus goes to the new question\'s heading, the polite region says "Frage 2 von 15" once (the heading says the question); a notice is assertive', async () => {
    await withApp('mirror-next', '?lang=de', async ({ page }) => {
      const [first, second] = questions;
      const q1 = page.getByRole('heading', { name: first.text.de, exact: true });
      const q2 = page.getByRole('heading', { name: second.text.de, exact: true });
      await page.keyboard.press('Enter');
      await q1.waitFor();
      await page.waitForFunction((el) => el === document.activeElement, await q1.elementHandle());
      // A screen reader's click picks without moving on: "Weiter" does that.
      const option = page.getByRole('radio', { name: first.options[0].label.de, exact: true });
      await option.dispatchEvent('click');
      await page.waitForFunction((el) => el.checked, await option.elementHandle());
      await recordMutations(page, '.mirror-live');
      await pressUntilFocused(page, 'Tab', page.getByRole('button', { name: say('ui.nav.next', 'de'), exact: true }), 'Weiter');
      await page.keyboard.press('Enter');
      await q2.waitFor();
      await page.waitForFunction((el) => el === document.activeElement, await q2.elementHandle());
      // The focused heading says the question; the live region only where it is: nothing twice.
      const where = say('ui.progress.question', 'de').replace('{index}', '2').replace('{count}', String(questions.length));
      await page.waitForFunction((t) => document.querySelector('.mirror-live[aria-live="polite"]').textContent === t, where);
      // More frames (a pointer moving over the canvas): nothing is said again.
      await act(page, () => page.mouse.move(300, 300));
      await act(page, () => page.mouse.move(320, 320));
      const live = await takeMutations(page);
      assert.equal(live.filter((m) => m.node === 'mirror-live' && m.type === 'childList').length, 1, `spoken once: ${JSON.stringify(live)}`);
    });
  });

  test('after a step with the keyboard one Tab goes on from the heading to the widget after it, Shift+Tab to the one before', async () => {
    for (const [key, next] of [['Tab', 'ui.help.show'], ['Shift+Tab', 'ui.lang.other']]) {
      await withApp(`mirror-${key}-after-step`, '?lang=de', async ({ page }) => {
        const heading = page.getByRole('heading', { name: questions[0].text.de, exact: true });
        await page.keyboard.press('Enter');
        await heading.waitFor();
        await page.waitForFunction((el) => el === document.activeElement, await heading.elementHandle());
        await act(page, () => page.keyboard.press(key), `the frame after ${key}`);
        const target = page.getByRole('button', { name: say(next, 'de'), exact: true });
        await page.waitForFunction((el) => el === document.activeElement, await target.elementHandle());
        if (key !== 'Tab') return;
        // ImGui's focus (its ring) is there too: Enter opens the help.
        await page.waitForFunction(() => window.phasecheck.widgets().find((w) => w.id === 'button:help').focused);
        await act(page, () => page.keyboard.press('Enter'), 'the frame after Enter');
        await page.getByRole('button', { name: say('ui.help.hide', 'de'), exact: true }).waitFor({ state: 'attached' });
      });
    }
  });

  test('a click or tap on the canvas leaves the focus there after a step; the whole question is said instead', async () => {
    await withApp('mirror-pointer-step', '?lang=de', async ({ page }) => {
      const start = (await widgets(page)).find((w) => w.id === 'button:start');
      await act(page, () => page.mouse.click(start.x + start.width / 2, start.y + start.height / 2), 'the frame after the click');
      const heading = page.getByRole('heading', { name: questions[0].text.de, exact: true });
      await heading.waitFor();
      const where = say('ui.progress.question', 'de').replace('{index}', '1').replace('{count}', String(questions.length));
      await page.waitForFunction((t) => document.querySelector('.mirror-live[aria-live="polite"]').textContent === t, `${where}: ${questions[0].text.de}`);
      assert.equal(await page.evaluate(() => document.activeElement.id), 'canvas', 'the canvas keeps the focus');
    });
  });

  test('an unchanged screen causes no DOM mutation in the mirror, idle or drawing; a scroll changes only positions', async () => {
    await withApp('mirror-mutations', '?lang=de', async ({ page }) => {
      assert.equal(await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en')), null);
      await page.getByRole('button', { name: say('ui.result.restart', 'de'), exact: true }).waitFor({ state: 'attached' });
      const start = await settled(page);
      await recordMutations(page, '.mirror');
      // Idle: the browser renders frames, the app draws none.
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(r)))));
      assert.deepEqual(await takeMutations(page), [], 'idle');
      // Frames drawn on purpose: a wake-up and the pointer moving over the canvas draw, nothing changes.
      let last = await act(page, () => page.evaluate(() => window.Module._phasecheck_wake()), 'a frame after waking the app');
      last = await act(page, () => page.mouse.move(640, 450), 'a frame after the pointer moved');
      last = await act(page, () => page.mouse.move(660, 470), 'a frame after the pointer moved again');
      assert.ok(last.number > start.number, 'frames were drawn');
      assert.deepEqual(await takeMutations(page), [], `${last.number - start.number} frames drawn`);
      // A scroll moves the boxes: style (left, top) only, and only of the outermost ones.
      await act(page, () => page.mouse.wheel(0, 300), 'a frame after scrolling');
      const scrolled = await takeMutations(page);
      assert.ok(scrolled.length > 0, 'the scroll moved the mirror');
      assert.deepEqual([...new Set(scrolled.map((m) => `${m.type} ${m.attribute}`))], ['attributes style'], JSON.stringify(scrolled.slice(0, 5)));
      const tree = await page.evaluate(() => window.phasecheck.semantics());
      const topLevel = new Set(tree.nodes.filter((n) => !n.parent).map((n) => n.id));
      assert.deepEqual(scrolled.filter((m) => !topLevel.has(m.node)), [], 'children move with their container');
      console.log(`mirror mutations: idle 0, ${last.number - start.number} frames drawn 0, scroll ${scrolled.length} (of ${tree.nodes.length} nodes)`);
    });
  });

  test('find in page finds result text out of view; scrolled into view, the page follows and the mirror stays on the canvas\'s text; select all takes the words', async () => {
    await withApp('mirror-find', '?lang=de', async ({ page }) => {
      assert.equal(await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en')), null);
      await page.getByRole('button', { name: say('ui.result.restart', 'de'), exact: true }).waitFor({ state: 'attached' });
      const node = async () => (await page.evaluate(() => window.phasecheck.semantics())).nodes.find((n) => n.id === 'heading:keep');
      const before = await node();
      assert.ok(before.y > DESKTOP.viewport.height, `"${before.label}" starts out of view (${before.y})`);
      assert.equal(await page.evaluate((t) => window.find(t), before.label), true, 'find in page finds the text');
      assert.equal(await page.evaluate(() => window.getSelection().toString()), before.label);
      // Showing the match is the browser scrolling its element into view (what Ctrl+F does with the
      // match, and a screen reader with its reading position; window.find itself does not scroll and
      // the find bar cannot be driven headless). The app scrolls its page by as much instead.
      await page.evaluate(() => window.getSelection().getRangeAt(0).startContainer.parentElement.scrollIntoView({ block: 'center' }));
      await page.waitForFunction(() => {
        const n = window.phasecheck.semantics().nodes.find((x) => x.id === 'heading:keep');
        return n.y >= 0 && n.y + n.height <= window.innerHeight;
      }, null, { timeout: 10000 });
      const after = await node();
      assert.equal(await page.evaluate(() => document.querySelector('.mirror').scrollTop), 0, 'the mirror itself stays at the top');
      const box = await page.locator('.mirror [data-id="heading:keep"]').boundingBox();
      assert.ok(Math.abs(box.y - after.y) <= 1 && Math.abs(box.x - after.x) <= 1, `the mirrored heading lies on the drawn one: ${JSON.stringify(box)} vs ${after.x},${after.y}`);
      // Select all (keys on the canvas: the browser's shortcut) takes the result's words, for copying.
      await page.locator('canvas').focus();
      await page.keyboard.press('Control+A');
      const selected = (await page.evaluate(() => window.getSelection().toString())).replace(/\s+/g, ' ');
      const result = await page.evaluate(() => window.phasecheck.result());
      for (const text of [result.summary, ...result.reasons.map((r) => r.text)]) assert.ok(selected.includes(text.replace(/\s+/g, ' ')), `selected: ${text}`);
      const drawn = (await widgets(page)).find((w) => w.id === 'button:print');
      assert.ok(drawn.y < DESKTOP.viewport.height, 'the canvas scrolled too: "Bericht drucken" below the heading is in view');
    });
  });

  for (const lang of ['de', 'en']) {
    test(`${lang}: "Copy result" puts the result on the clipboard as plain text: phase, reasons, next steps, indicators`, async () => {
      await withApp(`mirror-copy-${lang}`, `?lang=${lang}`, async ({ page }) => {
        const answers = goldenAnswers('evidence_figures_overrule_stable');
        assert.equal(await page.evaluate((a) => window.phasecheck.load(a), answers), null);
        const result = await page.evaluate(() => window.phasecheck.result());
        assert.equal(result.lang, lang);
        await page.getByRole('button', { name: say('ui.result.copy_result', lang), exact: true }).dispatchEvent('click');
        await page.getByRole('group').getByText(say('notice.result_copied', lang), { exact: true }).waitFor({ state: 'attached' });
        const copied = (await page.evaluate(() => navigator.clipboard.readText())).replace(/\s+/g, ' ');
        const expected = [`${result.phase_label} – ${result.title}`, result.summary, ...result.reasons.map((r) => r.text),
          ...result.next_steps.map((n) => n.text), ...result.economics.indicators.map((i) => i.label)];
        for (const text of expected) assert.ok(copied.includes(text.replace(/\s+/g, ' ')), `copied: ${text}`);
        assert.ok(!/[<>]/.test(copied), 'plain text, no markup');
      }, { ...DESKTOP, ...CLIPBOARD });
    });
  }

  test('lang follows the language switch; embedded, the mirror never takes the focus', async () => {
    await withApp('mirror-lang', '?lang=de', async ({ page }) => {
      assert.equal(await page.locator('.mirror').getAttribute('lang'), 'de');
      await page.getByRole('button', { name: say('ui.lang.other', 'de'), exact: true }).dispatchEvent('click');
      await page.getByRole('button', { name: say('ui.intro.start', 'en'), exact: true }).waitFor({ state: 'attached' });
      assert.equal(await page.locator('.mirror').getAttribute('lang'), 'en');
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    });
    await withApp('mirror-embedded', '?lang=de&embed=1', async ({ page }) => {
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY');
      assert.equal(await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en')), null);
      await page.getByRole('button', { name: say('ui.result.restart', 'de'), exact: true }).waitFor({ state: 'attached' });
      await settled(page);
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'BODY', 'the result\'s focus request is not obeyed outside the app');
    });
  });

  test('a mirrored text field is an edit field with its name and value; activating it opens the app\'s real input', async () => {
    await withApp('mirror-textbox', '?lang=de', async ({ page }) => {
      const answers = { ...goldenAnswers('phase1_clear_en'), meta: { company: 'Muster GmbH' } };
      assert.equal(await page.evaluate((a) => window.phasecheck.load(a), answers), null);
      const isCompany = (w) => w.role === 'textbox' && w.value === 'Muster GmbH';
      const company = (await waitForWidgets(page, (l) => l.some(isCompany), 'the company field')).find(isCompany);
      assert.ok(company, 'the company field shows the name');
      const field = page.locator('.mirror').getByRole('textbox', { name: company.label, exact: true });
      assert.equal(await field.textContent(), 'Muster GmbH');
      assertHas(await accessibilityTree(page), 'textbox', company.label);
      // Focus on the mirrored field (a screen reader's), then Backspace: the real input opens; the key is
      // not the canvas's "back" (the result stays).
      await field.focus();
      await page.keyboard.press('Backspace');
      await page.waitForFunction(() => document.activeElement.classList.contains('text-agent'));
      assert.ok(await page.getByRole('button', { name: say('ui.result.restart', 'de'), exact: true }).count(), 'still on the result');
      await page.keyboard.press('Escape');
      await page.waitForFunction(() => !document.activeElement.classList.contains('text-agent'));
      await field.dispatchEvent('click');
      await page.waitForFunction(() => document.activeElement.classList.contains('text-agent'));
      assert.deepEqual(await page.evaluate(() => [document.activeElement.getAttribute('aria-label'), document.activeElement.value]),
        [company.label, 'Muster GmbH']);
    });
  });
});
