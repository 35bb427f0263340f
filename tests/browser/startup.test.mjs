// What start-up costs without showing it (issue #13): the font atlas uploaded twice and the first
// copy never freed, a texture that outlives a context loss, a throwaway WebGL context, extensions
// enabled that nothing uses, one long task that blocks the page, and waits for the GPU process on
// the page's own thread (the renderer, web/renderer.js, runs in a worker that owns the canvas). The
// GL probe (gl-probe.mjs) counts the WebGL side, in the page and in the worker; init scripts record
// the long tasks, the app's own start-up steps and the page's WebGL calls up to "ready".
// Runs alone: its bounds on how long a start-up task takes were measured with no other test beside it
// (run.mjs).
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { addWorkerInitScript, installGlProbe, loseAndRestoreContext, loseContextAtMark, readGlProbe } from './gl-probe.mjs';
import { idleScreenshot, launch, nextFrame, serve, settled, waitForScreen, waitForAppReady } from './lib.mjs';

// The longest task from navigation to ready, in the best of VISITS visits, may take this long.
// Measured with the WebGL context on the page's thread (before the renderer moved to its worker;
// the canvas sized before its context, the shaders' link status in a task of its own, the content
// in three tasks) on the 2-core test machine shared with two other engineers' builds (load average
// about 6), warm browser, DPR 1 and 3, best of 3 visits: plain (10 triples), the longest task of
// the best visit was ≤ 50 ms (none reported) in 7 and at most 96 ms; under
// ../shared/tools/under-load.sh (one more core kept busy; 4 triples) 0–195 ms. 3× the largest,
// rounded up, is the bound; with no GPU wait left on the page's thread it is generous. Before the
// start-up was cut into tasks (1b3bf18, main() as one task) 294–696 ms.
const LONGEST_TASK_BOUND_MS = 600;
// The longest of the app's own start-up steps and frames before ready (timed in the page, below),
// in the best of VISITS visits. Measured as above: 28–50 ms plain (6 triples), 44–66 ms under load
// (4 triples), each the atlas, the content's parse or the first frame; 3× the largest, rounded up.
// On caab475 the best visit's longest step was 50–66 ms too (its atlas step, with the link status in
// it, 50–178 ms): this bound catches a step of 200 ms or more in every visit; the GPU waits have
// tests of their own (below).
const LONGEST_APP_TASK_BOUND_MS = 200;
const VISITS = 3;

// The start-up tasks' marks, in order (src/entry/web/browser_app.cpp; boot.js adds the others).
const STARTUP_MARKS = ['main', 'context', 'content-parse', 'content-validate', 'content', 'input', 'atlas', 'first-frame']
  .map((m) => `phasecheck:${m}`);

// Extensions the app may still ask for at start-up (getExtension calls, by name). None: the app
// draws with WebGL 2 core features only.
const STARTUP_EXTENSIONS = [];

const VIEWPORT = { width: 800, height: 600 };
const RECORDER = 'phasecheck.startupRecorder';

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
  // The browser starts its GPU process with the first WebGL context it is asked for; a visitor's
  // browser has one running already. Started here, so that no visit below pays for it.
  const context = await browser.newContext();
  await (await context.newPage()).evaluate(() => document.createElement('canvas').getContext('webgl2') !== null);
  await context.close();
});
after(async () => { await browser?.close(); server?.close(); });

