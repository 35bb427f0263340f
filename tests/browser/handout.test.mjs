// The printed report as a handout: opened with the app's print button, printed by Chromium to an
// A4 PDF as "Save as PDF" does, then read back page by page (tests/browser/pdf.mjs): the number of
// pages, the running header and the page number on each, nothing past the right edge, no page left
// mostly empty, the brand font embedded. Both languages, a long and a short report, and the
// single offline file.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { DIST, ROOT, click, cspViolations, launch, openApp, screenshotOnFailure, serve, waitForWidgets, widget } from './lib.mjs';
import { MM, pdfFonts, pdfPages } from './pdf.mjs';
import { goldenAnswers } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const DESKTOP = { viewport: { width: 1100, height: 850 } };
const OUT = path.join(ROOT, 'build', 'handout');
// web/report.css: @page { margin: 20mm 16mm 18mm }
const MARGIN = { top: 20 * MM, side: 16 * MM, bottom: 18 * MM };
const EDGE = 0.5;  // points of rounding in the text boxes

// The limits the core enforces (src/core/limits.hpp), read where they are defined.
const LIMITS = fs.readFileSync(path.join(ROOT, 'src/core/limits.hpp'), 'utf8');
const limit = (name) => Number(new RegExp(`${name} = (\\d+)`).exec(LIMITS)[1]);
const COMPANY_LIMIT = limit('kCompanyCharacters');
const NOTES_LIMIT = limit('kNotesCharacters');

// Long texts near the limits, with words a reader would write (not one unbreakable string).
function filler(words, limit) {
  let text = '';
  for (let i = 0; text.length + words[i % words.length].length + 1 < limit; i++) text += (text ? ' ' : '') + words[i % words.length];
  return text;
}
const LONG_COMPANY = filler(['Müller', '&', 'Söhne', 'Vertriebs-', 'und', 'Servicegesellschaft', 'für', 'Industrieautomation', 'Süd', 'GmbH', '&', 'Co.', 'KG'], COMPANY_LIMIT);
const LONG_NOTES = filler(['Gespräch', 'mit', 'Frau', 'Schäfer', 'über', 'die', 'Vertriebskostenquote;', 'nächster', 'Termin', 'im', 'Januar.', 'Offene', 'Punkte:', 'Pilotregion', 'Nord,', 'Einarbeitung', 'neuer', 'Verkäufer.\n'], NOTES_LIMIT);

// Opens the app, prints the report with the print button and saves the report's tab as a PDF.
async function printToPdf(url, { lang, golden, company = '', notes = '' }, name) {
  const app = await openApp(browser, url, DESKTOP);
  try {
    return await screenshotOnFailure(app.page, `handout-${name}`, async () => {
      // The dialog itself cannot be driven; at the moment it would open, note what the tab holds.
      await app.context.addInitScript(() => {
        window.print = () => {
          window.__fontsAtPrint = [...document.fonts].filter((f) => f.family.replace(/"/g, '') === 'Inter').map((f) => f.status);
        };
      });
      const doc = { ...goldenAnswers(golden), lang, meta: { company, notes } };
      await app.page.evaluate((a) => window.phasecheck.load(a), doc);
      const report = await openReport(app);
      await report.waitForFunction(() => window.__fontsAtPrint !== undefined);
      const fontsAtPrint = await report.evaluate(() => window.__fontsAtPrint);
      const attributes = await report.evaluate(() => ({ ...document.documentElement.dataset }));
      const fonts = await renderedFonts(report, Object.keys(BRAND_FONTS));
      fs.mkdirSync(OUT, { recursive: true });
      const file = path.join(OUT, `${name}.pdf`);
      await report.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true });
      assert.deepEqual(await cspViolations(report), [], 'CSP violations in the report');
      assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
      return { file, fontsAtPrint, attributes, fonts };
    });
  } finally {
    await app.context.close();
  }
}

// The fonts Chromium really draws each element's text with (Skia writes them into the PDF as
// unnamed Type 3 fonts, so the PDF cannot tell): "Inter 400", "Inter 600", or a system font.
async function renderedFonts(page, selectors) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const found = {};
    for (const selector of selectors) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      found[selector] = fonts.map((f) => `${f.familyName}${f.isCustomFont ? ' (web font)' : ''}`);
    }
    return found;
  } finally {
    await cdp.detach();
  }
}

// Clicks "print" and returns the report's tab. On a machine this loaded, the frame that handles
// the click can come after the browser's few seconds in which a click may open a tab: the app then
// says the tab was blocked (notice:report_blocked), as it would to a visitor, who clicks again.
// So does the test, and says so; a second block fails.
async function openReport(app) {
  await widget(app.page, 'button:print');
  for (let attempt = 1; attempt <= 2; attempt++) {
    const opened = app.context.waitForEvent('page', { timeout: 60000 });
    await click(app.page, 'button:print');
    const blocked = waitForWidgets(app.page, (l) => l.some((w) => w.id === 'notice:report_blocked'), 'the blocked notice', 60000);
    const outcome = await Promise.race([opened.then((page) => ({ page })), blocked.then(() => ({ blocked: true }))]);
    opened.catch(() => {});
    blocked.catch(() => {});
    if (outcome.page) return outcome.page;
    console.log(`attempt ${attempt}: the browser blocked the report's tab (the click was handled too late)`);
    await click(app.page, 'button:dismiss:0');
    await waitForWidgets(app.page, (l) => !l.some((w) => w.id.startsWith('notice:')), 'notice dismissed');
  }
  throw new Error('the report tab was blocked twice');
}

