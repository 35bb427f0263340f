// The re-check (issue #10): a Phase 1 and a Phase 2 result each offer the next check as a calendar
// file made in the browser (text/calendar, CRLF, all-day on today + the phase's months), the printed
// report shows that day, and Phase 1's call to action is the brand's own for scaling.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { DIST, click, cspViolations, launch, openApp, screenshotOnFailure, serve, waitForWidgets, widget } from './lib.mjs';
import { goldenAnswers } from './walk.mjs';

const content = JSON.parse(fs.readFileSync(path.join(DIST, 'questionnaire.json'), 'utf8'));
const brand = JSON.parse(fs.readFileSync(path.join(DIST, 'brand.json'), 'utf8'));
const DESKTOP = { viewport: { width: 1100, height: 850 } };
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); server?.close(); });

// An independent reckoning of the day: whole months on, the day clamped to the month's end.
function addMonths(iso, months) {
  const [y, m, d] = iso.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(d, last) };
}
const pad = (n, w = 2) => String(n).padStart(w, '0');
const compact = ({ year, month, day }) => `${pad(year, 4)}${pad(month)}${pad(day)}`;
const isoOf = ({ year, month, day }) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
const readable = ({ year, month, day }, lang) => (lang === 'de' ? `${pad(day)}.${pad(month)}.${year}` : `${day} ${MONTHS[month - 1]} ${year}`);

const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

// RFC 5545: unfold (CRLF + space), then read a property's TEXT value.
function property(ics, name) {
  const line = ics.replace(/\r\n[ \t]/g, '').split('\r\n').find((l) => l.startsWith(`${name}:`));
  assert.ok(line, `the calendar has ${name}`);
  return line.slice(name.length + 1).replace(/\\([\\;,nN])/g, (_, c) => (c === 'n' || c === 'N' ? '\n' : c));
}

const PHASES = [
  { number: 1, id: 'scale', golden: 'phase1_clear_en' },
  { number: 2, id: 'optimize', golden: 'phase2_despite_exhausted_en' },
];

for (const lang of ['de', 'en']) {
  test(`the next check in ${lang}: a calendar file per phase, its day in the printed report, Phase 1's own call to action`, async () => {
    const app = await openApp(browser, `${server.url}?lang=${lang}`, DESKTOP);
    const { page } = app;
    try {
      await screenshotOnFailure(page, `recheck-${lang}`, async () => {
        // What the page hands to the browser's download: the blob's type.
        await page.evaluate(() => {
          window.__blobTypes = [];
          const create = URL.createObjectURL.bind(URL);
          URL.createObjectURL = (blob) => { window.__blobTypes.push(blob.type); return create(blob); };
        });
        const seen = {};
        for (const phase of PHASES) {
          const own = brand.cta_by_phase?.[phase.id];
          const cta = { label: (own ?? { label: brand.cta_label }).label[lang], text: (own ?? { text: brand.cta_text }).text[lang] };
          await page.evaluate((doc) => window.phasecheck.load(doc), { ...goldenAnswers(phase.golden), lang });
          // The result of this phase is on screen: its call to action is drawn.
          await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:cta' && w.label === cta.label) && l.some((w) => w.id === 'button:recheck'),
            `the Phase ${phase.number} result`);
          const result = await page.evaluate(() => window.phasecheck.result());
          assert.equal(result.phase, phase.number);
          assert.equal((await widget(page, 'button:recheck')).label, content.messages['ui.result.recheck'][lang]);

          const months = content.recheck_months[phase.id];
          const today = () => page.evaluate(() => new Date().toISOString().slice(0, 10));  // the app's clock (UTC)
          const first = await today();
          const [download] = await Promise.all([page.waitForEvent('download'), click(page, 'button:recheck')]);
          const days = [...new Set([first, await today()])].map((d) => addMonths(d, months));  // midnight may pass
          const ics = fs.readFileSync(await download.path(), 'utf8');
          const due = days.find((d) => download.suggestedFilename() === `phasecheck-recheck-${isoOf(d)}.ics`);
          assert.ok(due, `file name ${download.suggestedFilename()} is the day ${months} months on`);
          assert.equal(await page.evaluate(() => window.__blobTypes.at(-1)), 'text/calendar;charset=utf-8');

          assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n') && ics.endsWith('END:VCALENDAR\r\n'));
          assert.ok(!/[^\r]\n/.test(ics) && !/\r[^\n]/.test(ics), 'every line ends in CRLF');
          assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines folded at 75 octets');
          assert.ok(ics.includes(`\r\nDTSTART;VALUE=DATE:${compact(due)}\r\n`), `DTSTART ${compact(due)}`);
          const heading = `${content.messages['phase.label'][lang].replace('{number}', phase.number)} – ${content.phases[phase.id].title[lang]}`;
          assert.equal(property(ics, 'SUMMARY'), content.messages['report.calendar.summary'][lang].replace('{phase}', heading));
          assert.ok(property(ics, 'DESCRIPTION').includes(content.messages[`report.calendar.check.${phase.id}`][lang]));

          const html = await page.evaluate(() => window.phasecheck.reportHtml());
          assert.ok(html.includes(`<dt>${content.messages['report.recheck'][lang]}</dt>`), 'the report names the next check');
          assert.ok(html.includes(`<dd class="recheck">${readable(due, lang)}</dd>`), `the report shows ${readable(due, lang)}`);
          assert.ok(html.includes(escapeHtml(cta.text)), 'the report closes with the phase\'s call to action');
          seen[phase.id] = cta;
        }
        assert.notEqual(seen.scale.text, seen.optimize.text, 'Phase 1 has its own call to action');
        assert.notEqual(seen.scale.label, seen.optimize.label);
        assert.equal(seen.scale.text, brand.cta_by_phase.scale.text[lang], 'the brand\'s text for scaling');

        // Other downloads keep their type.
        await Promise.all([page.waitForEvent('download'), click(page, 'button:save')]);
        assert.equal(await page.evaluate(() => window.__blobTypes.at(-1)), 'application/json');
      });
      assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
      assert.deepEqual(app.problems.offOrigin, [], 'requests that left the origin');
      assert.deepEqual(await cspViolations(page), [], 'CSP violations');
    } finally {
      await app.context.close();
    }
  });
}
