// Offline at a client meeting: after one visit the site works with the network cut; a new
// deployment is offered without losing answers; the single file works from file://.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { DIST, ROOT, click, cspViolations, launch, openApp, screenshotOnFailure, serve, waitForWidgets, widget, waitForAppReady } from './lib.mjs';
import { goldenAnswers, waitForQuestionChange, walkWithKeyboard, walkWithMouse } from './walk.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const DESKTOP = { viewport: { width: 1100, height: 800 } };

async function assertClean(app) {
  assert.deepEqual(app.problems.consoleErrors, [], 'console errors');
  assert.deepEqual(app.problems.offOrigin, [], 'requests that left the origin');
  assert.deepEqual(await cspViolations(app.page), [], 'CSP violations');
}

async function controlledByServiceWorker(page) {
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller, null, { timeout: 15000 });
}

test('after one visit, a complete assessment works with the network cut', async () => {
  const server = await serve();
  const app = await openApp(browser, server.url + '?lang=de', DESKTOP);
  try {
    await screenshotOnFailure(app.page, 'offline', async () => {
      await controlledByServiceWorker(app.page);
      await app.context.setOffline(true);
      server.close();  // not only "offline": nothing is listening any more
      await app.page.reload();
      await waitForAppReady(app.page);
      const golden = goldenAnswers('phase1_product_selling_de');
      await walkWithMouse(app.page, golden);
      const result = await app.page.evaluate(() => window.phasecheck.result());
      assert.equal(result.phase, 1);
      assert.deepEqual(result, await app.page.evaluate((a) => window.phasecheck.evaluate(a), await app.page.evaluate(() => window.phasecheck.answers())));
    });
    await assertClean(app);
  } finally {
    await app.context.close();
    server.close();
  }
});

// assemble_site's own step for the service worker, on a copy of dist/ whose files changed: a new
// version name and the new files' integrity. Returns the version.
function redeployServiceWorker(site) {
  execFileSync('python3', ['-c', 'import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1] + "/scripts"); '
    + 'import assemble_site; assemble_site.service_worker(Path(sys.argv[1]), Path(sys.argv[2]))', ROOT, site]);
  return /const VERSION="([0-9a-f]+)"/.exec(fs.readFileSync(path.join(site, 'sw.js'), 'utf8'))[1];
}

