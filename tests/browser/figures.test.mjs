// Typed text and figures through real input (issue #11): limits count characters and are refused at
// the field, never cut; numbers in either notation, ambiguous ones asked about with buttons; figures
// that look like a slip asked about, not blocked; every field checked when the visitor leaves it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { click, launch, serve, visitApp, waitForWidgets, widget, widgets } from './lib.mjs';
import { advance, goldenAnswers, tap, typeInto } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const DESKTOP = { viewport: { width: 1100, height: 850 } };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

const withApp = (name, options, query, fn) => visitApp(browser, server.url + query, options, name, fn);

const answers = (page) => page.evaluate(() => window.phasecheck.answers());
const find = (list, id) => list.find((w) => w.id === id);
const characters = (text) => Array.from(text).length;

// The figures step, reached through the questions by mouse (answers loaded, then "change").
async function toFigures(page, golden) {
  await page.evaluate((a) => window.phasecheck.load(a), golden);
  await click(page, 'button:change');
  await widget(page, 'option:sales_stage:smarter');
  for (let i = 0; i < 15; i++) await advance(page);
  await widget(page, 'field:current:revenue');
}

// The text input laid over the canvas is open and has the focus.
const inputOpen = (page) => page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('text-agent'));
const inputClosed = (page) => page.waitForFunction(() => !document.querySelector('.text-agent'));

test('company and notes count characters: 200 with umlauts are kept whole, more is refused at the field, never cut', async () => {
  await withApp('limits', DESKTOP, '?lang=de', async ({ page }) => {
    await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
    await widget(page, 'button:restart');
    const company = 'Ü'.repeat(150) + 'X'.repeat(50);  // 200 characters, as the input counts them
    await typeInto(page, 'field:company', company);
    let list = await waitForWidgets(page, (l) => find(l, 'field:company')?.value === company, 'the whole company name');
    assert.equal(find(list, 'field:company').error, '');
    assert.equal((await answers(page)).meta.company, company);

    // Two more: kept in the field, said there, not taken — while still typing.
    await click(page, 'field:company');
    await inputOpen(page);
    await page.keyboard.press('End');
    await page.keyboard.type('YZ');
    list = await waitForWidgets(page, (l) => find(l, 'field:company')?.error !== '', 'the limit said at the field');
    assert.equal(find(list, 'field:company').error, 'Höchstens 200 Zeichen – 2 zu viel');
    assert.equal(find(list, 'field:company').value, company + 'YZ');
    assert.equal(await page.evaluate(() => document.activeElement.value), company + 'YZ', 'the input keeps what was typed');
    assert.equal((await answers(page)).meta.company, company);
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
    list = await waitForWidgets(page, (l) => find(l, 'field:company')?.value === company, 'back within the limit');
    assert.equal(find(list, 'field:company').error, '');
    await page.keyboard.press('Tab');  // on into the notes (#11, item 5): leaving checks the company field
    await page.waitForFunction(() => document.activeElement.tagName === 'TEXTAREA');
    await page.keyboard.press('Escape');
    await inputClosed(page);

    // 15,004 characters of umlaut text pasted into the notes: all of them stay.
    const notes = 'äöü'.repeat(5001) + 'ß';
    await click(page, 'field:notes');
    await inputOpen(page);
    await page.keyboard.insertText(notes);
    await page.keyboard.press('Tab');
    await inputClosed(page);
    list = await waitForWidgets(page, (l) => find(l, 'field:notes')?.value.length === notes.length, 'the pasted notes');
    assert.equal(characters(find(list, 'field:notes').value), 15004);
    assert.equal(find(list, 'field:notes').error, '');
    assert.equal((await answers(page)).meta.notes, notes);
    const stored = JSON.parse(await page.evaluate(() => localStorage.getItem('phasecheck.state/1')));
    assert.equal(stored.answers.meta.notes, notes, 'autosaved whole');
  });
});

test('a German figure in the English UI: "1.000.000" is read, "150.000" is asked at the field and answered with a click', async () => {
  await withApp('ambiguous', DESKTOP, '?lang=en', async ({ page }) => {
    await toFigures(page, goldenAnswers('phase1_clear_en'));
    await typeInto(page, 'field:prior:revenue', '1.000.000');
    await typeInto(page, 'field:current:revenue', '1,000,000');
    await typeInto(page, 'field:current:sales_cost', '150.000');
    // Asked as soon as the field is left, with both readings in the UI's notation.
    const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'reading:current:sales_cost:1'), 'the two readings');
    assert.equal(find(list, 'reading:current:sales_cost:0').label, '€150');
    assert.equal(find(list, 'reading:current:sales_cost:1').label, '€150,000');
    assert.equal(find(list, 'question:current:sales_cost').label, '“150.000” can be read two ways. Which number do you mean?');
    assert.equal(find(list, 'field:prior:revenue').error, '', '1.000.000 is no question');

    // "Show my result" does not guess.
    const { widgets: stopped } = await click(page, 'button:next');
    assert.ok(stopped.some((w) => w.id === 'reading:current:sales_cost:0'), 'still asked');

    const { widgets: chosen } = await click(page, 'reading:current:sales_cost:1');
    assert.equal(find(chosen, 'field:current:sales_cost').value, '150000');
    assert.ok(!chosen.some((w) => w.id.startsWith('reading:') || w.id.startsWith('question:')), 'nothing asked any more');
    await click(page, 'button:next');
    await widget(page, 'button:restart');
    const result = await page.evaluate(() => window.phasecheck.result());
    assert.equal(result.economics.indicators.find((i) => i.id === 'sales_cost_ratio').current_text, '15.0%');
    const figures = (await answers(page)).economics;
    assert.equal(figures.prior.revenue, 1e6);
    assert.equal(figures.current.sales_cost, 150000);
  });
});

