// Counts what a page does with WebGL: contexts created, textures made, uploaded and freed (with their
// bytes), extension and parameter queries, context losses. The start-up test and the benchmark use
// it to see a double atlas upload, a texture that outlives a context loss, a throwaway context, or
// extensions nobody uses, a frame redrawn that shows nothing new — things the picture on screen
// never shows.
//
// installGlProbe(context) wraps the WebGL entry points in an init script, so it runs in every page
// of the BrowserContext before any page script, and in the renderer's worker (web/renderer.js, which
// owns the canvas where the browser allows that): the worker's script is served with the probe in
// front of it. The state hangs on a non-enumerable, Symbol-keyed global property: the app cannot
// come across it by accident (for..in, Object.keys, a global name clash), and the test reads page
// and worker together with readGlProbe(page).
//
// Bookkeeping is per context. A lost context's textures are gone with it: they count as freed at
// the loss (`freedByLoss`), and deleting such a stale texture afterwards frees nothing again.
// A leak across a loss = more live textures after loss + restore than before it.

const KEY = 'phasecheck.glProbe';

// Runs in the page (serialised by addInitScript) and in the worker (`window` is the worker's global
// there): keep it self-contained.
function probe(key) {
  const SYMBOL = Symbol.for(key);
  if (window[SYMBOL]) return;
  const inWorker = typeof document === 'undefined';
  const Gl1 = window.WebGLRenderingContext;
  const Gl2 = window.WebGL2RenderingContext;
  if (!Gl1) return;  // no WebGL at all: nothing to count, readGlProbe says so

  const now = () => performance.now();
  const totals = {
    contexts: 0, created: 0, deleted: 0, freedByLoss: 0, peakBytes: 0,
    uploads: [], resizes: [], extensions: 0, extensionNames: [], supportedExtensions: 0, getParameter: 0, lost: 0, restored: 0, clears: 0,
    programEvents: [],  // 'link', 'flush', 'status' (the link status asked), in order
  };
  const contexts = [];               // [{canvas, gl, type, textures: Map<WebGLTexture, {bytes}>, ...}]
  const contextWaiters = [];         // whenContext's functions, until a context is made
  const byGl = new WeakMap();        // gl → its entry in `contexts`
  let quiet = 0;                     // > 0 while the test itself calls WebGL (not counted)

  // Bytes per pixel of an unsized (format, type) pair, the WebGL 1 way.
  const COMPONENTS = { 0x1906: 1, 0x1909: 1, 0x190a: 2, 0x1907: 3, 0x1908: 4, 0x1903: 1, 0x8227: 2,  // ALPHA, LUMINANCE(_ALPHA), RGB, RGBA, RED, RG
    0x8d94: 1, 0x8228: 2, 0x8d98: 3, 0x8d99: 4, 0x8c40: 3, 0x8c42: 4, 0x1902: 1, 0x84f9: 1 };       // *_INTEGER, SRGB(_ALPHA)_EXT, DEPTH_COMPONENT, DEPTH_STENCIL
  const PACKED = { 0x8363: 2, 0x8033: 2, 0x8034: 2, 0x8368: 4, 0x8c3b: 4, 0x8c3e: 4, 0x84fa: 4, 0x8dad: 8 };  // 565, 4444, 5551, 2_10_10_10_REV, 10F_11F_11F_REV, 5_9_9_9_REV, 24_8, FLOAT_32_UNSIGNED_INT_24_8_REV
  const COMPONENT_BYTES = { 0x1400: 1, 0x1401: 1, 0x1402: 2, 0x1403: 2, 0x1404: 4, 0x1405: 4, 0x1406: 4, 0x140b: 2, 0x8d61: 2 };
  // Bytes per pixel of the sized internal formats (WebGL 2).
  const SIZED = {
    0x8229: 1, 0x822b: 2, 0x8051: 3, 0x8058: 4, 0x8c41: 3, 0x8c43: 4,                     // R8, RG8, RGB8, RGBA8, SRGB8, SRGB8_ALPHA8
    0x8f94: 1, 0x8f95: 2, 0x8f96: 3, 0x8f97: 4,                                            // *_SNORM
    0x822d: 2, 0x822f: 4, 0x881b: 6, 0x881a: 8, 0x822e: 4, 0x8230: 8, 0x8815: 12, 0x8814: 16,  // R16F RG16F RGB16F RGBA16F R32F RG32F RGB32F RGBA32F
    0x8d62: 2, 0x8056: 2, 0x8057: 2, 0x8059: 4, 0x8c3a: 4, 0x8c3d: 4,                     // RGB565 RGBA4 RGB5_A1 RGB10_A2 R11F_G11F_B10F RGB9_E5
    0x8231: 1, 0x8232: 1, 0x8233: 2, 0x8234: 2, 0x8235: 4, 0x8236: 4,                     // R8I R8UI R16I R16UI R32I R32UI
    0x8237: 2, 0x8238: 2, 0x8239: 4, 0x823a: 4, 0x823b: 8, 0x823c: 8,                     // RG8I .. RG32UI
    0x8d8f: 3, 0x8d7d: 3, 0x8d89: 6, 0x8d77: 6, 0x8d83: 12, 0x8d71: 12,                   // RGB8I .. RGB32UI
    0x8d8e: 4, 0x8d7c: 4, 0x8d88: 8, 0x8d76: 8, 0x8d82: 16, 0x8d70: 16, 0x906f: 4,        // RGBA8I .. RGBA32UI, RGB10_A2UI
    0x81a5: 2, 0x81a6: 4, 0x8cac: 4, 0x88f0: 4, 0x8cad: 8,                                // DEPTH16, DEPTH24, DEPTH32F, DEPTH24_STENCIL8, DEPTH32F_STENCIL8
  };
  const bytesPerPixel = (internalformat, format, type) => {
    if (SIZED[internalformat]) return SIZED[internalformat];
    if (PACKED[type]) return PACKED[type];
    return (COMPONENTS[format] || 4) * (COMPONENT_BYTES[type] || 1);
  };
  // Width and height of a TexImageSource (image, canvas, video, ImageData, ImageBitmap, VideoFrame).
  const sourceSize = (s) => ({
    width: s.displayWidth ?? s.videoWidth ?? s.naturalWidth ?? s.width ?? 0,
    height: s.displayHeight ?? s.videoHeight ?? s.naturalHeight ?? s.height ?? 0,
  });

  const liveBytes = () => {
    let sum = 0;
    for (const c of contexts) for (const t of c.textures.values()) sum += t.bytes;
    return sum;
  };
  const liveCount = () => contexts.reduce((n, c) => n + c.textures.size, 0);
  const notePeak = () => { totals.peakBytes = Math.max(totals.peakBytes, liveBytes()); };

  // The context of the canvas matched by `selector`; in the worker, that of the canvas it was given.
  function contextOf(selector) {
    const canvas = inWorker ? contexts[0] && contexts[0].canvas : document.querySelector(selector);
    return contexts.find((c) => c.canvas === canvas);
  }

  function entryFor(gl) {
    let entry = byGl.get(gl);
    if (!entry) {  // a context made before the probe (should not happen) is still counted from here on
      entry = { canvas: gl.canvas, gl, textures: new Map(), unit: 0, bound: new Map() };
      byGl.set(gl, entry);
      contexts.push(entry);
    }
    return entry;
  }

  // The texture an upload to `target` lands in: the one bound to it on the active unit. Cube faces
  // (TEXTURE_CUBE_MAP_POSITIVE_X..NEGATIVE_Z) land in the cube map's binding.
  function boundTexture(entry, target) {
    const bindTarget = target >= 0x8515 && target <= 0x851a ? 0x8513 : target;
    return entry.bound.get(`${entry.unit}:${bindTarget}`);
  }

  // Level 0 of a texture now holds width × height pixels (faces of a cube map add up).
  function allocate(gl, target, level, width, height, bpp) {
    const entry = entryFor(gl);
    const texture = boundTexture(entry, target);
    const record = texture && entry.textures.get(texture);
    if (!record || level !== 0) return;
    record.faces.set(target, width * height * bpp);
    record.bytes = [...record.faces.values()].reduce((a, b) => a + b, 0);
    notePeak();
  }

  function upload(kind, width, height, bpp) {
    // restores: how often a context had come back before it, on this side (page or worker).
    totals.uploads.push({ kind, width, height, bytes: width * height * bpp, at: now(), restores: totals.restored });
  }

  function wrap(proto, name, make) {
    const original = proto && proto[name];
    if (typeof original !== 'function') return;
    const wrapped = make(original);
    Object.defineProperty(wrapped, 'name', { value: name });
    Object.defineProperty(proto, name, { value: wrapped, writable: true, configurable: true, enumerable: true });
  }

  for (const proto of [Gl1 && Gl1.prototype, Gl2 && Gl2.prototype]) {
    if (!proto) continue;
    wrap(proto, 'createTexture', (original) => function createTexture() {
      const texture = original.apply(this, arguments);
      if (texture && !quiet) {
        entryFor(this).textures.set(texture, { bytes: 0, faces: new Map() });
        totals.created++;
      }
      return texture;
    });
    wrap(proto, 'deleteTexture', (original) => function deleteTexture(texture) {
      const entry = entryFor(this);
      if (texture && entry.textures.delete(texture)) totals.deleted++;
      for (const [slot, bound] of entry.bound) if (bound === texture) entry.bound.delete(slot);
      return original.apply(this, arguments);
    });
    wrap(proto, 'activeTexture', (original) => function activeTexture(unit) {
      entryFor(this).unit = unit - 0x84c0;  // TEXTURE0
      return original.apply(this, arguments);
    });
    wrap(proto, 'bindTexture', (original) => function bindTexture(target, texture) {
      const entry = entryFor(this);
      if (texture) entry.bound.set(`${entry.unit}:${target}`, texture);
      else entry.bound.delete(`${entry.unit}:${target}`);
      return original.apply(this, arguments);
    });
    // texImage2D(target, level, internalformat, format, type, source)                       — 6 arguments
    // texImage2D(target, level, internalformat, width, height, border, format, type, pixels | source | pboOffset [, srcOffset])
    wrap(proto, 'texImage2D', (original) => function texImage2D(target, level, internalformat) {
      const result = original.apply(this, arguments);
      if (quiet) return result;
      let width; let height; let format; let type; let pixels;
      if (arguments.length === 6) {
        [format, type, pixels] = [arguments[3], arguments[4], arguments[5]];
        ({ width, height } = sourceSize(pixels));
      } else {
        [width, height, format, type, pixels] = [arguments[3], arguments[4], arguments[6], arguments[7], arguments[8]];
      }
      const bpp = bytesPerPixel(internalformat, format, type);
      allocate(this, target, level, width, height, bpp);
      if (pixels !== null && pixels !== undefined) upload('texImage2D', width, height, bpp);
      return result;
    });
    // texStorage2D(target, levels, internalformat, width, height): storage without pixels.
    wrap(proto, 'texStorage2D', (original) => function texStorage2D(target, levels, internalformat, width, height) {
      const result = original.apply(this, arguments);
      if (quiet) return result;
      const bpp = bytesPerPixel(internalformat, 0, 0);
      if (target === 0x8513) for (let face = 0x8515; face <= 0x851a; face++) allocate(this, face, 0, width, height, bpp);
      else allocate(this, target, 0, width, height, bpp);
      return result;
    });
    // texSubImage2D(target, level, x, y, format, type, source)                               — 7 arguments
    // texSubImage2D(target, level, x, y, width, height, format, type, pixels | source | pboOffset [, srcOffset])
    wrap(proto, 'texSubImage2D', (original) => function texSubImage2D() {
      const result = original.apply(this, arguments);
      if (quiet) return result;
      let width; let height; let format; let type;
      if (arguments.length === 7) {
        [format, type] = [arguments[4], arguments[5]];
        ({ width, height } = sourceSize(arguments[6]));
      } else {
        [width, height, format, type] = [arguments[4], arguments[5], arguments[6], arguments[7]];
      }
      upload('texSubImage2D', width, height, bytesPerPixel(0, format, type));
      return result;
    });
    wrap(proto, 'getExtension', (original) => function getExtension(name) {
      if (!quiet) { totals.extensions++; totals.extensionNames.push(String(name)); }
      return original.apply(this, arguments);
    });
    wrap(proto, 'getSupportedExtensions', (original) => function getSupportedExtensions() {
      if (!quiet) totals.supportedExtensions++;
      return original.apply(this, arguments);
    });
    wrap(proto, 'getParameter', (original) => function getParameter() {
      if (!quiet) totals.getParameter++;
      return original.apply(this, arguments);
    });
    // A program linked, the commands flushed to the GPU process, the link's status asked: whether the
    // compile and link run while the app works, or only when the status is asked.
    wrap(proto, 'linkProgram', (original) => function linkProgram() {
      if (!quiet) totals.programEvents.push('link');
      return original.apply(this, arguments);
    });
    wrap(proto, 'flush', (original) => function flush() {
      if (!quiet) totals.programEvents.push('flush');
      return original.apply(this, arguments);
    });
    wrap(proto, 'getProgramParameter', (original) => function getProgramParameter(program, pname) {
      if (!quiet && pname === 0x8b82) totals.programEvents.push('status');  // LINK_STATUS
      return original.apply(this, arguments);
    });
    // Each picture the app draws starts with one clear of the whole canvas.
    wrap(proto, 'clear', (original) => function clear() {
      if (!quiet) totals.clears++;
      return original.apply(this, arguments);
    });
  }

  // A new WebGL context: counted once (getContext hands out the same context again), and its
  // textures die with it when it is lost.
  const WEBGL = new Set(['webgl', 'webgl2', 'experimental-webgl']);
  const withContext = new WeakSet();  // canvases that have a WebGL context
  for (const Canvas of [window.HTMLCanvasElement, window.OffscreenCanvas]) {
    wrap(Canvas && Canvas.prototype, 'getContext', (original) => function getContext(type) {
      const gl = original.apply(this, arguments);
      if (gl && WEBGL.has(String(type))) withContext.add(this);
      if (!gl || !WEBGL.has(String(type)) || byGl.has(gl) || quiet) return gl;
      const entry = entryFor(gl);
      entry.type = String(type);
      totals.contexts++;
      this.addEventListener('webglcontextlost', () => {
        totals.lost++;
        totals.freedByLoss += entry.textures.size;
        entry.textures.clear();
        entry.bound.clear();
        entry.unit = 0;
      });
      this.addEventListener('webglcontextrestored', () => { totals.restored++; });
      // A task later: the renderer sets the context up (program, buffers, its message handler)
      // after getContext returns.
      for (const waiting of contextWaiters.splice(0)) setTimeout(waiting);
      return gl;
    });
  }

  // A size set on a canvas that has its WebGL context reallocates the drawing buffer, and the
  // thread that sets it waits for the GPU process (width and height each).
  for (const Canvas of [window.HTMLCanvasElement, window.OffscreenCanvas]) {
    for (const side of ['width', 'height']) {
      const descriptor = Canvas && Object.getOwnPropertyDescriptor(Canvas.prototype, side);
      if (!descriptor || !descriptor.set) continue;
      Object.defineProperty(Canvas.prototype, side, {
        get: descriptor.get, configurable: true, enumerable: descriptor.enumerable,
        set(value) {
          if (withContext.has(this) && !quiet) totals.resizes.push({ side, at: now() });
          descriptor.set.call(this, value);
        },
      });
    }
  }

  const state = {
    read() {
      return {
        origin: performance.timeOrigin,  // of `uploads[].at`
        contexts: totals.contexts,
        textures: {
          created: totals.created, deleted: totals.deleted, freedByLoss: totals.freedByLoss,
          live: liveCount(), liveBytes: liveBytes(), peakBytes: totals.peakBytes,
        },
        uploads: totals.uploads.map((u) => ({ ...u })),
        resizes: totals.resizes.map((r) => ({ ...r })),
        extensions: totals.extensions,
        extensionNames: [...totals.extensionNames],
        supportedExtensions: totals.supportedExtensions,
        getParameter: totals.getParameter,
        lost: totals.lost,
        restored: totals.restored,
        clears: totals.clears,
        programEvents: [...totals.programEvents],
      };
    },
    // Runs `fn(gl, entry)` on the WebGL context of the canvas matched by `selector` without counting
    // anything it does (the test's own calls are not the app's).
    // In the worker, the context of the canvas it was given.
    uncounted(selector, fn) {
      const entry = contextOf(selector);
      if (!entry) throw new Error(`no WebGL context on ${selector}`);
      quiet++;
      try { return fn(entry.gl, entry); } finally { quiet--; }
    },
    // Like uncounted, but where the context is not made yet (boot.js makes it after the page's first
    // animation frame, which can come after a start-up mark), as soon as it is.
    whenContext(selector, fn) {
      if (contextOf(selector)) state.uncounted(selector, fn);
      else contextWaiters.push(() => state.whenContext(selector, fn));  // another canvas's: wait on
    },
  };
  Object.defineProperty(window, SYMBOL, { value: state, enumerable: false, writable: false, configurable: false });

  if (inWorker) {
    // loseContextAtMark's request from the page: lose the context now, give it back once taken. Heard
    // before the renderer's own handler, and kept from it.
    addEventListener('message', (event) => {
      if (!event.data || event.data.type !== `${key}.lose`) return;
      event.stopImmediatePropagation();
      state.whenContext(null, (gl, entry) => {
        const extension = gl.getExtension('WEBGL_lose_context');
        entry.canvas.addEventListener('webglcontextlost', (lost) => setTimeout(() => {
          if (lost.defaultPrevented) extension.restoreContext();
        }), { once: true });
        extension.loseContext();
      });
    });
  } else {
    // The workers the page starts, for loseContextAtMark.
    const Original = window.Worker;
    const workers = [];
    window.Worker = function Worker(...args) {
      const worker = new Original(...args);
      workers.push(worker);
      return worker;
    };
    window.Worker.prototype = Original.prototype;
    Object.defineProperty(state, 'workers', { value: workers });
  }
}

