// The flags lib.mjs gives Chromium: its --disable-features replaces Playwright's (Chromium takes the
// last one), so it must carry Playwright's list whole, and it keeps Chromium's omnibox popup from
// loading beside every visit (lib.mjs says why).
//
// Both are read from Chromium itself, not from /proc: a renderer's /proc/PID/cmdline is the process
// title Chromium rewrote into the room its zygote's arguments and environment left, and on a machine
// with a small environment (a fresh Debian 12) the feature list was cut off there.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, DISABLED_FEATURES, launch, openApp, serve } from './lib.mjs';

// The features the browser process was told to disable: its last --disable-features, as Chromium
// takes it. DevTools gives the command line only to a browser started with --enable-automation.
async function disabledFeatures(browser) {
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { arguments: args } = await cdp.send('Browser.getBrowserCommandLine');
    const lists = args.filter((arg) => arg.startsWith('--disable-features='));
    return lists.length ? lists[lists.length - 1].slice('--disable-features='.length).split(',').filter(Boolean) : [];
  } finally {
    await cdp.detach();
  }
}

test('Playwright\'s own disabled features are all still disabled, with ours', async () => {
  const plain = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--enable-automation'] });
  let playwrights;
  try {
    playwrights = await disabledFeatures(plain);
  } finally {
    await plain.close();
  }
  assert.ok(playwrights.length >= 5, `Playwright disables features by default: ${playwrights}`);
  const ours = await launch([...CHROMIUM_ARGS, '--enable-automation']);
  try {
    const disabled = new Set(await disabledFeatures(ours));
    assert.deepEqual(playwrights.filter((f) => !disabled.has(f)), [], 'Playwright\'s features lost');
    assert.deepEqual(DISABLED_FEATURES.filter((f) => !disabled.has(f)), [], 'our features not disabled');
  } finally {
    await ours.close();
  }
});

test('no omnibox popup loads while a visit of its own window loads the app', async () => {
  const server = await serve();
  const browser = await launch(CHROMIUM_ARGS);
  try {
    const app = await openApp(browser, server.url + '?lang=de');
    // Chromium's own pages (the omnibox popup's WebUI) are DevTools targets of the type browser_ui.
    const cdp = await browser.newBrowserCDPSession();
    const { targetInfos } = await cdp.send('Target.getTargets');
    await cdp.detach();
    const popups = targetInfos.filter((t) => t.url.startsWith('chrome://omnibox-popup'));
    assert.deepEqual(popups.map((t) => `${t.type} ${t.url}`), [], 'the omnibox popup is loaded');
    await app.context.close();
  } finally {
    await browser.close();
    server.close();
  }
});
