// The screens a visitor sees — intro, a question, the result, a notice over the result, the figures —
// each brought up and awaited, for tests that check something on every one of them (layout, axe,
// the visitor's settings).
import { click, waitForScreen } from './lib.mjs';
import { goldenAnswers } from './walk.mjs';

const find = (list, id) => list.find((w) => w.id === id);

// From the result through every answered question to the figures, by mouse; returns their widgets.
export async function toFigures(page) {
  let { widgets } = await click(page, 'button:change');
  for (let i = 0; i < 20 && !find(widgets, 'field:prior:revenue'); i++) ({ widgets } = await click(page, 'button:next'));
  return (await waitForScreen(page, (l) => find(l, 'field:prior:revenue'), 'the figures')).widgets;
}

// A file the app cannot read, dropped onto the page: the "could not open" alert.
async function showNotice(page) {
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not json at all'], 'notes.txt', { type: 'text/plain' }));
    document.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  });
  return (await waitForScreen(page, (l) => find(l, 'notice:import_failed'), 'the notice')).widgets;
}

// Yields {name, widgets} for each screen in turn; `notice: true` adds the notice (over the result)
// before the figures.
export async function* everyScreen(page, { notice = false } = {}) {
  yield { name: 'intro', widgets: (await waitForScreen(page, (l) => find(l, 'button:start'), 'the intro')).widgets };
  await page.evaluate(() => window.phasecheck.resume({ schema: 'phasecheck.answers/1', answers: { sales_stage: 'product' } }));
  yield { name: 'question', widgets: (await waitForScreen(page, (l) => find(l, 'option:playbook_documented:yes'), 'a question')).widgets };
  await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase2_despite_exhausted_en'));
  yield { name: 'result', widgets: (await waitForScreen(page, (l) => find(l, 'button:restart'), 'the result')).widgets };
  if (notice) yield { name: 'notice', widgets: await showNotice(page) };
  yield { name: 'figures', widgets: await toFigures(page) };
}
