// The flags lib.mjs gives Chromium: its --disable-features replaces Playwright's (Chromium takes the
// last one), so it must carry Playwright's list whole, and it keeps Chromium's omnibox popup from
// loading beside every visit (lib.mjs says why).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DISABLED_FEATURES, launch, openApp, serve } from './lib.mjs';

// What Chromium's renderers were told: each one's --disable-features, read from its command line.
async function renderers(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const { processInfo } = await cdp.send('SystemInfo.getProcessInfo');
  await cdp.detach();
  // Chromium rewrites its process title: the arguments, joined by spaces.
  const read = (pid) => {
    try {
      return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
    } catch {
      return null;  // a renderer that has gone since (a spare one, a navigation that swapped processes)
    }
  };
  return processInfo.filter((p) => p.type === 'renderer').map((p) => read(p.id)).filter(Boolean).map((args) => {
    const disabled = /--disable-features=(\S+)/.exec(args);
    // An empty name is no feature (a plain launch's list held one, once, on a fresh Debian 12's Chromium 150).
    const names = disabled ? disabled[1].split(',').filter(Boolean) : [];
    return { topChrome: / --top-chrome-webui /.test(args), disabled: new Set(names) };
  });
}

test('Playwright\'s own disabled features are all still disabled, with ours', async () => {
  const plain = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox'] });
  let playwrights;
  try {
    const page = await (await plain.newContext()).newPage();
    await page.goto('data:text/html,<p>plain');
    playwrights = [...(await renderers(plain))[0].disabled];
  } finally {
    await plain.close();
  }
  assert.ok(playwrights.length >= 5, `Playwright disables features by default: ${playwrights}`);
  const ours = await launch(CHROMIUM_ARGS);
  try {
    const page = await (await ours.newContext()).newPage();
    await page.goto('data:text/html,<p>ours');
    const [first] = await renderers(ours);
    assert.deepEqual(playwrights.filter((f) => !first.disabled.has(f)), [], 'Playwright\'s features lost');
    assert.deepEqual(DISABLED_FEATURES.filter((f) => !first.disabled.has(f)), [], 'our features not disabled');
  } finally {
    await ours.close();
  }
});

test('no omnibox popup renderer loads while a visit of its own window loads the app', async () => {
  const server = await serve();
  const browser = await launch(CHROMIUM_ARGS);
  try {
    const app = await openApp(browser, server.url + '?lang=de');
    const list = await renderers(browser);
    assert.deepEqual(list.filter((r) => r.topChrome).length, 0, 'a top-chrome WebUI renderer is running');
    await app.context.close();
  } finally {
    await browser.close();
    server.close();
  }
});
