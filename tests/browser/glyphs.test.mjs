// Names beyond Western Europe (issue #11, item 16): letters of Latin Extended, Greek and Cyrillic
// come from a second font file fetched when a text needs them; what no font of the app has (emoji,
// Arabic) is drawn by the browser as typed; the saved file keeps every letter of the name.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { DIST, idleScreenshot, launch, serve, visibleWidget, visitApp, waitForWidgets, widget } from './lib.mjs';
import { goldenAnswers, typeInto } from './walk.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

const DESKTOP = { viewport: { width: 1100, height: 850 } };
const NAME = 'Škoda Łódź İstanbul Đorđević ẞ Ελλάδα Москва';
const BEYOND_FONTS = 'مرحبا ☕ 😀';

const withApp = (name, url, options, fn) => visitApp(browser, url, options, name, fn);

async function showResult(page) {
  await page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase1_clear_en'));
  await widget(page, 'button:save');
}

// Waits for the idle frame that shows `field` holding `value` with no character drawn as "?", and
// `want`: {glyphs: the extra font file's state, images: whether the text is the browser's image}.
// Returns that frame's glyph counts and the fonts' state.
async function fieldShowing(page, field, value, want = {}) {
  const state = () => page.evaluate(() => ({ frame: window.phasecheck.frame(), fonts: window.phasecheck.fonts() }));
  try {
    await page.waitForFunction(([id, text, { glyphs, images }]) => {
      const frame = window.phasecheck.frame();
      const fonts = window.phasecheck.fonts();
      const shown = window.phasecheck.widgets().find((w) => w.id === id);
      return frame.idle && shown && shown.value === text && frame.missing_glyphs === 0 &&
        (glyphs === undefined || fonts.glyphs === glyphs) &&
        (images === undefined || (frame.text_images > 0) === images);
    }, [field, value, want], { timeout: 15000 });
  } catch (error) {
    throw new Error(`${field} = ${value} with ${JSON.stringify(want)}: ${JSON.stringify(await state())} (${error.message})`);
  }
  return state();
}

// The field's pixels in the frame on screen: [r, g, b] per pixel, row by row.
async function fieldPixels(page, field) {
  const { widgets: list, png } = await idleScreenshot(page);
  const w = list.find((x) => x.id === field);
  const ratio = await page.evaluate(() => window.devicePixelRatio);
  const pixels = [];
  for (let y = Math.ceil((w.y + 4) * ratio); y < Math.floor((w.y + w.height - 4) * ratio); y++) {
    for (let x = Math.ceil((w.x + 8) * ratio); x < Math.floor((w.x + w.width - 8) * ratio); x++) {
      pixels.push(png.pixel(x, y));
    }
  }
  return pixels;
}

const ink = (pixels) => pixels.filter(([r, g, b]) => r + g + b < 3 * 128).length;
const differing = (a, b) => a.filter((p, i) => p.some((v, c) => Math.abs(v - b[i][c]) > 40)).length;

async function retype(page, field, text) {
  const box = await visibleWidget(page, field);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('text-agent'));
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.keyboard.type(text);
  // Escape closes the field and keeps its text (Tab would go on into the next field).
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.text-agent'));
}

test('Polish, Czech, Turkish, Greek and Russian names are drawn with their own letters, not "?"', async () => {
  await withApp('glyphs-latin', server.url + '?lang=de', DESKTOP, async ({ page }) => {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await showResult(page);
    assert.equal((await page.evaluate(() => window.phasecheck.fonts())).glyphs, 'not_needed');
    assert.ok(!requested.some((p) => p.includes('-extra') || p.endsWith('glyphs.js')), 'nothing extra before a text needs it');

    await typeInto(page, 'field:company', NAME);
    // Drawn from the font atlas, every letter found.
    const shown = await fieldShowing(page, 'field:company', NAME, { glyphs: 'ready', images: false });
    assert.ok(requested.includes('/fonts/Inter-Regular-extra.ttf'), 'the extra letters were fetched');

    // By pixels: the field differs from the same name with "?" for each letter beyond Latin-1.
    const real = await fieldPixels(page, 'field:company');
    const questionMarks = NAME.replace(/[^\u0000-\u00ff]/g, '?');
    await retype(page, 'field:company', questionMarks);
    await fieldShowing(page, 'field:company', questionMarks);
    const fallback = await fieldPixels(page, 'field:company');
    assert.ok(differing(real, fallback) > 200, `the letters are drawn, not "?" (${differing(real, fallback)} pixels differ)`);
    console.log(`  atlas after the extra letters at ratio 1: ${shown.fonts.width}×${shown.fonts.height}, ${shown.fonts.build_ms.toFixed(1)} ms`);
  });
});

