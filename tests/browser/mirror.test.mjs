// Issue #12, items 2 and 3: the DOM mirror of the canvas (web/mirror.js). First the mirror on its own,
// fed hand-written trees (fixtures/mirror-tree.mjs) on a page with a stand-in canvas; then the app.
import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { questionTree } from './fixtures/mirror-tree.mjs';
import { ROOT, launch, recordMutations, takeMutations } from './lib.mjs';

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
  await page.addStyleTag({ path: path.join(ROOT, 'web/app.css') });
  await page.addScriptTag({ path: path.join(ROOT, 'web/mirror.js') });
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
      assert.equal(await page.getByRole('status').getByRole('button', { name: 'Schließen' }).count(), 1);
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
      await update(questionTree({ focused: 'button:next' }));
      assert.equal(await page.evaluate(() => document.activeElement.dataset.id), 'button:next', 'DOM focus follows ImGui\'s');
      assert.deepEqual(await calls(), [], 'a focus the app gave is not reported back to it');
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
