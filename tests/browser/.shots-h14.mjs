// Throwaway: screenshots of each meeting screen at tablet and phone size in both languages.
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, launch, openApp, serve, waitForWidgets, widget, click, settled } from './lib.mjs';
import { goldenAnswers } from './walk.mjs';

const OUT = '/work/shots/h14-ui';
const SIZES = { tablet: { viewport: { width: 1024, height: 768 }, hasTouch: true, isMobile: true },
                phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } };
const server = await serve();
const browser = await launch();
const files = ['ceo.answers.json', 'sales.answers.json', 'kam.answers.json'].map((f) => path.join(ROOT, 'tests/meeting', f));
for (const lang of ['de', 'en']) {
  for (const [size, options] of Object.entries(SIZES)) {
    const { page, context } = await openApp(browser, `${server.url}meeting.html?lang=${lang}`, options);
    const shot = async (name) => { await settled(page); await page.screenshot({ path: `${OUT}/${name}-${size}-${lang}.png` }); };
    await shot('1-empty');
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), click(page, 'button:open_files')]);
    await chooser.setFiles(files);
    await waitForWidgets(page, (l) => l.filter((w) => w.id.startsWith('button:remove:')).length === 3, 'three');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot('2-participants');
    await click(page, 'tab:compare');
    await shot('3-compare');
    await click(page, 'tab:agree');
    await shot('4-agree');
    await click(page, 'tab:keep');
    await shot('5-keep');
    await click(page, 'tab:participants');
    await click(page, 'button:answer_here');  // no name: refused
    await shot('6-refused');
    await context.close();
  }
}
await browser.close();
server.close();