// Init script: every long task (PerformanceObserver, buffered) and the moment the page says ready
// (data-ready="1", set by boot.js in the same task as the first frame). Kept on a non-enumerable,
// Symbol-keyed property like the GL probe's state.
function recordStartup(key) {
  const tasks = [];
  let readyAt = null;
  const keep = (entries) => { for (const e of entries) tasks.push({ start: e.startTime, duration: e.duration }); };
  const observer = new PerformanceObserver((list) => keep(list.getEntries()));
  observer.observe({ type: 'longtask', buffered: true });
  // The document element may not exist yet: watch the document.
  new MutationObserver(() => {
    if (readyAt === null && document.documentElement.dataset.ready === '1') readyAt = performance.now();
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  Object.defineProperty(window, Symbol.for(key), {
    enumerable: false,
    value: () => {
      keep(observer.takeRecords());  // a task that ended is reported at once, delivered later
      return { readyAt, tasks: tasks.slice() };
    },
  });
}

// Init script: each WebGL call on the page's thread that waits for the GPU process (a synchronous
// round trip: a query, a read-back), with the start-up task it came in — named by the last
// "phasecheck:" mark before it — and whether the page was ready.
function recordGpuWaits(key) {
  const calls = [];
  const phase = () => {
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('phasecheck:'));
    return marks.length ? marks.at(-1).name.slice('phasecheck:'.length) : 'boot';
  };
  const note = (call) => calls.push({ call, phase: phase(), ready: document.documentElement.dataset.ready === '1' });
  const WAITS = ['getError', 'checkFramebufferStatus', 'getProgramParameter', 'getShaderParameter', 'getUniformLocation',
    'getAttribLocation', 'getActiveUniform', 'getActiveAttrib', 'getParameter', 'getShaderInfoLog', 'getProgramInfoLog',
    'readPixels', 'finish', 'getBufferSubData', 'getUniform', 'getUniformBlockIndex', 'getFragDataLocation'];
  for (const proto of [WebGLRenderingContext.prototype, WebGL2RenderingContext.prototype]) {
    for (const name of WAITS) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      Object.defineProperty(proto, name, {
        value: function () { note(name); return original.apply(this, arguments); }, writable: true, configurable: true,
      });
    }
  }
  Object.defineProperty(window, Symbol.for(key), { enumerable: false, value: () => ({ calls: calls.slice(), waits: WAITS }) });
}
const GPU_WAITS = 'phasecheck.gpuWaits';

// Init script: how long each of the app's own start-up tasks runs — its steps (emscripten_set_immediate
// posts a window message for each) and its frames (requestAnimationFrame callbacks) — timed in the page,
// without the long-task API's 50 ms floor. The browser's own work in the same task (layout, the
// compositor) is not in it; the long-task test above sees whole tasks.
function recordAppTasks(key) {
  const tasks = [];
  // A callback that began before ready counts: the first frame is the one that sets it.
  const timed = (callback) => function () {
    const start = performance.now();
    const starting = document.documentElement.dataset.ready !== '1';
    try {
      return callback.apply(this, arguments);
    } finally {
      if (starting) tasks.push(performance.now() - start);
    }
  };
  const addEventListener = window.addEventListener;
  window.addEventListener = function (type, listener, options) {
    return addEventListener.call(this, type, type === 'message' && typeof listener === 'function' ? timed(listener) : listener, options);
  };
  const requestAnimationFrame = window.requestAnimationFrame;
  window.requestAnimationFrame = function (callback) { return requestAnimationFrame.call(this, timed(callback)); };
  Object.defineProperty(window, Symbol.for(key), { enumerable: false, value: () => tasks.slice() });
}
const APP_TASKS = 'phasecheck.appTasks';

// A fresh visit with the probes installed, at the moment the page is ready. `prepare` adds init scripts.
async function visit(deviceScaleFactor, prepare = async () => {}) {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor });
  await installGlProbe(context);
  await context.addInitScript(recordStartup, RECORDER);
  await context.addInitScript(recordGpuWaits, GPU_WAITS);
  await context.addInitScript(recordAppTasks, APP_TASKS);
  await prepare(context);
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForAppReady(page, { timeout: 60000 });
  return { context, page };
}

// Long tasks that started before ready. Read after ready, in a later task: the task that set
// ready has ended, so it is among them.
async function startupTasks(page) {
  const { readyAt, tasks } = await page.evaluate((key) => window[Symbol.for(key)](), RECORDER);
  assert.ok(readyAt !== null, 'the page became ready');
  return tasks.filter((t) => t.start < readyAt);
}

const atlasOf = (page) => page.evaluate(() => window.phasecheck.fonts());
const uploadsOf = (gl, atlas) => gl.uploads.filter((u) => u.width === atlas.width && u.height === atlas.height);
const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