// Init scripts for the renderer's worker (web/renderer.js), per BrowserContext: its script is served
// with them in front, in the order added, the way addInitScript does it for pages. (The page's own
// copy of renderer.js, where the app renders on the page, runs them too: each must be harmless
// there, as the probe is — it finds itself installed already.)
const workerScripts = new WeakMap();
const RENDERER_SCRIPT = /\/renderer\.js(\?.*)?$/;

export async function addWorkerInitScript(context, fn, arg) {
  if (!workerScripts.has(context)) {
    workerScripts.set(context, []);
    await context.route(RENDERER_SCRIPT, async (route) => {
      try {
        const response = await route.fetch();
        const prefix = workerScripts.get(context).map((script) => `${script}\n`).join('');
        const headers = Object.fromEntries(Object.entries(response.headers()).filter(([name]) => !/^content-(encoding|length)$/i.test(name)));
        await route.fulfill({ response, body: prefix + await response.text(), headers });
      } catch (error) {
        // The test closed its context (or page) while the script was on its way (also the service
        // worker's precaching, after ready): nobody waits for it. ("Target page, context or browser
        // has been closed", "Request context disposed", "Response has been disposed".)
        if (!/has been closed|disposed/i.test(String(error))) throw error;
      }
    });
  }
  workerScripts.get(context).push(`(function () { const window = self; (${fn})(${JSON.stringify(arg)}); })();`);
}