// The atlas starts with the letters the content uses (issue #13): others of Latin-1 join it when a
// visitor types them, from the font file already loaded.
test('Western European letters the content does not use (è, ñ, Ø, Å) are drawn at once, with no download', async () => {
  await withApp('glyphs-latin1', server.url + '?lang=de', DESKTOP, async ({ page }) => {
    const requested = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await showResult(page);
    const before = await page.evaluate(() => window.phasecheck.fonts());
    const name = 'Crème Señor Øresund Ångström';
    await typeInto(page, 'field:company', name);
    const shown = await fieldShowing(page, 'field:company', name, { glyphs: 'not_needed', images: false });
    assert.ok(!requested.some((p) => p.includes('-extra') || p.endsWith('glyphs.js')), 'nothing fetched for Latin-1');
    assert.ok(shown.fonts.build_ms !== before.build_ms || shown.fonts.height !== before.height, 'the atlas was rebuilt with the letters');
    const questionMarks = name.replace(/[èñØÅ]/g, '?');
    const real = await fieldPixels(page, 'field:company');
    await retype(page, 'field:company', questionMarks);
    await fieldShowing(page, 'field:company', questionMarks);
    const fallback = await fieldPixels(page, 'field:company');
    assert.ok(differing(real, fallback) > 60, `the letters are drawn, not "?" (${differing(real, fallback)} pixels differ)`);
  });
});

test('emoji and Arabic, which no font of the app has, are drawn as typed by the browser', async () => {
  await withApp('glyphs-beyond', server.url + '?lang=en', DESKTOP, async ({ page }) => {
    await showResult(page);
    await typeInto(page, 'field:notes', BEYOND_FONTS);
    await fieldShowing(page, 'field:notes', BEYOND_FONTS, { images: true });
    const typed = await fieldPixels(page, 'field:notes');

    const questionMarks = '????? ? ?';
    await retype(page, 'field:notes', questionMarks);
    await fieldShowing(page, 'field:notes', questionMarks, { images: false });
    const fallback = await fieldPixels(page, 'field:notes');
    assert.ok(ink(typed) > 40, `the text is drawn (${ink(typed)} dark pixels)`);
    assert.ok(differing(typed, fallback) > 100, `it is not "?" (${differing(typed, fallback)} pixels differ)`);
  });
});

test('the saved file is named with every letter of the company; file and report carry the name as typed', async () => {
  await withApp('glyphs-file', server.url + '?lang=de', DESKTOP, async ({ page }) => {
    await showResult(page);
    await typeInto(page, 'field:company', NAME);
    await waitForWidgets(page, (list) => list.some((w) => w.id === 'field:company' && w.value === NAME), 'the name in the field');
    const box = await visibleWidget(page, 'button:save');
    const [download] = await Promise.all([page.waitForEvent('download'),
      page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)]);
    const day = new Date().toISOString().slice(0, 10);
    assert.equal(download.suggestedFilename(), `phasecheck-Škoda-Łódź-İstanbul-Đorđević-ẞ-Ελλάδα-Москва-${day}.json`);
    // The file and the printed report (drawn by the browser's fonts) carry the name as typed.
    assert.equal(JSON.parse(fs.readFileSync(await download.path(), 'utf8')).meta.company, NAME);
    assert.ok((await page.evaluate(() => window.phasecheck.reportHtml())).includes(NAME), 'the printed report names the company');
  });
});