// VISITS visits per pixel ratio, shared by the tests below: each watched until the app settles
// (the start-up frames after ready included).
const startUps = new Map();
async function observeStartUp(dpr) {
  const { context, page } = await visit(dpr);
  try {
    const tasks = await startupTasks(page);
    const appTasks = await page.evaluate((key) => window[Symbol.for(key)](), APP_TASKS);
    await settled(page);
    const gpu = await page.evaluate((key) => window[Symbol.for(key)](), GPU_WAITS);
    const marks = await page.evaluate(() => performance.getEntriesByType('mark').map((m) => m.name).filter((n) => n.startsWith('phasecheck:')));
    const readyAt = await page.evaluate(() => performance.getEntriesByName('phasecheck:ready')[0].startTime);
    return { tasks, appTasks, gl: await readGlProbe(page), atlas: await atlasOf(page), gpu, marks, readyAt };
  } finally {
    await context.close();
  }
}
function startUp(dpr) {
  if (!startUps.has(dpr)) {
    startUps.set(dpr, (async () => {
      const visits = [];
      for (let i = 0; i < VISITS; i++) visits.push(await observeStartUp(dpr));
      return visits;
    })());
  }
  return startUps.get(dpr);
}

for (const dpr of [1, 3]) {
  test(`DPR ${dpr}: start-up creates one WebGL context (no throwaway probe)`, { timeout: 300000 }, async () => {
    for (const { gl } of await startUp(dpr)) assert.equal(gl.contexts, 1, 'WebGL contexts created during start-up');
  });

  test(`DPR ${dpr}: start-up enables no WebGL extension`, { timeout: 300000 }, async () => {
    for (const { gl } of await startUp(dpr)) {
      assert.deepEqual(gl.extensionNames, STARTUP_EXTENSIONS, 'getExtension() calls during start-up');
      assert.equal(gl.supportedExtensions, 0, 'getSupportedExtensions() calls during start-up');
    }
  });

  test(`DPR ${dpr}: the font atlas is uploaded once at start-up, and held once`, { timeout: 300000 }, async (t) => {
    for (const { gl, atlas } of await startUp(dpr)) {
      const uploads = uploadsOf(gl, atlas);
      t.diagnostic(`atlas ${atlas.width}×${atlas.height} at ratio ${atlas.pixel_ratio}: ${uploads.length} upload(s); ` +
        `live textures ${gl.textures.live}, ${mb(gl.textures.liveBytes)}, peak ${mb(gl.textures.peakBytes)}; ` +
        `getParameter ${gl.getParameter}, getExtension ${gl.extensions}`);
      assert.equal(atlas.pixel_ratio, dpr, 'the atlas is built for the page\'s pixel ratio');
      assert.equal(uploads.length, 1, `uploads of the ${atlas.width}×${atlas.height} atlas`);
      // A second copy alive (the 4 MB / 16 MB leak) shows as twice the atlas's bytes.
      assert.ok(gl.textures.peakBytes < 2 * uploads[0].bytes,
        `texture bytes never reach two atlases: peak ${gl.textures.peakBytes}, atlas ${uploads[0].bytes}`);
    }
  });

  // Each WebGL call that waits for the GPU process (making a context, a query, a canvas resized after
  // its context exists) blocks the thread that makes it: on the page's thread, input and every other
  // task wait, and Lighthouse counts it (×4) as blocking time. The renderer's worker owns the canvas
  // and makes all of them.
  test(`DPR ${dpr}: before ready, the page's own thread waits for no GPU and has no WebGL context; the renderer's worker has it`, { timeout: 300000 }, async () => {
    for (const { gpu, gl } of await startUp(dpr)) {
      assert.equal(gl.worker, true, 'the renderer runs in its worker');
      assert.equal(gl.contexts, 1, 'WebGL contexts, page and worker');
      assert.deepEqual(gpu.calls.filter((c) => !c.ready), [], 'GPU waits on the page\'s thread before ready');
    }
  });

  // A size set on a canvas that has its context reallocates the drawing buffer, and the renderer
  // waits for the GPU process (width and height each): the canvas gets its size before the context.
  test(`DPR ${dpr}: before ready, no size is set on the canvas once it has its WebGL context`, { timeout: 300000 }, async () => {
    for (const { gl, readyAt } of await startUp(dpr)) {
      assert.deepEqual(gl.resizes.filter((r) => r.at < readyAt), [], 'sizes set on the canvas with its context, before ready');
    }
  });

  // The renderer flushes right after linking its program, so the GPU process compiles and links
  // while the app parses its content and builds its atlas; asked for at the first draw, the link's
  // status is then ready, not waited for.
  test(`DPR ${dpr}: the renderer flushes after linking its program, before it asks whether it linked`, { timeout: 300000 }, async () => {
    for (const { gl } of await startUp(dpr)) {
      const events = gl.programEvents;
      const status = events.indexOf('status');
      const link = events.lastIndexOf('link', status);
      assert.ok(status > 0 && link >= 0, `a program linked, then its status asked: ${events.join(', ')}`);
      assert.ok(events.slice(link, status).includes('flush'), `a flush between the link and the status query: ${events.join(', ')}`);
    }
  });

  // make bench's timeline reads these marks, one per start-up task (tests/bench/startup.mjs).
  test(`DPR ${dpr}: each start-up task leaves its mark, in order`, { timeout: 300000 }, async () => {
    for (const { marks } of await startUp(dpr)) {
      assert.deepEqual(marks.filter((m) => STARTUP_MARKS.includes(m)), STARTUP_MARKS, 'the start-up marks');
    }
  });

  // The app's own steps and frames up to ready, timed in the page: the best of the visits.
  test(`DPR ${dpr}: none of the app's start-up steps takes longer than ${LONGEST_APP_TASK_BOUND_MS} ms (best of ${VISITS} visits)`, { timeout: 300000 }, async (t) => {
    const visits = await startUp(dpr);
    for (const [i, { appTasks }] of visits.entries()) {
      t.diagnostic(`visit ${i + 1}: the app's start-up steps ${appTasks.map((d) => Math.round(d)).join(', ')} ms`);
    }
    const best = Math.min(...visits.map(({ appTasks }) => Math.max(0, ...appTasks)));
    assert.ok(best <= LONGEST_APP_TASK_BOUND_MS, `longest start-up step ${Math.round(best)} ms in the best visit, bound ${LONGEST_APP_TASK_BOUND_MS} ms`);
  });

  // The best of the visits: a loaded machine only ever makes a task longer.
  test(`DPR ${dpr}: no start-up task takes longer than ${LONGEST_TASK_BOUND_MS} ms (best of ${VISITS} visits)`, { timeout: 300000 }, async (t) => {
    const longest = (await startUp(dpr)).map(({ tasks }) => Math.max(0, ...tasks.map((x) => x.duration)));
    for (const [i, { tasks }] of (await startUp(dpr)).entries()) {
      t.diagnostic(`visit ${i + 1}: long tasks before ready ${tasks.map((x) => Math.round(x.duration)).join(', ') || 'none'} ms`);
    }
    const best = Math.min(...longest);
    assert.ok(best <= LONGEST_TASK_BOUND_MS, `longest start-up task ${Math.round(best)} ms in the best visit, bound ${LONGEST_TASK_BOUND_MS} ms`);
  });
}