export async function installGlProbe(context) {
  await context.addInitScript(probe, KEY);
  await addWorkerInitScript(context, probe, KEY);
}

// The renderer's worker, if the page started one (null otherwise).
export function rendererWorker(page) {
  return page.workers().find((worker) => RENDERER_SCRIPT.test(worker.url())) || null;
}

// { contexts, textures: {created, deleted, freedByLoss, live, liveBytes, peakBytes},
//   uploads: [{kind, width, height, bytes, at, restores}], resizes: [{side, at}] (sizes set on a canvas with
//   its context), extensions, extensionNames, supportedExtensions, getParameter, lost, restored,
//   clears, worker (the renderer's worker was counted too) }; `at` in the page's clock. A page the
//   service worker serves (a reload after it took control) starts an unprobed renderer worker: probe
//   first visits, or block service workers.
// The page's and the renderer worker's figures, added up (upload times in the page's clock).
export async function readGlProbe(page) {
  const read = (key) => {
    const state = self[Symbol.for(key)];
    return state ? state.read() : null;
  };
  const onPage = await page.evaluate(read, KEY);
  if (!onPage) throw new Error('the GL probe is not installed in this page (installGlProbe before the page loads), or the page has no WebGL');
  const worker = rendererWorker(page);
  const inWorker = worker && await worker.evaluate(read, KEY);
  if (!worker) return onPage;
  if (!inWorker) throw new Error('the renderer\'s worker has no GL probe: its script did not come through installGlProbe\'s route (served by the service worker?)');
  const shift = inWorker.origin - onPage.origin;
  const sum = (a, b) => Object.fromEntries(Object.entries(a).map(([name, value]) => [name,
    typeof value === 'number' ? value + b[name] : value]));
  return {
    ...sum(onPage, inWorker),
    origin: onPage.origin,
    textures: sum(onPage.textures, inWorker.textures),
    uploads: [...onPage.uploads, ...inWorker.uploads.map((u) => ({ ...u, at: u.at + shift }))].sort((a, b) => a.at - b.at),
    resizes: [...onPage.resizes, ...inWorker.resizes.map((r) => ({ ...r, at: r.at + shift }))].sort((a, b) => a.at - b.at),
    extensionNames: [...onPage.extensionNames, ...inWorker.extensionNames],
    programEvents: [...onPage.programEvents, ...inWorker.programEvents],
    worker: true,
  };
}