test('the service worker caches the extra letters; the single offline file draws such names in the system fonts', async () => {
  const sw = fs.readFileSync(path.join(DIST, 'sw.js'), 'utf8');
  for (const file of ['glyphs.js', 'fonts/Inter-Regular-extra.ttf', 'fonts/Inter-SemiBold-extra.ttf']) assert.ok(sw.includes(`"${file}"`), file);
  const url = pathToFileURL(path.join(DIST, 'phasecheck-offline.html')).href + '?lang=de';
  await withApp('glyphs-offline', url, DESKTOP, async ({ page }) => {
    await showResult(page);
    await typeInto(page, 'field:company', NAME);
    await fieldShowing(page, 'field:company', NAME, { glyphs: 'ready', images: true });
  });
});

// Every extra letter a text may bring, more than the atlas takes (GlyphCoverage::kMaxExtraGlyphs).
const MANY_LETTERS = [[0x100, 0x24f], [0x391, 0x3c9], [0x410, 0x44f]]
  .flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i))).join('');

test('the atlas with the extra letters stays small and quick at pixel ratio 1, 2 and 3', async () => {
  const phone = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
  for (const ratio of [1, 2, 3]) {
    await withApp(`glyphs-ratio-${ratio}`, server.url + '?lang=de', { ...phone, deviceScaleFactor: ratio }, async ({ page }) => {
      const base = await page.evaluate(() => window.phasecheck.fonts());
      const load = (meta) => page.evaluate((a) => window.phasecheck.load(a), { ...goldenAnswers('phase1_clear_en'), meta });
      await load({ company: NAME });
      await page.waitForFunction(() => window.phasecheck.fonts().glyphs === 'ready' && window.phasecheck.frame().idle);
      const name = await fieldShowing(page, 'field:company', NAME, { glyphs: 'ready', images: false });
      await load({ company: NAME, notes: MANY_LETTERS });
      const many = await fieldShowing(page, 'field:notes', MANY_LETTERS, { glyphs: 'ready' });
      const limit = await page.evaluate(() => document.createElement('canvas').getContext('webgl2').getParameter(0x0D33));  // MAX_TEXTURE_SIZE
      const size = (f) => `${f.width}×${f.height} (${f.build_ms.toFixed(1)} ms)`;
      console.log(`  ratio ${ratio}: atlas ${size(base)}; with the name ${size(name.fonts)}; with ${MANY_LETTERS.length} letters ` +
        `${size(many.fonts)}; texture limit ${limit}`);
      for (const { fonts } of [name, many]) {
        assert.equal(fonts.pixel_ratio, ratio);
        assert.ok(Math.max(fonts.width, fonts.height) <= Math.min(limit, 4096), `${size(fonts)} is within what phones allow`);
      }
    });
  }
});

// scripts/truetype-outlines.py: stb_truetype builds the atlas from TrueType outlines in about two
// thirds of the time it takes from CFF ones (docs/architecture.md). A build that skipped the
// conversion would ship working fonts, and only this would say so.
test('the shipped fonts have TrueType outlines, and their side bearings are their glyphs\' left edges', () => {
  for (const name of ['Inter-Regular.ttf', 'Inter-SemiBold.ttf', 'Inter-Regular-extra.ttf', 'Inter-SemiBold-extra.ttf']) {
    const bytes = fs.readFileSync(path.join(DIST, 'fonts', name));
    assert.equal(bytes.readUInt32BE(0), 0x00010000, `${name}: a TrueType sfnt`);
    const tables = Object.fromEntries(Array.from({ length: bytes.readUInt16BE(4) }, (_, i) =>
      [bytes.toString('latin1', 12 + 16 * i, 16 + 16 * i), bytes.readUInt32BE(12 + 16 * i + 8)]));
    assert.ok('glyf' in tables && 'loca' in tables && !('CFF ' in tables), `${name}: ${Object.keys(tables)}`);
    // head's flags bit 1: left side bearing at x = 0, i.e. every hmtx bearing equals its glyph's xMin.
    assert.ok(bytes.readUInt16BE(tables.head + 16) & 2, `${name}: side bearings match the outlines`);
  }
});