const squeeze = (text) => text.replace(/\s+/g, '');

function checkPages(file, attributes, [fewest, most]) {
  const pages = pdfPages(file);
  assert.ok(pages.length >= fewest && pages.length <= most, `${pages.length} pages, expected ${fewest}–${most}`);
  const contentHeight = pages[0].height - MARGIN.top - MARGIN.bottom;
  const fills = [];
  pages.forEach((page, i) => {
    const where = `page ${i + 1} of ${pages.length}`;
    assert.ok(Math.abs(page.width - 210 * MM) < 1 && Math.abs(page.height - 297 * MM) < 1, `${where} is A4`);
    const header = page.words.filter((w) => w.y1 <= MARGIN.top).map((w) => w.text).join(' ');
    const footer = page.words.filter((w) => w.y0 >= page.height - MARGIN.bottom).map((w) => w.text).join(' ');
    const body = page.words.filter((w) => w.y0 > MARGIN.top && w.y1 < page.height - MARGIN.bottom);
    assert.ok(squeeze(header).includes(squeeze(attributes.header)), `${where}: header "${attributes.header.slice(0, 40)}…", found "${header}"`);
    assert.ok(squeeze(header).includes(squeeze(attributes.brand)), `${where}: the consultancy in the header`);
    const number = `${attributes.pageBefore}${i + 1}${attributes.pageBetween}${pages.length}${attributes.pageAfter}`;
    assert.equal(squeeze(footer), squeeze(number), `${where}: page number`);
    for (const w of page.words) {
      assert.ok(w.x0 >= MARGIN.side - EDGE && w.x1 <= page.width - MARGIN.side + EDGE,
        `${where}: "${w.text}" at x ${w.x0.toFixed(1)}–${w.x1.toFixed(1)} leaves the printable width`);
    }
    const bottom = Math.max(...body.map((w) => w.y1));
    fills.push((bottom - MARGIN.top) / contentHeight);
  });
  fills.slice(0, -1).forEach((fill, i) => assert.ok(fill >= 0.25, `page ${i + 1} is ${Math.round(fill * 100)} % filled`));
  assert.ok(pdfFonts(file).every((f) => f.embedded), 'every font embedded');
  return { pages: pages.length, fills };
}

// What each kind of text must be set in: web/report.css's Inter, regular and semibold.
const BRAND_FONTS = { h1: 'Inter Semi Bold', h2: 'Inter Semi Bold', '.lead': 'Inter', '.answers td': 'Inter', 'address a': 'Inter' };

function assertBrandFont(fonts) {
  for (const [selector, used] of Object.entries(fonts)) {
    assert.deepEqual(used, [`${BRAND_FONTS[selector]} (web font)`], `${selector} is set in the brand font only`);
  }
}

const CASES = [
  { name: 'long-de', lang: 'de', golden: 'low_confidence_unknowns_en', company: LONG_COMPANY, notes: LONG_NOTES, pages: [8, 11] },
  { name: 'long-en', lang: 'en', golden: 'low_confidence_unknowns_en', company: LONG_COMPANY, notes: LONG_NOTES, pages: [8, 11] },
  { name: 'short-de', lang: 'de', golden: 'phase1_clear_en', pages: [2, 3] },
  { name: 'short-en', lang: 'en', golden: 'phase3_redesign_de', company: 'Muster AG', pages: [2, 3] },
];

for (const c of CASES) {
  test(`the handout, ${c.name}: ${c.pages.join('–')} A4 pages, each with header and page number, nothing cut, none mostly empty`, async () => {
    const { file, fontsAtPrint, attributes, fonts } = await printToPdf(server.url + `?lang=${c.lang}`, c, c.name);
    assert.ok(fontsAtPrint.length === 2 && fontsAtPrint.every((s) => s === 'loaded'), `Inter loaded when the dialog opens: ${fontsAtPrint}`);
    assertBrandFont(fonts);
    if (c.company) assert.ok(attributes.header.startsWith(c.company.trim()), 'the company in the header');
    const { pages, fills } = checkPages(file, attributes, c.pages);
    console.log(`${c.name}: ${pages} pages, filled ${fills.map((f) => Math.round(f * 100) + ' %').join(', ')}`);
  });
}

test('the handout from the single offline file: the brand font travels inside it', async () => {
  const url = pathToFileURL(path.join(DIST, 'phasecheck-offline.html')).href + '?lang=de';
  const { file, fontsAtPrint, attributes, fonts } = await printToPdf(url, { lang: 'de', golden: 'phase1_clear_en', company: 'Muster AG' }, 'offline-de');
  assert.ok(fontsAtPrint.length === 2 && fontsAtPrint.every((s) => s === 'loaded'), `Inter loaded when the dialog opens: ${fontsAtPrint}`);
  assertBrandFont(fonts);
  checkPages(file, attributes, [2, 3]);
});