// The browser decodes the page's icon on the page's thread (an SVG: 5–9 ms, in the middle of start-up
// when index.html named it): boot.js adds it once the check is ready.
test('the page\'s icon is asked for only after ready, and then shown (not when embedded)', { timeout: 60000 }, async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=de`);
    await waitForAppReady(page);
    const iconRequestedAt = () => performance.getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname.endsWith('/favicon.svg'))?.startTime ?? null;
    await page.waitForFunction(iconRequestedAt, null, { timeout: 30000 });
    const requestedAt = await page.evaluate(iconRequestedAt);
    const readyAt = await page.evaluate(() => performance.getEntriesByName('phasecheck:ready')[0].startTime);
    const links = await page.evaluate(() => [...document.querySelectorAll('link[rel="icon"]')].map((l) => new URL(l.href).pathname));
    assert.ok(requestedAt >= readyAt, `the icon was asked for at ${requestedAt} ms, before ready at ${readyAt} ms`);
    assert.deepEqual(links, ['/favicon.svg'], 'one icon, once ready');
    // In a host page's iframe (?embed=1) there is no tab to show it: ready() adds none.
    await page.goto(`${server.url}?lang=de&embed=1`);
    await waitForAppReady(page);
    assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll('link[rel="icon"]')].map((l) => l.getAttribute('href'))),
      ['data:,'], 'only the empty icon when embedded');
  } finally {
    await context.close();
  }
});

// A real zoom changes the ratio and fires "resize"; DevTools' override changes only the ratio, so
// the test fires the event the browser would (as look.test.mjs does).
async function zoomTo(page, cdp, deviceScaleFactor) {
  const before = await settled(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { ...VIEWPORT, deviceScaleFactor, mobile: false });
  await page.evaluate(() => window.dispatchEvent(new Event('resize')));
  await waitForScreen(page, () => true, `the atlas rebuilt at ratio ${deviceScaleFactor}`, { after: before.number });
  for (;;) {  // the rebuild comes with the frame that sees the new size
    const atlas = await atlasOf(page);
    if (atlas.pixel_ratio === deviceScaleFactor) return atlas;
    await nextFrame(page, (await settled(page)).number, `the atlas at ratio ${deviceScaleFactor}, now ${atlas.pixel_ratio}`);
  }
}

test('a pixel-ratio change uploads the new atlas once and frees the old one', { timeout: 180000 }, async (t) => {
  const { context, page } = await visit(1);
  try {
    const cdp = await context.newCDPSession(page);
    await settled(page);
    let atlas = await atlasOf(page);
    let gl = await readGlProbe(page);
    const atlasBytes = (probe, a) => uploadsOf(probe, a).at(-1).bytes;
    t.diagnostic(`ratio 1: atlas ${atlas.width}×${atlas.height}, live textures ${gl.textures.live}, ${mb(gl.textures.liveBytes)}`);
    for (const ratio of [2, 3, 1]) {
      const beforeGl = gl;
      const beforeAtlas = atlas;
      atlas = await zoomTo(page, cdp, ratio);
      await settled(page);
      gl = await readGlProbe(page);
      const uploads = uploadsOf({ uploads: gl.uploads.slice(beforeGl.uploads.length) }, atlas);
      t.diagnostic(`ratio ${ratio}: atlas ${atlas.width}×${atlas.height}, ${uploads.length} upload(s), ` +
        `live textures ${gl.textures.live}, ${mb(gl.textures.liveBytes)}`);
      assert.equal(uploads.length, 1, `uploads of the ${atlas.width}×${atlas.height} atlas after the change to ratio ${ratio}`);
      assert.ok(gl.textures.live <= beforeGl.textures.live,
        `live textures after the rebuild at ratio ${ratio}: ${gl.textures.live}, before ${beforeGl.textures.live}`);
      // Beside the atlas, nothing grows: the old atlas's bytes were given back.
      const others = gl.textures.liveBytes - atlasBytes(gl, atlas);
      const othersBefore = beforeGl.textures.liveBytes - atlasBytes(beforeGl, beforeAtlas);
      assert.ok(others <= othersBefore, `texture bytes beside the atlas at ratio ${ratio}: ${others}, before ${othersBefore}`);
    }
  } finally {
    await context.close();
  }
});

// Where two screenshots differ: how many pixels, and the box around them.
function difference(a, b) {
  if (a.width !== b.width || a.height !== b.height) return { pixels: a.width * a.height, box: 'the sizes differ' };
  let pixels = 0;
  const box = { left: a.width, top: a.height, right: -1, bottom: -1 };
  for (let y = 0; y < a.height; y++) {
    for (let x = 0; x < a.width; x++) {
      const [p, q] = [a.pixel(x, y), b.pixel(x, y)];
      if (p[0] === q[0] && p[1] === q[1] && p[2] === q[2]) continue;
      pixels++;
      Object.assign(box, { left: Math.min(box.left, x), top: Math.min(box.top, y), right: Math.max(box.right, x), bottom: Math.max(box.bottom, y) });
    }
  }
  return { pixels, box: JSON.stringify(box) };
}

test('no texture outlives a context loss, and the app draws again after it', { timeout: 180000 }, async (t) => {
  const { context, page } = await visit(2);
  try {
    const shown = await idleScreenshot(page);
    const beforeLoss = await readGlProbe(page);
    await loseAndRestoreContext(page);
    // A restored context starts blank: only the app's drawing brings the screen back.
    const { number } = await nextFrame(page, shown.number, 'the first frame after the context came back');
    const drawn = await idleScreenshot(page);
    const afterRestore = await readGlProbe(page);
    const atlas = await atlasOf(page);
    t.diagnostic(`before the loss: ${beforeLoss.textures.live} live textures, ${mb(beforeLoss.textures.liveBytes)}; ` +
      `after the restore (frame ${number}): ${afterRestore.textures.live}, ${mb(afterRestore.textures.liveBytes)}`);
    assert.equal(afterRestore.lost, 1, 'the context was lost once');
    assert.equal(afterRestore.restored, 1, 'and restored');
    assert.ok(afterRestore.textures.live <= beforeLoss.textures.live,
      `live textures after the restore: ${afterRestore.textures.live}, before the loss ${beforeLoss.textures.live}`);
    assert.ok(afterRestore.textures.liveBytes <= beforeLoss.textures.liveBytes,
      `texture bytes after the restore: ${afterRestore.textures.liveBytes}, before the loss ${beforeLoss.textures.liveBytes}`);
    const reuploads = uploadsOf({ uploads: afterRestore.uploads.slice(beforeLoss.uploads.length) }, atlas);
    assert.equal(reuploads.length, 1, 'the atlas is uploaded once into the new context');
    const changed = difference(shown.png, drawn.png);
    assert.equal(changed.pixels, 0, `the screen after the restore is the screen before the loss; differing pixels in ${changed.box}`);
  } finally {
    await context.close();
  }
});

// The renderer makes its context before the wasm arrives, and a GPU reset can come at any moment:
// a loss during start-up is not a broken WebGL. Lost as soon as the context is made (boot.js's first
// mark comes before it), before the app runs (it learns of it when it starts listening; the content
// arrives before or after the context is made, as the machine goes) or between its start-up tasks
// (after the renderer started, before the atlas): the atlas is uploaded once into the context that
// came back (and, when the loss came after the worker had it, once into the first).
for (const mark of ['phasecheck:boot', 'phasecheck:assets', 'phasecheck:context']) {
  test(`a context lost during start-up (at ${mark}) comes back: no error, the same first screen, the atlas uploaded once into the context that came back`, { timeout: 180000 }, async (t) => {
    const plain = await visit(1);
    let expected;
    try {
      expected = await idleScreenshot(plain.page);
    } finally {
      await plain.context.close();
    }
    const problems = [];
    const { context, page } = await visit(1, async (c) => {
      c.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
      await loseContextAtMark(c, mark);
    });
    try {
      const shown = await idleScreenshot(page);
      const gl = await readGlProbe(page);
      const atlas = await atlasOf(page);
      assert.equal(gl.lost, 1, 'the context was lost during start-up');
      assert.equal(gl.restored, 1, 'and given back');
      assert.equal(await page.locator('#fatal').isVisible(), false, 'no start-up error is shown');
      // At boot or assets, a mark before the context is made defers the loss to a task after it, and
      // the renderer's worker may have the app's atlas before that task, as the machine goes: then
      // it went into the first context as well, and had to go again. At context the loss comes
      // first: the app has not built its atlas yet.
      const uploads = uploadsOf(gl, atlas);
      const beforeRestore = uploads.filter((u) => u.restores === 0).length;
      t.diagnostic(`atlas uploads before the restore ${beforeRestore}, after it ${uploads.length - beforeRestore}`);
      assert.equal(uploads.length - beforeRestore, 1, 'the atlas is uploaded once into the context that came back');
      const allowed = mark === 'phasecheck:context' ? 0 : 1;
      assert.ok(beforeRestore <= allowed, `at most ${allowed} upload(s) before the restore (${beforeRestore})`);
      const changed = difference(expected.png, shown.png);
      assert.equal(changed.pixels, 0, `the first screen is the one a start-up without the loss shows; differing pixels in ${changed.box}`);
      assert.deepEqual(problems, [], 'console errors');
    } finally {
      await context.close();
    }
  });
}

// The link status is read at the renderer's first draw, but a program that did not link still stops
// start-up with the page's "your browser cannot show the check" (boot.js's fatal path), not a blank
// canvas that claims ready.
test('a shader that does not compile shows the unsupported-browser message, and the page never says ready', { timeout: 180000 }, async () => {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    // In the renderer's worker (and on the page, were it rendering there).
    const breakShaders = () => {
      const shaderSource = WebGL2RenderingContext.prototype.shaderSource;
      WebGL2RenderingContext.prototype.shaderSource = function (shader, source) {
        return shaderSource.call(this, shader, source.replace('void main()', 'void main() { broken; }\nvoid unused()'));
      };
    };
    await context.addInitScript(breakShaders);
    await addWorkerInitScript(context, breakShaders);
    const page = await context.newPage();
    await page.goto(`${server.url}?lang=en`);
    const fatal = page.locator('#fatal');
    await fatal.waitFor({ state: 'visible', timeout: 60000 });
    assert.equal(await fatal.locator('h1').textContent(), 'Your browser cannot show the check');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.ready ?? null), null, 'the page is not ready');
  } finally {
    await context.close();
  }
});