test('a new deployment is offered, keeps the answers in progress, and old caches go', async () => {
  const site = fs.mkdtempSync('/tmp/phasecheck-site-');
  fs.cpSync(DIST, site, { recursive: true });
  const server = await serve(site);
  const app = await openApp(browser, server.url + '?lang=de', DESKTOP);
  try {
    await screenshotOnFailure(app.page, 'update', async () => {
      const { page } = app;
      await controlledByServiceWorker(page);
      const oldCaches = await page.evaluate(() => caches.keys());
      assert.equal(oldCaches.length, 1);

      // Deploy a new version: different content, so a different cache name.
      fs.appendFileSync(path.join(site, 'app.css'), '\n/* v2 */\n');
      const version = redeployServiceWorker(site);
      assert.notEqual(`phasecheck-${version}`, oldCaches[0]);

      await page.reload();  // the next visit
      await waitForAppReady(page);
      await widget(page, 'button:start');
      await page.keyboard.press('Enter');
      let question = await waitForQuestionChange(page, null);
      for (const digit of ['2', '1', '1']) {
        await page.keyboard.press(digit);  // picks, and moves on by itself
        question = await waitForQuestionChange(page, question);
      }
      await page.waitForSelector('#update:not([hidden])', { timeout: 15000 });
      assert.match(await page.textContent('#update'), /Neue Version verfügbar/);
      const before = await page.evaluate(() => window.phasecheck.answers());
      assert.equal(Object.keys(before.answers).length, 3);

      await Promise.all([page.waitForEvent('load'), page.click('#update button')]);
      await waitForAppReady(page);
      await waitForWidgets(page, (l) => l.some((w) => w.id.startsWith('option:active_selling_time:')), 'resumed at question 4');
      assert.deepEqual((await page.evaluate(() => window.phasecheck.answers())).answers, before.answers, 'answers survived');
      assert.deepEqual(await page.evaluate(() => caches.keys()), [`phasecheck-${version}`], 'only the new cache is left');
      assert.equal(await page.isVisible('#update'), false);
    });
    await assertClean(app);
  } finally {
    await app.context.close();
    server.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

// The page registers the worker once the check is ready (boot.js, issue #13). These tests decide
// that moment themselves, whenever boot.js calls register(): the worker is registered when the test
// calls releaseServiceWorker(page).
async function holdServiceWorker(context) {
  await context.addInitScript(() => {
    const register = ServiceWorkerContainer.prototype.register;
    const released = new Promise((resolve) => { window.__releaseServiceWorker = resolve; });
    ServiceWorkerContainer.prototype.register = function (...args) { return released.then(() => register.apply(this, args)); };
  });
}

async function releaseServiceWorker(page) {
  await page.evaluate(() => window.__releaseServiceWorker());
  await controlledByServiceWorker(page);
  return page.context().serviceWorkers()[0];
}

const resources = (where) => where.evaluate(() => performance.getEntriesByType('resource')
  .map((e) => ({ path: new URL(e.name).pathname, transferred: e.transferSize })));

test('precaching after ready downloads nothing again that the page has downloaded', async () => {
  const server = await serve();
  const context = await browser.newContext(DESKTOP);
  await holdServiceWorker(context);
  const page = await context.newPage();
  try {
    await page.goto(server.url + '?lang=de');
    await waitForAppReady(page);
    const downloaded = (await resources(page)).filter((r) => r.transferred > 0);
    const precached = await resources(await releaseServiceWorker(page));
    const names = new Set(precached.map((r) => r.path));
    for (const name of ['/phasecheck.wasm', '/phasecheck.js', '/boot.js', '/app.css', '/questionnaire.json']) {
      assert.ok(downloaded.some((r) => r.path === name), `the page did not download ${name}`);
      assert.ok(names.has(name), `the worker did not precache ${name}`);
    }
    for (const { path: name } of downloaded) {
      const again = precached.filter((r) => r.path === name && r.transferred > 0);
      assert.deepEqual(again, [], `${name} went over the network again`);
    }
  } finally {
    await context.close();
    server.close();
  }
});

test('precaching never keeps an older deployment\'s copy from the HTTP cache', async () => {
  const site = fs.mkdtempSync('/tmp/phasecheck-site-');
  fs.cpSync(DIST, site, { recursive: true });
  const server = await serve(site);
  const context = await browser.newContext(DESKTOP);
  await holdServiceWorker(context);
  const page = await context.newPage();
  const file = 'manifest.en.webmanifest';  // not fetched at start: only this test puts it in the HTTP cache
  try {
    await page.goto(server.url + '?lang=de');
    await waitForAppReady(page);
    const old = await page.evaluate((url) => fetch(url).then((r) => r.text()), file);
    // A new deployment while the page is open: the worker that registers now is the new one.
    const manifest = JSON.parse(old);
    manifest.name += ' v2';
    fs.writeFileSync(path.join(site, file), JSON.stringify(manifest));
    redeployServiceWorker(site);
    await releaseServiceWorker(page);
    const cached = await page.evaluate(async (url) => (await (await caches.open((await caches.keys())[0])).match(url)).text(), file);
    assert.equal(JSON.parse(cached).name, manifest.name, 'the precache holds the old file');
  } finally {
    await context.close();
    server.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});

test('the single file works from file:// with no server, within 400 KB gzip', async () => {
  const file = path.join(DIST, 'phasecheck-offline.html');
  const gzip = (await import('node:zlib')).gzipSync(fs.readFileSync(file), { level: 9 }).length;
  assert.ok(gzip <= 400 * 1024, `phasecheck-offline.html is ${gzip} bytes gzip`);
  const copy = path.join(fs.mkdtempSync('/tmp/phasecheck-usb-'), 'phasecheck-offline.html');
  fs.copyFileSync(file, copy);  // alone in a folder, as on a USB stick
  const app = await openApp(browser, pathToFileURL(copy).href + '?lang=en', DESKTOP);
  try {
    await screenshotOnFailure(app.page, 'file', async () => {
      const golden = goldenAnswers('phase3_redesign_de');
      const visited = await walkWithKeyboard(app.page, golden);
      assert.equal(visited.length, 15);
      const result = await app.page.evaluate(() => window.phasecheck.result());
      assert.equal(result.phase, 3);
      assert.equal(result.lang, 'en');
      // Its icon, carried inline like the rest, comes once the check is ready.
      const icons = await app.page.evaluate(() => [...document.querySelectorAll('link[rel="icon"]')].map((l) => l.href.slice(0, 26)));
      assert.deepEqual(icons, ['data:image/svg+xml;base64,']);
      // Nothing to start the renderer's worker from: it draws on the page, and no worker was tried.
      assert.equal(await app.page.evaluate(() => document.documentElement.hasAttribute('data-single-file')), true);
      assert.deepEqual(app.page.workers().map((worker) => worker.url()), [], 'no worker in the single file');
    });
    await assertClean(app);
  } finally {
    await app.context.close();
    fs.rmSync(path.dirname(copy), { recursive: true, force: true });
  }
});

// Safari before 16.4 has WebGL 2 but no DecompressionStream: the single file says what it needs
// instead of a page that never starts.
test('the single file in a browser that cannot unpack it says which browser it needs', async () => {
  const folder = fs.mkdtempSync('/tmp/phasecheck-usb-');
  const copy = path.join(folder, 'phasecheck-offline.html');
  fs.copyFileSync(path.join(DIST, 'phasecheck-offline.html'), copy);
  const context = await browser.newContext(DESKTOP);
  try {
    await context.addInitScript(() => { delete window.DecompressionStream; });
    const page = await context.newPage();
    await page.goto(pathToFileURL(copy).href + '?lang=de');
    const fatal = page.locator('#fatal');
    await fatal.waitFor({ state: 'visible', timeout: 30000 });
    assert.equal(await fatal.locator('h1').textContent(), 'Ihr Browser kann den Check nicht anzeigen');
    assert.match(await fatal.textContent(), /Safari ab 16\.4/);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.ready ?? null), null, 'the page is not ready');
  } finally {
    await context.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

// Issue #11, item 10: "Copy link" in the single file would copy a file:/// path nobody else can open.
async function openSingleFile(folder, lang) {
  const copy = path.join(folder, 'phasecheck-offline.html');
  const app = await openApp(browser, pathToFileURL(copy).href + `?lang=${lang}`, DESKTOP);
  await app.page.evaluate((a) => window.phasecheck.load(a), goldenAnswers('phase3_redesign_de'));
  await widget(app.page, 'button:copy_link');
  return app;
}

test('the single file without a public address: "Copy link" says why there is none and offers the file', async () => {
  const folder = fs.mkdtempSync('/tmp/phasecheck-usb-');
  fs.copyFileSync(path.join(DIST, 'phasecheck-offline.html'), path.join(folder, 'phasecheck-offline.html'));
  const app = await openSingleFile(folder, 'en');
  try {
    await screenshotOnFailure(app.page, 'file-link', async () => {
      const { page } = app;
      assert.equal(await page.evaluate(() => window.phasecheck.shareLink()), null);
      await click(page, 'button:copy_link');
      const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'notice:link_offline'), 'the explanation');
      const notice = list.find((w) => w.id === 'notice:link_offline');
      assert.equal(notice.role, 'alert');
      assert.match(notice.label, /offline file has no address/);
      assert.ok(!/file:/.test(notice.label));
      const save = list.slice(list.indexOf(notice)).find((w) => w.id.startsWith('button:notice_action:'));
      assert.equal(save.label, 'Save file');
      const [download] = await Promise.all([page.waitForEvent('download'), click(page, save.id)]);
      assert.match(download.suggestedFilename(), /^phasecheck-.*\.json$/);
      await waitForWidgets(page, (l) => !l.some((w) => w.id === 'notice:link_offline'), 'the notice done');
    });
    await assertClean(app);
  } finally {
    await app.context.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the single file with a public address in brand.json: the link points there, with the same answers', async () => {
  const site = fs.mkdtempSync('/tmp/phasecheck-public-');
  fs.cpSync(DIST, site, { recursive: true });
  const brand = JSON.parse(fs.readFileSync(path.join(site, 'brand.json'), 'utf8'));
  brand.public_url = 'https://phasencheck.mauermann-vertrieb.de/';
  fs.writeFileSync(path.join(site, 'brand.json'), JSON.stringify(brand));
  // The single file again, with this brand inside: assemble_site's own step, on the copy.
  execFileSync('python3', ['-c', 'import sys; from pathlib import Path; sys.path.insert(0, sys.argv[1]); '
    + 'import assemble_site; assemble_site.offline_html(Path(sys.argv[2]))', path.join(ROOT, 'scripts'), site]);
  const app = await openSingleFile(site, 'de');
  try {
    await screenshotOnFailure(app.page, 'file-public-link', async () => {
      const { page } = app;
      const link = await page.evaluate(() => window.phasecheck.shareLink());
      assert.match(link, /^https:\/\/phasencheck\.mauermann-vertrieb\.de\/#a=1[0-9-]{15}/);
      await click(page, 'button:copy_link');
      // Copied, or (where the browser refuses the clipboard to a file) shown to copy by hand.
      const list = await waitForWidgets(page, (l) => l.some((w) => w.id === 'notice:link_copied' || w.id === 'notice:copy_failed'), 'copied');
      const failed = list.find((w) => w.id === 'notice:copy_failed');
      if (failed) assert.ok(failed.label.includes(link), failed.label);
      assert.ok(!list.some((w) => w.id === 'notice:link_offline'));
    });
    await assertClean(app);
  } finally {
    await app.context.close();
    fs.rmSync(site, { recursive: true, force: true });
  }
});