// Loses the WebGL context of the canvas `selector` (or of the renderer's worker, which owns it)
// through WEBGL_lose_context, as a GPU reset would, asks for it back as soon as the renderer got
// "webglcontextlost", and resolves on "webglcontextrestored". Back at once, as after a short GPU
// reset: the page's "did not come back" timer (boot.js) never fires. The extension object is kept
// from the loss for the restore (a lost context hands out no extensions); the test's own WebGL calls
// are not counted.
export async function loseAndRestoreContext(page, selector = '#canvas') {
  const worker = rendererWorker(page);
  await (worker || page).evaluate(([key, sel]) => new Promise((resolve, reject) => {
    self[Symbol.for(key)].uncounted(sel, (gl, entry) => {
      const canvas = entry.canvas;
      const extension = gl.getExtension('WEBGL_lose_context');
      if (!extension) throw new Error('WEBGL_lose_context is not available');
      canvas.addEventListener('webglcontextrestored', () => resolve(), { once: true });
      // Restoring is allowed once the event was dispatched and the renderer took it (preventDefault):
      // in the next task, not inside the listener.
      canvas.addEventListener('webglcontextlost', (event) => setTimeout(() => {
        if (!event.defaultPrevented) reject(new Error('the renderer did not ask for its context back (webglcontextlost not prevented)'));
        else extension.restoreContext();
      }), { once: true });
      extension.loseContext();
    });
  }), [KEY, selector]);
}

