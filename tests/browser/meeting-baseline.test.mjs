// Meeting mode (issue #14): before and after on the screen. An earlier assessment (a file from March,
// with its date) is opened as the baseline — by touch on a tablet in German, by mouse on a desktop in
// English — and the screen shows the phase then and now, the answers that moved, the indicators then
// and now, and the earlier phase's exit signals, under the name "Check vom 12.03.2026".
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { click, launch, openApp, screenshotOnFailure, serve, waitForWidgets } from './lib.mjs';
import { MEETING_FILES, TABLET, alerts, chooseFiles, participants } from './meeting-steps.mjs';
import { tap } from './walk.mjs';

const DESKTOP = { viewport: { width: 1280, height: 900 } };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// What the before/after screen says, in each language.
const EXPECTED = {
  de: {
    heading: 'Vorher und nachher: Check vom 12.03.2026',
    items: ['Damals: Phase 1: Skalieren', 'Heute: Phase 2: Optimieren',
      'Unverändert skalierbar: damals Ja, heute Teilweise – nur mit Anpassungen',
      'Marktausschöpfung: damals Gering – viel Potenzial offen, heute Hoch',
      'Vertriebskostenquote: Damals 15,0 %, Heute 14,2 %',
      'Marktausschöpfung: Hoch – noch nicht erfüllt', 'Wirtschaftlichkeit: Stabil – noch nicht erfüllt'],
    exit: 'Signale für das Ende von Phase 1',
  },
  en: {
    heading: 'Before and after: Check of 12 Mar 2026',
    items: ['Then: Phase 1: Scale', 'Now: Phase 2: Optimise', 'Scalable unchanged: then Yes, now Partly – only with adjustments',
      'Market exhaustion: then Low – plenty of potential left, now High', 'Sales cost ratio: Then 15.0%, Now 14.2%',
      'Market exhaustion: High – not yet met', 'Profitability: Stable – not yet met'],
    exit: 'Signals that Phase 1',
  },
};

// Every node of the accessibility tree with its role, id and text (whatever the node calls them).
function shown(tree) {
  const found = [];
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    if (typeof node.role === 'string') found.push({ id: node.id, role: node.role, text: node.label ?? node.name ?? node.text ?? '' });
    Object.values(node).forEach(walk);
  };
  walk(tree.nodes);
  return found;
}

async function openBaseline(lang, device, press, name) {
  const server = await serve();
  const app = await openApp(browser, server.url + `meeting.html?lang=${lang}`, device);
  const dir = fs.mkdtempSync('/tmp/phasecheck-meeting-');
  try {
    await screenshotOnFailure(app.page, name, async () => {
      const { page } = app;
      // Today's meeting: three people and their agreed view, from a meeting file without a baseline.
      const meeting = JSON.parse(fs.readFileSync(path.join(MEETING_FILES, 'meeting.json'), 'utf8'));
      delete meeting.baseline;
      fs.writeFileSync(path.join(dir, 'today.json'), JSON.stringify(meeting));
      await chooseFiles(page, [path.join(dir, 'today.json')], { press });
      await waitForWidgets(page, (l) => participants(l).length === 3, 'the meeting opened');

      await press(page, 'tab:baseline');
      let list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'button:open_baseline'), 'the before/after screen');
      assert.ok(!list.some((w) => w.id === 'heading:baseline'), 'no baseline yet');
      await chooseFiles(page, [path.join(MEETING_FILES, 'check-march.answers.json')], { button: 'button:open_baseline', press });
      list = await waitForWidgets(page, (l) => l.some((w) => w.role === 'status' && w.label.includes('check-march.answers.json')),
        'the baseline set');
      assert.deepEqual(alerts(list), [], 'no refusal');

      // What the screen says (headings and list items are text, in the accessibility tree).
      const nodes = shown(await page.evaluate(() => window.phasecheck.semantics()));
      const expected = EXPECTED[lang];
      const text = (id) => nodes.find((n) => n.id === id)?.text;
      assert.equal(text('heading:baseline'), expected.heading);
      const items = nodes.filter((n) => n.role === 'listitem').map((n) => n.text);
      for (const item of expected.items) assert.ok(items.some((i) => i.includes(item)), `the screen shows "${item}": ${JSON.stringify(items)}`);
      assert.ok(text('heading:moved'), 'the answers that moved');
      assert.ok(text('heading:baseline_indicators'), 'the indicators then and now');
      assert.ok(text('heading:exit').startsWith(expected.exit), 'the earlier phase\'s exit signals');
      // Kept with the meeting: the name as shown.
      const stored = await page.evaluate(() => JSON.parse(localStorage.getItem('phasecheck.meeting/1')));
      assert.equal(stored.baseline.label, expected.heading.split(': ')[1]);
    });
    assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
  } finally {
    await app.context.close();
    server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('before and after by touch on a tablet, in German: an earlier file as the baseline, named by its date', async () => {
  await openBaseline('de', TABLET, tap, 'meeting-baseline-tablet');
});

test('before and after by mouse on a desktop, in English', async () => {
  await openBaseline('en', DESKTOP, click, 'meeting-baseline-desktop');
});