test('touch: a figure that looks like a slip is a question at the field; "Correct it" reopens the field, nothing blocks', async () => {
  await withApp('doubt', PHONE, '?lang=en', async ({ page }) => {
    await toFigures(page, goldenAnswers('phase1_clear_en'));
    // Each tap opens the field's input within the touch event (boot.js); tap() returns once the app
    // has drawn the frame after it, so the keys go to the field the app knows is being edited.
    for (const [id, text] of [['field:current:revenue', '1,000,000'], ['field:current:sales_cost', '150']]) {
      await tap(page, id);
      await inputOpen(page);
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Enter');  // leaves the field
    await inputClosed(page);
    let list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'confirm:current:sales_cost'), 'the question');
    assert.equal(find(list, 'question:current:sales_cost').label, 'Sales cost (€150) is only 0.0% of revenue (€1,000,000). Is that right?');
    assert.equal(find(list, 'confirm:current:sales_cost').label, "Yes, that's right");

    // "Correct it": the field opens again for typing.
    await tap(page, 'correct:current:sales_cost');
    await inputOpen(page);
    assert.equal(await page.evaluate(() => document.activeElement.value), '150');
    await page.keyboard.type(',000');
    await page.keyboard.press('Enter');
    await inputClosed(page);
    list = await waitForWidgets(page, (l) => find(l, 'field:current:sales_cost')?.value === '150,000' &&
      !l.some((w) => w.id === 'question:current:sales_cost'), 'the question gone with the corrected figure');

    // A twelvefold revenue: asked; the first "Show my result" stops to show it, the second goes on.
    await tap(page, 'field:prior:revenue');
    await inputOpen(page);
    await page.keyboard.type('80,000');
    await page.keyboard.press('Enter');
    await inputClosed(page);
    await waitForWidgets(page, (l) => l.some((w) => w.id === 'confirm:current:revenue'), 'the tenfold question');
    const { widgets: stopped } = await tap(page, 'button:next');
    assert.ok(stopped.some((w) => w.id === 'question:current:revenue'), 'the first press stops at the question');
    await tap(page, 'button:next');
    await widget(page, 'button:restart');
    const figures = (await answers(page)).economics;
    assert.equal(figures.prior.revenue, 80000);
    assert.equal(figures.current.revenue, 1e6);
    assert.equal(figures.current.sales_cost, 150000);
  });
});

test('a figure is checked when the visitor leaves its field: by Tab, and by clicking elsewhere', async () => {
  await withApp('leave', DESKTOP, '?lang=de', async ({ page }) => {
    await toFigures(page, goldenAnswers('phase1_clear_en'));
    await typeInto(page, 'field:current:revenue', '12.5.00');  // leaves with Tab
    let list = await waitForWidgets(page, (l) => find(l, 'field:current:revenue')?.error, 'the refusal');
    assert.match(find(list, 'field:current:revenue').error, /Bitte eine Zahl eingeben/);
    assert.ok(list.some((w) => w.id === 'button:next'), 'still on the figures, nothing pressed');

    await click(page, 'field:prior:gross_margin');
    await inputOpen(page);
    await page.keyboard.type('5.000.000');
    await click(page, 'field:prior:revenue');  // the mouse moves on: the left field is checked
    await inputOpen(page);
    await page.keyboard.type('1.000.000');
    list = await waitForWidgets(page, (l) => find(l, 'field:prior:revenue')?.value === '1.000.000', 'the revenue typed');
    assert.equal(find(list, 'field:prior:gross_margin').error, '', 'no revenue yet to hold it against');
    await page.keyboard.press('Tab');
    list = await waitForWidgets(page, (l) => find(l, 'field:prior:gross_margin')?.error, 'held against the revenue');
    assert.equal(find(list, 'field:prior:gross_margin').error, 'Darf den Umsatz nicht übersteigen');
    assert.deepEqual((await widgets(page)).filter((w) => w.id === 'button:restart'), []);
  });
});