// Loses the renderer's WebGL context (in its worker, or of the canvas `selector` on the page) as a
// GPU reset would, and resolves once the renderer got "webglcontextlost"; restoreContext(page) gives
// it back and resolves on "webglcontextrestored". For a loss that lasts: the page's "did not come
// back" prompt (boot.js) can show in between.
export async function loseContext(page, selector = '#canvas') {
  await (rendererWorker(page) || page).evaluate(([key, sel]) => new Promise((resolve) => {
    self[Symbol.for(key)].uncounted(sel, (gl, entry) => {
      entry.canvas.addEventListener('webglcontextlost', () => resolve(), { once: true });
      self[Symbol.for(`${key}.lose`)] = gl.getExtension('WEBGL_lose_context');
      self[Symbol.for(`${key}.lose`)].loseContext();
    });
  }), [KEY, selector]);
}

export async function restoreContext(page, selector = '#canvas') {
  await (rendererWorker(page) || page).evaluate(([key, sel]) => new Promise((resolve) => {
    self[Symbol.for(key)].uncounted(sel, (gl, entry) => {
      entry.canvas.addEventListener('webglcontextrestored', () => resolve(), { once: true });
      self[Symbol.for(`${key}.lose`)].restoreContext();
    });
  }), [KEY, selector]);
}

// Init script: loses the context of the canvas `selector` the moment the page makes the performance
// mark `mark` (inside the app's start-up task that makes it, so between two start-up tasks), and gives
// it back once the renderer took the loss, as loseAndRestoreContext does. With the renderer in its
// worker, the worker is asked at the mark and loses it as soon as it has the message (the probe's
// own handler there). A mark that comes before the context is made (the content can arrive before
// the page's first animation frame, after which boot.js makes it) loses it a task after it is made.
// The probe must be installed first.
export async function loseContextAtMark(context, mark, selector = '#canvas') {
  await context.addInitScript(([key, markName, sel]) => {
    const markOriginal = performance.mark.bind(performance);
    performance.mark = (name, ...rest) => {
      const entry = markOriginal(name, ...rest);
      if (name !== markName) return entry;
      const state = window[Symbol.for(key)];
      if (state.workers.length) {
        state.workers.forEach((worker) => worker.postMessage({ type: `${key}.lose` }));
        return entry;
      }
      state.whenContext(sel, (gl) => {
        const extension = gl.getExtension('WEBGL_lose_context');
        document.querySelector(sel).addEventListener('webglcontextlost', (event) => setTimeout(() => {
          if (event.defaultPrevented) extension.restoreContext();
        }), { once: true });
        extension.loseContext();
      });
      return entry;
    };
  }, [KEY, mark, selector]);
}
