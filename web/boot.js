// Boots the Phasencheck app: checks that the browser can run it, fetches the content and fonts
// while the WebAssembly module downloads, and provides window.phasecheck (docs/javascript-api.md).
// Nothing here talks to any server but the page's own origin.
(function () {
  'use strict';
  performance.mark('phasecheck:boot');

  const params = new URLSearchParams(location.search);
  const canvas = document.getElementById('canvas');
  const embedded = params.get('embed') === '1';
  // The single-file edition (phasecheck-offline.html) carries everything inline, packed (unpack()).
  const inline = window.phasecheckInline || null;
  const RESUME_KEY = 'phasecheck.resume';
  // Set when this browser's workers could not draw (Safari 16 has OffscreenCanvas, but not WebGL in
  // it): the page reloads once and renders on the page for the rest of the session (index.html's head
  // script reads it, and then starts no worker).
  const PAGE_RENDERER_KEY = 'phasecheck.pageRenderer';
  // {worker, failed}: the renderer's worker, started by index.html's head script; null where the
  // renderer draws on this page.
  const startedWorker = window.phasecheckRendererWorker || null;
  // Set for that reload when the visitor had pressed the HTML intro's start: pressed again after it.
  const START_PRESSED_KEY = 'phasecheck.startPressed';
  const assetFiles = {
    questionnaire: 'questionnaire.json',
    brand: 'brand.json',
    'font-regular': 'fonts/Inter-Regular.ttf',
    'font-semibold': 'fonts/Inter-SemiBold.ttf',
  };
  // The check's printed report's stylesheet, report.css, comes with the deferred half of its wasm, which
  // holds the code that prints (below). Meeting mode's page (meeting.html, its own wasm) takes several
  // files at once and has wording of its own, and its printed report a stylesheet of its own (report.css
  // and the meeting report's rules), fetched at start.
  const meetingPage = document.documentElement.dataset.page === 'meeting';
  if (meetingPage) Object.assign(assetFiles, { meeting: 'meeting.json', 'report-css': 'meeting-report.css' });

  let glyphs = null;
  let mirror = null;
  let semantics = '';  // the last tree, for a mirror that loads after it came
  let blurTarget = null;
  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');
  const touchOnlyQuery = window.matchMedia('(hover: none) and (pointer: coarse)');
  // The page's own texts come from the content like all wording, baked in at build time
  // (scripts/assemble_site.py): they are needed before the content is fetched, or when it cannot be.
  const pageTexts = JSON.parse(document.getElementById('page-texts').textContent);
  const intro = document.getElementById('intro');
  // What the visitor pressed on the HTML intro before the app could take it: pressed in the app once ready.
  const pressedEarly = [];
  let languageAsked = false;
  // The language index.html's head script chose: the intro's language button may change <html lang>.
  const languageAtStart = document.documentElement.lang;
  // The start was pressed on the intro before the page reloaded to draw on its own thread.
  const startPressedBeforeReload = (() => {
    try {
      if (sessionStorage.getItem(START_PRESSED_KEY) !== '1') return false;
      sessionStorage.removeItem(START_PRESSED_KEY);
      return true;
    } catch (e) { return false; }  // no session storage: nothing was kept
  })();

  function showFatal(title, lead, details) {
    const box = document.getElementById('fatal');
    box.querySelector('h1').textContent = title;
    box.querySelector('p').textContent = lead;
    box.querySelector('pre').textContent = details || '';
    box.hidden = false;
    canvas.hidden = true;
    intro.hidden = true;
    document.getElementById('loading').hidden = true;
    showIcon();
  }

  // The canvas takes over from the first screen (the HTML intro, or "loading" before a shared result)
  // only once that screen has been painted. A browser that paints seldom while the page starts could
  // otherwise paint first in the very frame that hides it: the visitor would never see the intro, and
  // the page would have no largest contentful paint. Lighthouse's mobile emulation with its trace
  // recording paints like that on some machines: about once a second (docs/benchmark.md, "The
  // browser"). Known from Element Timing (Chromium). Where the browser has no Element Timing, or no
  // element of the first screen is displayed, nothing is waited for. A browser that has it and yet
  // reports no paint is waited for FIRST_SCREEN_FRAMES animation frames at most: half a second at
  // 60 Hz, many times what a paint takes to be reported.
  // {done(), whenDone(callback)}: a callback runs once, when the paint is known or the wait is over.
  function watchFirstScreenPaint() {
    const FIRST_SCREEN_FRAMES = 30;
    const waiting = [];
    let observer = null;
    let settled = !(window.PerformanceObserver && (PerformanceObserver.supportedEntryTypes || []).includes('element'));
    const settle = () => {
      settled = true;
      if (observer) observer.disconnect();
      waiting.splice(0).forEach((callback) => callback());
    };
    if (!settled) {
      try {
        observer = new PerformanceObserver((list) => {
          if (list.getEntries().some((entry) => entry.identifier === 'first-screen')) settle();
        });
        observer.observe({ type: 'element', buffered: true });
      } catch (e) { settled = true; }
    }
    const displayed = () => Array.from(document.querySelectorAll('[elementtiming="first-screen"]'))
      .some((element) => element.getClientRects().length > 0);
    const done = () => settled || !displayed();
    let framesWaited = 0;
    const countFrames = () => requestAnimationFrame(() => {
      if (settled) return;
      if (++framesWaited >= FIRST_SCREEN_FRAMES) settle();
      else countFrames();
    });
    return {
      done,
      whenDone(callback) {
        if (done()) { callback(); return; }
        waiting.push(callback);
        if (waiting.length === 1) countFrames();
      },
    };
  }

  // <html lang> is the visitor's language from the first paint on: index.html's inline script chose it
  // (?lang=, else the browser's languages, German first), the intro's language button may switch it
  // before the app runs, and the app sets it after (browser_bridge.cpp).
  function german() {
    return document.documentElement.lang !== 'en';
  }

  function pageText(key) {
    return pageTexts[german() ? 'de' : 'en'][key];
  }

  // Inside a host page's iframe, the height and results go to the host (embed.js checks them).
  function tellHost(message) {
    if (embedded && window.parent !== window) window.parent.postMessage(message, '*');
  }

  let firstFrameShown = false;  // the renderer drew a frame, and the page painted after it
  let appReady = false;         // the app sent its first frame (ready() was called)
  let handedOver = false;       // the canvas took over from the first screen (ready)
  // What the app asked of the browser until then: the calls to make at ready, in order.
  const untilReady = [];
  const firstScreenPaint = watchFirstScreenPaint();
  let rendererLost = false;   // the renderer's context, as it said last
  let appListens = false;     // the app hears of a lost and restored context (appListening)
  // What C++ asks of the page (src/platform/web/browser_bridge.cpp).
  window.phasecheckBoot = {
    embedded,
    ctaOverride: params.get('cta') || '',
    contentHeight(height) {
      tellHost({ type: 'phasecheck:height', height: Math.ceil(height) });
    },
    // A new step (screen or question) starts at the top of the app: the host keeps it in view.
    // A notice appeared: the host brings it into view if it is not (a band of the page, CSS px).
    keepInView(top, bottom) {
      tellHost({ type: 'phasecheck:reveal', top, bottom });
    },
    stepShown() {
      tellHost({ type: 'phasecheck:step' });
    },
    language() {
      languageAsked = true;
      const code = german() ? 'de' : 'en';
      const manifest = document.querySelector('link[rel="manifest"]');
      if (manifest && code === 'en') manifest.href = 'manifest.en.webmanifest';
      return code;
    },
    prefersDark() {
      const theme = params.get('theme');
      if (theme === 'dark' || theme === 'light') return theme === 'dark';
      return darkQuery.matches;
    },
    touchOnly: () => touchOnlyQuery.matches,
    openUrl(url) {
      if (url.startsWith('mailto:')) location.href = url;
      else window.open(url, '_blank', 'noopener');
    },
    resultShown(json) {
      const result = JSON.parse(json);
      window.dispatchEvent(new CustomEvent('phasecheck:result', { detail: result }));
      tellHost({ type: 'phasecheck:result', result });
    },
    // The renderer (web/renderer.js): in a worker that owns the canvas where the browser can give
    // it one, so that no wait for the GPU process blocks this thread; else on this page. Set up by
    // boot.js (appListening() finds it set up); its context is made once it has the canvas
    // (makeContext).
    renderer: null,
    rendererShown: 0,  // the last frame the renderer drew, once the page painted after it
    startRenderer() {
      if (this.renderer) return;
      const pixelSize = () => {
        const box = canvas.getBoundingClientRect();
        return [Math.round(box.width * devicePixelRatio), Math.round(box.height * devicePixelRatio)];
      };
      let generation = 0;  // of the renderer's context, as the app knows it
      const replied = ({ data }) => {
        if (data.type === 'drawn') {
          // The renderer's frame went to the compositor with its task; two animation frames of this
          // page later it is on screen, whatever the order of the two.
          requestAnimationFrame(() => requestAnimationFrame(() => {
            this.rendererShown = Math.max(this.rendererShown, data.frame);
            if (!firstFrameShown) {
              firstFrameShown = true;
              if (appReady) this.ready();
            }
          }));
        } else if (data.type === 'failed') {
          if (this.renderer.worker && data.what === 'webgl2') renderOnPageFromNowOn();
          else this.fatal('WebGL', data.what);
        } else if (data.type === 'lost') {
          generation = data.generation;  // what the app sends from now on belongs to the new context
          rendererLost = true;
          offerReloadIfNotBack();
          if (appListens) Module._phasecheck_renderer_lost();
        } else if (data.type === 'restored') {
          rendererLost = false;
          dropReloadOffer();
          if (appListens) Module._phasecheck_renderer_restored();
        }
      };
      if (startedWorker) {
        const offscreen = canvas.transferControlToOffscreen();
        const { worker } = startedWorker;
        worker.onmessage = replied;
        // Its script did not load or run (a network error, a blocked worker): drawn on the page instead.
        const notLoaded = () => replied({ data: { type: 'failed', what: 'webgl2' } });
        worker.onerror = notLoaded;
        if (startedWorker.failed) setTimeout(notLoaded);  // before this listened (this.renderer is set by then)
        let given = false;
        const giveCanvas = () => {
          if (given) return;
          given = true;
          const [width, height] = pixelSize();
          worker.postMessage({ type: 'canvas', canvas: offscreen, width, height }, [offscreen]);
        };
        this.renderer = {
          postMessage: (message, transfer) => {
            giveCanvas();  // the canvas comes first
            worker.postMessage({ ...message, generation }, transfer);
          },
          giveCanvas,
          worker,
        };
      } else {
        // On this page: renderer.js is loaded as a script (the single file carries it inline); what
        // the app sends meanwhile waits for it.
        [canvas.width, canvas.height] = pixelSize();
        const waiting = [];
        let handle = null;
        const begin = () => {
          handle = window.phasecheckRenderer(canvas, (data) => replied({ data }));
          waiting.splice(0).forEach(handle);
        };
        const stamped = (message) => ({ ...message, generation });
        this.renderer = {
          postMessage: (message) => (handle ? handle(stamped(message)) : waiting.push(stamped(message))),
          giveCanvas: () => {},  // it has it
        };
        if (window.phasecheckRenderer) begin();
        else {
          const script = document.createElement('script');
          script.src = 'renderer.js';
          script.onload = begin;
          script.onerror = () => this.fatal('WebGL', 'renderer.js: not loaded');
          document.head.appendChild(script);
        }
      }
    },
    // The app's first start-up task: from now on it hears of a lost and restored context. True when
    // the context is lost right now (it may have been lost before the app ran).
    appListening() {
      this.makeContext();
      appListens = true;
      return rendererLost;
    },
    makeContext() {
      this.startRenderer();
      this.renderer.giveCanvas();
    },
    ready() {
      appReady = true;
      // Called again once the first frame is on screen and once the first screen was painted: the
      // second of those hands over, once.
      if (!firstFrameShown || handedOver) return;
      if (!firstScreenPaint.done()) {
        firstScreenPaint.whenDone(() => this.ready());
        return;
      }
      handedOver = true;
      // The canvas has drawn the intro under the HTML one, at the same place: the HTML intro goes
      // (app.css), and the mirror (mirror.js) is what assistive technology reads from now on.
      const focusWasOnIntro = intro.contains(document.activeElement);
      document.documentElement.dataset.ready = '1';
      performance.mark('phasecheck:ready');
      // What the app asked of the browser meanwhile, before anything the app does from now on.
      for (const call of untilReady.splice(0)) call();
      resumeAfterUpdate();
      // Keys reach the app at once (Enter starts the check) — but not inside a host page's iframe,
      // where focusing would take the keyboard (and the scroll position) from the reader of the post,
      // unless the visitor had already put the focus on the intro in it.
      const focusFree = !document.activeElement || document.activeElement === document.body;
      if (focusWasOnIntro || startPressedBeforeReload || (!embedded && focusFree)) canvas.focus({ preventScroll: true });
      resolveReady();
      showIcon();
    },
    // ---- Local storage, fail-soft: private mode, quota and third-party iframes throw here
    storageAvailable() {
      try {
        localStorage.setItem('phasecheck.probe', '1');
        localStorage.removeItem('phasecheck.probe');
        return true;
      } catch (e) { return false; }
    },
    storageRead(key) {
      try { return localStorage.getItem(key); } catch (e) { return null; }
    },
    storageWrite(key, value) {
      try { localStorage.setItem(key, value); return true; } catch (e) { return false; }
    },
    storageRemove(key) {
      try { localStorage.removeItem(key); } catch (e) { /* nothing to remove */ }
      return null;
    },

    nowIso: () => new Date().toISOString(),
    localIsoDate: () => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    },

    // ---- Share links live in the fragment, which browsers never send to a server
    locationFragment: () => (location.hash.startsWith('#a=') ? location.hash : ''),
    pageAddress: () => (location.protocol === 'file:' ? location.href.split(/[?#]/)[0] : location.origin + location.pathname),
    clearFragment() {
      // The entry keeps its step (history.state): Back and Forward still find it.
      if (location.hash) history.replaceState(history.state, '', location.href.split('#')[0]);
      return null;
    },

    // ---- Each step of the check is a history entry (src/app/flow_history.cpp); the address stays.
    // Before the canvas takes over, the app's entries and steps back wait for it (ready() makes them,
    // in order): each is a round trip to the browser, 0.7–21 ms of the page's start-up here (issue
    // #13), and the page takes no popstate before then (its listener below).
    historyEntry(push, step, depth) {
      if (!handedOver) {
        untilReady.push(() => this.historyEntry(push, step, depth));
        return;
      }
      const state = { phasecheck: step, depth };
      try {
        if (push) history.pushState(state, '');
        else history.replaceState(state, '');
      } catch (e) { /* a sandboxed or file:// page may refuse: the check works without entries */ }
    },
    historyBack() {
      if (!handedOver) untilReady.push(() => this.historyBack());
      else history.back();
      return null;
    },
    // The app's language and title. Until the canvas takes over, the HTML intro's language is the page's:
    // the visitor may switch it there, and the app follows at ready (the press is replayed); the app's
    // words wait for ready too. Each write is a round trip to the browser, so only a change is written.
    documentLanguage(code, title) {
      if (!handedOver) {
        untilReady.push(() => this.documentLanguage(code, title));
        return;
      }
      const root = document.documentElement;
      if (root.lang !== code) root.lang = code;
      if (document.title !== title) document.title = title;
    },

    // ---- Files and clipboard
    download(name, content) {
      const type = name.endsWith('.ics') ? 'text/calendar;charset=utf-8' : 'application/json';
      const url = URL.createObjectURL(new Blob([content], { type }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
    pickFile() {
      filePicker().click();
      return null;
    },
    copyText(text) {
      const done = (ok) => Module._phasecheck_copy_finished(ok);
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(() => done(true), () => done(copyByCommand(text)));
      } else {
        done(copyByCommand(text));
      }
      return null;
    },

    // ---- The printed report: a new tab with the document, then the print dialog
    openReport(html) {
      const tab = window.open('', '_blank');
      if (!tab) return false;
      tab.document.open();
      tab.document.write(html);
      tab.document.close();
      tab.focus();
      // The app's font for the report (report.css asks for "Inter"), from the bytes the app already
      // holds: no fetch that the Content-Security-Policy would have to allow, and no second copy in
      // the single file.
      for (const [name, weight] of [['font-regular', '400'], ['font-semibold', '600']]) {
        if (assets[name]) tab.document.fonts.add(new tab.FontFace('Inter', assets[name], { weight }));
      }
      // The print preview shows the page as it is when the dialog opens: wait for the brand font
      // (report.css), or the preview shows a stand-in or no text. A font that fails still prints.
      Promise.allSettled([...tab.document.fonts].map((font) => font.load())).then(() => tab.print());
      return true;
    },

    // ---- Text entry: a real input over the canvas field (touch keyboards, umlauts, paste)
    editText: (request) => editText(request),
    endTextEdit() {
      finishEditing(false);
      return null;
    },

    // ---- Letters beyond Latin-1, emoji, Arabic: glyphs.js and fonts/*-extra.ttf, once a text needs them
    loadGlyphs() {
      glyphs = glyphs || new Promise((resolve, reject) => {
        if (window.phasecheckGlyphs) { resolve(); return; }  // the single file has it inline
        const script = document.createElement('script');
        script.src = 'glyphs.js';
        script.onload = resolve;
        script.onerror = reject;
        document.head.appendChild(script);
      }).then(() => window.phasecheckGlyphs.load(inline, assets)).then(() => Module._phasecheck_glyphs(1), () => {
        glyphs = null;
        Module._phasecheck_glyphs(0);
      });
      return null;
    },
    textImage: (text, style) => window.phasecheckGlyphs.textImage(text, style),

    // ---- The accessibility mirror (mirror.js): the semantic tree of each changed frame
    semantics(json) {
      semantics = json;
      if (mirror) mirror.update(json);
      return null;
    },
    // The canvas's blur is not the app losing focus when the focus goes to the app's own text input
    // or to its mirror (browser_imgui_backend.cpp): ImGui would drop the keys and the tap it holds.
    focusStaysInApp() {
      const to = blurTarget;
      return !!window.phasecheckBoot.focusingTextInput || (!!to && (to.classList.contains('text-agent') || (!!mirror && mirror.contains(to))));
    },

    fatal(title, details) {
      if (title === 'WebGL') { noWebGL(); return; }
      showFatal(pageText('ui.error.title'), pageText('page.error.content_invalid'), details);
      // A fixed version can still arrive: the worker is registered, and its update offered, as after ready.
      registerServiceWorker();
    },
  };

  // The worker could not draw, and the canvas is its for good: the page loads again and draws on
  // the page, for the rest of the session (or, without session storage, with ?renderer=page). What
  // the visitor did on the HTML intro meanwhile survives the reload: a language switched to, in the
  // address (as ?lang=); a start pressed, in session storage (without it, only the language). A file
  // picked to open meanwhile is not kept: it would have to be picked again.
  function renderOnPageFromNowOn() {
    const url = new URL(location.href);
    if (document.documentElement.lang !== languageAtStart) url.searchParams.set('lang', document.documentElement.lang);
    let keyKept = false;
    try {
      sessionStorage.setItem(PAGE_RENDERER_KEY, '1');
      keyKept = sessionStorage.getItem(PAGE_RENDERER_KEY) === '1';
      if (pressedEarly.includes('button:start')) sessionStorage.setItem(START_PRESSED_KEY, '1');
    } catch (e) { /* no session storage here: the address says it */ }
    if (keyKept) {  // a plain reload draws on the page
      // location.replace() of the same address with a #fragment would only scroll: reload it.
      if (url.href === location.href) location.reload();
      else location.replace(url.href);
      return;
    }
    url.searchParams.set('renderer', 'page');
    location.replace(url.href);
  }

  function noWebGL() {
    showFatal(pageText('page.unsupported.title'), pageText('page.unsupported.text'));
  }

  function call(name, args) {
    return JSON.parse(Module.ccall(name, 'string', args.map(() => 'string'), args));
  }

  function wakeAfter(result) {
    Module._phasecheck_wake();
    return result;
  }

  window.phasecheck = {
    ready,
    // The result document for an answers document, computed by the same C++ core as the CLI.
    evaluate: (answers) => call('phasecheck_evaluate', [JSON.stringify(answers)]),
    // Shows the result for these answers; returns null, or {error, problems} and changes nothing.
    load: (answers) => wakeAfter(call('phasecheck_load', [JSON.stringify(answers)])),
    // Like load, but incomplete answers are welcome: the visitor continues at the first open question.
    resume: (answers) => wakeAfter(call('phasecheck_resume', [JSON.stringify(answers)])),
    answers: () => call('phasecheck_answers', []),
    result: () => call('phasecheck_result', []),
    // Test hook: every interactive widget of the last frame with role, label, state and rectangle.
    widgets: () => call('phasecheck_widgets', []),
    // Test hook: the accessibility tree last given to the mirror ({lang, nodes, announcements, focus_request}).
    semantics: () => call('phasecheck_semantics', []),
    // Test hook: {number, presented, idle} of the frame the widget list describes.
    frame: () => call('phasecheck_frame', []),
    // Test hook: {inUse, top, memory} of the wasm heap in bytes (malloc's bytes in use, the sbrk top,
    // the size of wasm memory).
    heap: () => {
      const heap = call('phasecheck_heap', []);
      return { inUse: heap.in_use, top: heap.top, memory: heap.memory };
    },
    // The current answers as a link (answers in the fragment, never sent to a server).
    shareLink: () => call('phasecheck_share_link', []),
    // Test hook: the font atlas as last built and whether the extra letters' font file is loaded.
    fonts: () => call('phasecheck_fonts', []),
    // The printable report of the result on screen, as an HTML document; null without a result.
    reportHtml: () => call('phasecheck_report_html', []),
    // Test hook: the deferred half of the wasm ({requested, instantiated, placeholderCalls, placeholders, blockedMs, failed}).
    deferredWasm: () => (deferredWasm ? { ...deferredWasm.state, placeholders: [...deferredWasm.state.placeholders] } : null),
  };

  function copyByCommand(text) {
    const area = document.createElement('textarea');
    area.value = text;
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    let ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    area.remove();
    return ok;
  }

  // One file goes to the app as text, or is refused here when it is too large to read at all.
  function importFile(file) {
    if (!file) return;
    // A file dropped while the app is still starting waits for it rather than being lost.
    if (!document.documentElement.dataset.ready) { ready.then(() => importFile(file)); return; }
    if (file.size > Module._phasecheck_max_import_bytes()) {
      Module.ccall('phasecheck_import_refused', null, ['string', 'string'], [file.name, 'notice.file_too_large']);
      return;
    }
    file.text().then(
      (text) => Module.ccall('phasecheck_import_file', null, ['string', 'string'], [file.name, text]),
      () => Module.ccall('phasecheck_import_refused', null, ['string', 'string'], [file.name, 'notice.file_unreadable']));
  }

  let picker = null;
  function filePicker() {
    if (!picker) {
      picker = document.createElement('input');
      picker.type = 'file';
      picker.accept = '.json,application/json';
      picker.multiple = meetingPage;
      picker.className = 'offscreen';
      picker.addEventListener('change', () => {
        for (const file of meetingPage ? picker.files : [...picker.files].slice(0, 1)) importFile(file);
        picker.value = '';
      });
      document.body.appendChild(picker);
    }
    return picker;
  }

  document.addEventListener('dragover', (event) => {
    if (event.dataTransfer && [...event.dataTransfer.types].includes('Files')) event.preventDefault();
  });
  document.addEventListener('drop', (event) => {
    if (!event.dataTransfer || !event.dataTransfer.files.length) return;
    event.preventDefault();
    for (const file of meetingPage ? event.dataTransfer.files : [...event.dataTransfer.files].slice(0, 1)) importFile(file);
  });
  window.addEventListener('popstate', (event) => {
    if (!document.documentElement.dataset.ready) return;  // the app's entries begin once it runs
    const state = event.state && typeof event.state.phasecheck === 'string' ? event.state : null;
    Module.ccall('phasecheck_history_popped', null, ['string', 'number'],
      [state ? state.phasecheck : '', state && Number.isInteger(state.depth) ? state.depth : -1]);
  });
  window.addEventListener('hashchange', () => {
    if (location.hash.startsWith('#a=') && document.documentElement.dataset.ready) {
      Module.ccall('phasecheck_link_opened', null, ['string'], [location.hash]);
    }
  });

  let editor = null;
  function editText(request) {
    const rect = canvas.getBoundingClientRect();
    if (!editor || editor.id !== request.id) {
      finishEditing(false);
      const el = document.createElement(request.multiline ? 'textarea' : 'input');
      el.className = 'text-agent';
      el.value = request.value;
      // No maxlength: it counts UTF-16 units and cuts a paste silently. The app counts characters and
      // says at the field how many are too many, keeping what was typed.
      el.setAttribute('aria-label', request.label);
      el.autocomplete = 'off';
      if (request.numeric) el.inputMode = 'decimal';
      el.addEventListener('input', () => Module.ccall('phasecheck_text_input', null, ['string', 'string'], [request.id, el.value]));
      el.addEventListener('blur', () => finishEditing(false));
      el.addEventListener('keydown', (event) => {
        if (event.key === 'Escape' || event.key === 'Tab' || (event.key === 'Enter' && !request.multiline)) {
          event.preventDefault();
          finishEditing(true);
          // Tab goes on as anywhere in the app: to the next widget, straight into typing if it is a field.
          if (event.key === 'Tab') Module.ccall('phasecheck_text_tab', null, ['string', 'number'], [request.id, event.shiftKey ? 1 : 0]);
        }
      });
      canvas.parentElement.appendChild(el);  // beside the canvas, in the page's <main> landmark
      editor = { id: request.id, el };
      matchDrawnText(el, request);
      place(el, rect, request);
      // The canvas's blur during this focus() is not the app losing focus (browser_imgui_backend.cpp).
      window.phasecheckBoot.focusingTextInput = true;
      try { el.focus({ preventScroll: true }); } finally { window.phasecheckBoot.focusingTextInput = false; }
      el.setSelectionRange(el.value.length, el.value.length);
      return null;
    }
    place(editor.el, rect, request);
    return null;
  }

  // The input shows the text exactly as the canvas draws it: the app's typeface (Inter, the same file,
  // loaded below), size, line, inset and colours, as the app reports them for the field.
  function matchDrawnText(el, request) {
    const field = window.phasecheck.widgets().find((w) => w.id === request.id);
    if (!field || !field.font_size) return;
    const border = parseFloat(getComputedStyle(el).borderTopWidth) || 0;
    const padX = Math.max(0, field.inset_x - border);
    const padTop = Math.max(0, field.inset_y - border);
    // A one-line input centres its line in its box: the room below the line makes that the drawn spot.
    const padBottom = request.multiline ? padTop : Math.max(0, field.height - field.inset_y - field.line_height - border);
    Object.assign(el.style, {
      fontSize: `${field.font_size}px`,
      lineHeight: `${field.line_height}px`,
      padding: `${padTop}px ${padX}px ${padBottom}px`,
      color: field.text_colour,
      background: field.fill_colour,
      borderColor: field.border_colour,
    });
  }

  function place(el, rect, r) {
    el.style.left = `${rect.left + r.x}px`;
    el.style.top = `${rect.top + r.y}px`;
    el.style.width = `${r.width}px`;
    el.style.height = `${r.height}px`;
  }

  function finishEditing(backToCanvas) {
    if (!editor) return;
    const { id, el } = editor;
    editor = null;
    el.remove();
    Module.ccall('phasecheck_text_done', null, ['string'], [id]);
    if (backToCanvas) canvas.focus({ preventScroll: true });
  }

  // Registered before the app's own blur handler, which asks focusStaysInApp() where the focus went.
  canvas.addEventListener('blur', (event) => { blurTarget = event.relatedTarget; });

  // The mirror of the canvas for assistive technology: inline in the single file, else fetched now.
  function startMirror() {
    mirror = window.phasecheckMirror({
      canvas,
      activate: (id) => Module._phasecheck_activate && Module.ccall('phasecheck_activate', null, ['string'], [id]),
      focus: (id) => Module._phasecheck_focus && Module.ccall('phasecheck_focus', null, ['string'], [id]),
      scrollBy: (pixels) => Module._phasecheck_scroll_by && Module._phasecheck_scroll_by(pixels),
    });
    if (semantics) mirror.update(semantics);
  }
  if (window.phasecheckMirror) {
    startMirror();
  } else {
    const script = document.createElement('script');
    script.src = 'mirror.js';
    script.onload = startMirror;
    document.head.appendChild(script);
  }

  // A tap on a text field opens the input within the touch event itself: only then do phones
  // show their keyboard. (The app would open it a frame later, which is too late for iOS.)
  let touchStart = null;
  canvas.addEventListener('touchstart', (event) => {
    const t = event.changedTouches[0];
    touchStart = { x: t.clientX, y: t.clientY };
  }, { passive: true });
  canvas.addEventListener('touchend', (event) => {
    const t = event.changedTouches[0];
    if (!touchStart || Math.hypot(t.clientX - touchStart.x, t.clientY - touchStart.y) > 10 || !Module._phasecheck_widgets) return;
    const rect = canvas.getBoundingClientRect();
    const x = t.clientX - rect.left;
    const y = t.clientY - rect.top;
    const box = window.phasecheck.widgets().find((w) => w.role === 'textbox' && x >= w.x && x <= w.x + w.width && y >= w.y && y <= w.y + w.height);
    if (box) {
      editText({ id: box.id, label: box.label, value: box.value, x: box.x, y: box.y, width: box.width, height: box.height,
                 multiline: box.multiline, numeric: box.numeric, maxLength: box.max_length });
    }
  });

  // The HTML intro's buttons before the app is ready: the start is kept and pressed in the app the moment
  // it is ready (the button shows that it is starting); the language switches the intro at once; a
  // file to open is picked now and waits for the app (importFile).
  intro.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-widget]');
    if (!button || document.documentElement.dataset.ready) return;
    const id = button.dataset.widget;
    if (id === 'button:open_file') {
      filePicker().click();
    } else if (id === 'button:lang') {
      document.documentElement.lang = german() ? 'en' : 'de';
      // Once the app has asked for the language, it switches as the visitor did (twice: not at all).
      if (languageAsked) {
        if (pressedEarly[pressedEarly.length - 1] === id) pressedEarly.pop();
        else pressedEarly.push(id);
      }
      // The focus stays on the language button, now the other language's.
      const shown = intro.querySelector(`.intro-page[lang="${document.documentElement.lang}"] .intro-lang`);
      if (button === document.activeElement && shown) shown.focus({ preventScroll: true });
    } else if (id === 'button:start') {
      pressStartEarly();
    }
  });
  function pressStartEarly() {
    if (pressedEarly.includes('button:start')) return;
    pressedEarly.push('button:start');
    if (!startPressedBeforeReload) performance.mark('phasecheck:intro-start');
    for (const start of intro.querySelectorAll('.intro-start')) {
      start.setAttribute('aria-busy', 'true');
      start.insertAdjacentHTML('beforeend', '<span class="spinner" aria-hidden="true"></span>');
    }
  }
  // Pressed before the page reloaded to draw on its own thread (renderOnPageFromNowOn): pressed again
  // (the focus was on the intro then: the app takes it at ready, embedded too).
  if (startPressedBeforeReload) pressStartEarly();
  ready.then(() => {
    // One press a frame: the app takes one activation per frame, so a language switch and the start
    // pressed early are both done, in the order the visitor pressed them.
    (function replay(ids) {
      if (!ids.length) return;
      Module.ccall('phasecheck_activate', null, ['string'], [ids[0]]);
      requestAnimationFrame(() => requestAnimationFrame(() => replay(ids.slice(1))));
    })(pressedEarly.splice(0));
    registerServiceWorker();
  });

  // Free to ask: a context that cannot be made is reported by the renderer itself ('failed' →
  // fatal('WebGL') → noWebGL()), so no throwaway context is made here just to find out.
  // The glue still runs: it gets a Module that starts nothing and fetches nothing.
  const NOTHING_TO_RUN = { noInitialRun: true, instantiateWasm: () => ({}) };
  if (!('WebGL2RenderingContext' in window)) {
    noWebGL();
    window.Module = NOTHING_TO_RUN;
    return;
  }
  if (inline && !('DecompressionStream' in window)) {  // Safari before 16.4 (2023): it cannot unpack()
    showFatal(pageText('page.unsupported.title'), pageText('page.unsupported.file'));
    window.Module = NOTHING_TO_RUN;
    return;
  }

  // The renderer's worker (started in the head) gets the canvas's control now. Its WebGL context and
  // program are made once the intro is painted (on the page, all of it then): the GPU process does one
  // thing at a time, and the context made first held the first paint back by some 90 ms.
  if (startedWorker) window.phasecheckBoot.startRenderer();
  requestAnimationFrame(() => setTimeout(() => window.phasecheckBoot.makeContext()));

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  // The page's icon, once the check is ready (or shows why it cannot start): until then it is empty (the
  // browser would decode its SVG on this thread while the app starts). A host page's iframe has no tab.
  function showIcon() {
    const icon = document.querySelector('link[rel="icon"][data-src]');  // emptied by index.html's head script
    if (embedded || !icon) return;
    icon.setAttribute('href', icon.dataset.src);
    delete icon.dataset.src;
  }

  // The single file's files are packed: gzip-compressed, then base64 (scripts/assemble_site.py, packed()).
  function unpack(text) {
    const stream = new Blob([fromBase64(text)]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Response(stream).arrayBuffer().then((buffer) => new Uint8Array(buffer));
  }

  // {assets: {name: bytes}, wasm, deferred}: all of the single file's files, unpacked before the app
  // starts (fetched, below, waits for them), so that the deferred half's synchronous load has its bytes.
  // The intro's fonts come first, each given to the intro as soon as it is unpacked (below).
  let unpackedFiles = null;
  const unpackedAsset = {};  // name → Promise of its bytes
  const unpacked = inline && (() => {
    const names = Object.keys(inline.assets).sort((a, b) => b.startsWith('font-') - a.startsWith('font-'));
    for (const name of names) unpackedAsset[name] = unpack(inline.assets[name]);
    const parts = [Promise.all(names.map((name) => unpackedAsset[name])), unpack(inline.wasm),
      inline.deferred ? unpack(inline.deferred) : null];
    inline.assets = {};  // the page keeps the bytes, not their base64 as well
    inline.wasm = inline.deferred = null;
    return Promise.all(parts).then(([bytes, wasm, deferred]) => {
      unpackedFiles = { assets: Object.fromEntries(names.map((name, i) => [name, bytes[i]])), wasm, deferred };
      return unpackedFiles;
    });
  })();

  const assets = {};
  // The fonts: the page's preload of them (for app.css) has just put this load's copy in the HTTP
  // cache, checked with the server there, so they are read from it and not asked for again (a server
  // that says no-cache would be asked twice). The content is fetched once, as the server says.
  const FROM_THIS_LOAD = { cache: 'force-cache' };
  function fetchAsset(name, file) {
    return fetch(file, name.startsWith('font-') ? FROM_THIS_LOAD : undefined).then((response) => {
      if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then((buffer) => { assets[name] = new Uint8Array(buffer); });
  }
  const fetched = inline
    ? unpacked.then((files) => { Object.assign(assets, files.assets); })
    : Promise.all(Object.entries(assetFiles).map(([name, file]) => fetchAsset(name, file)));
  fetched.then(() => performance.mark('phasecheck:assets'), () => {});

  function compileWasm(file) {
    const request = () => fetch(file).then((response) => {
      if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
      return response;
    });
    const fromBytes = () => request().then((response) => response.arrayBuffer()).then((bytes) => WebAssembly.compile(bytes));
    // compileStreaming wants application/wasm; a server that says otherwise still gets the bytes compiled.
    // Safari before 15 has no compileStreaming at all.
    if (typeof WebAssembly.compileStreaming !== 'function') return fromBytes();
    return WebAssembly.compileStreaming(request()).catch(fromBytes);
  }

  // The app's wasm compiles from now on, not from when the glue (an async script after this one) runs:
  // the page's preload has its bytes by then, and the glue waited behind the intro's first layout and
  // paint (issue #13).
  const APP_WASM = meetingPage ? 'phasecheck-meeting.wasm' : 'phasecheck.wasm';
  const appModule = inline
    ? unpacked.then((files) => { const bytes = files.wasm; files.wasm = null; return WebAssembly.compile(bytes); })
    : compileWasm(APP_WASM);
  appModule.catch(() => { /* reported when the glue asks for it (instantiateWasm) */ });

  // The single file has no font files for app.css's @font-face: its intro is drawn in the bytes it carries.
  if (inline && 'FontFace' in window) {
    for (const [name, weight] of [['font-regular', '400'], ['font-semibold', '600']]) {
      unpackedAsset[name].then((bytes) => {
        const face = new FontFace('Phasecheck Inter', bytes, { weight });
        document.fonts.add(face);
        return face.load();
      }).catch(() => { /* the intro falls back to the system font; a file that cannot be unpacked is reported where the app waits for it */ });
    }
  }

  // ---- Offline and updates (service worker; not for the single file or inside file://)

  // One banner for both reasons to reload: a new version waiting, and a display the browser did not give back.
  function showBanner(messageKey, onReload) {
    const banner = document.getElementById('update');
    if (!banner) return;
    banner.querySelector('span').textContent = pageText(messageKey);
    banner.dataset.reason = messageKey;
    const button = banner.querySelector('button');
    button.textContent = pageText('page.update.reload');
    button.onclick = onReload;
    banner.hidden = false;
  }

  function showUpdateBanner(worker) {
    showBanner('page.update.available', () => {
      // The answers so far survive the reload; the new version picks them up (resumeAfterUpdate).
      try { sessionStorage.setItem(RESUME_KEY, JSON.stringify(window.phasecheck.answers())); } catch (e) { /* storage off */ }
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage('phasecheck:activate');
    });
  }

  function resumeAfterUpdate() {
    let saved = null;
    try {
      saved = sessionStorage.getItem(RESUME_KEY);
      sessionStorage.removeItem(RESUME_KEY);
    } catch (e) { return; }
    if (!saved) return;
    try {
      const answers = JSON.parse(saved);
      if (answers && answers.answers && Object.keys(answers.answers).length) window.phasecheck.resume(answers);
    } catch (e) { /* not ours: ignore */ }
  }

  // The app restores a lost WebGL context itself; when the browser does not give it back within a
  // few seconds, offer a reload (the answers are autosaved, so nothing is lost).
  let contextTimer = null;
  function offerReloadIfNotBack() {
    contextTimer = setTimeout(() => showBanner('page.update.interrupted', () => location.reload()), 3000);
  }
  // Given back late, the display needs no reload any more: the banner goes if it offered one for that.
  function dropReloadOffer() {
    clearTimeout(contextTimer);
    const banner = document.getElementById('update');
    if (banner && banner.dataset.reason === 'page.update.interrupted') banner.hidden = true;
  }

  // Registered once the app is ready: the worker precaches the whole site, which must not compete with
  // the first load for the network.
  function registerServiceWorker() {
    if (inline || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
    navigator.serviceWorker.register('sw.js').then((registration) => {
      const offer = (worker) => { if (worker && navigator.serviceWorker.controller) showUpdateBanner(worker); };
      const watched = new WeakSet();  // the same worker may be seen both ways below
      const watch = (worker) => {
        if (!worker || watched.has(worker)) return;
        watched.add(worker);
        worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(worker); });
      };
      offer(registration.waiting);
      // The browser looks for a new sw.js on every navigation, so the update may have been found
      // before register() resolved: its updatefound is gone, and it is still installing.
      watch(registration.installing);
      registration.addEventListener('updatefound', () => watch(registration.installing));
    }).catch(() => { /* no offline support here (private mode, blocked): the app still works */ });
  }

  // Theme and pixel-ratio changes (browser zoom, moving to another screen) fire no resize on
  // every browser; they wake the sleeping app so it redraws with the new look and sharpness.
  // Before the app's first frame Emscripten's exports exist but throw (the module may still be
  // downloading), and the app reads the page's state when it starts anyway. From its first frame on it
  // listens, also while the canvas waits for the first screen's paint (watchFirstScreenPaint).
  const appRunning = () => appReady;
  const wake = () => appRunning() && Module._phasecheck_wake();
  darkQuery.addEventListener('change', wake);
  touchOnlyQuery.addEventListener('change', wake);  // a keyboard or mouse plugged into a tablet

  // An on-screen keyboard shrinks the visual viewport, not the canvas: the app is told what part of
  // the canvas is still visible, and scrolls the field being edited into it.
  if (window.visualViewport) {
    const tellVisibleBand = () => {
      if (!appRunning()) return;
      const view = window.visualViewport;
      const top = canvas.getBoundingClientRect().top;
      Module._phasecheck_visible_band(view.offsetTop - top, view.offsetTop + view.height - top);
    };
    window.visualViewport.addEventListener('resize', tellVisibleBand);
    window.visualViewport.addEventListener('scroll', tellVisibleBand);
  }
  (function watchPixelRatio() {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
      .addEventListener('change', () => { wake(); watchPixelRatio(); }, { once: true });
  })();

  // ---- The deferred half of the check's wasm (issue #13; cmake/web.cmake splits it)
  // phasecheck.wasm holds what the way to the first question runs; phasecheck.deferred.wasm the rest
  // (the result, the report, save and print, the figures). Its functions are placeholders in the
  // first half until it is instantiated. It is compiled off the main thread once the check is ready,
  // and instantiated at once: a visitor never waits for it. Where start-up itself may go straight to
  // deferred code (a shared link, saved answers, a reload after an update) the app waits for it
  // before it starts. Should a placeholder still be reached first (a file dropped in the first
  // moments), Emscripten calls loadSplitModule synchronously: it compiles the half then, blocking.
  // The printed report's stylesheet comes with it, the same two ways: the app asks for it only when it
  // makes a report, which is code of this half.
  const deferredWasm = (function () {
    if (meetingPage) return null;  // meeting mode's wasm is not split
    const FILE = 'phasecheck.deferred.wasm';
    const STYLESHEET = 'report.css';
    // placeholders: the table slots of the placeholders reached, in order (Emscripten's own trace of them,
    // kept here rather than printed); blockedMs: how long the synchronous load blocked the page.
    const state = { requested: false, instantiated: false, placeholderCalls: 0, placeholders: [], blockedMs: 0, failed: '' };
    let compiled = null;  // Promise of the WebAssembly.Module
    let module = null;

    function fetchStylesheet() {
      if (assets['report-css']) return Promise.resolve();  // the single file carries it
      return fetchAsset('report-css', STYLESHEET);
    }

    function compile() {
      if (!compiled) {
        state.requested = true;
        compiled = (inline ? unpacked.then((files) => module || WebAssembly.compile(files.deferred)) : compileWasm(FILE))
          .then((result) => { module = module || result; return module; });
      }
      return compiled;
    }

    // The deferred half writes its functions into the shared table over the placeholders.
    function instantiate() {
      if (state.instantiated) return;
      new WebAssembly.Instance(module, { primary: Module.asm });
      state.instantiated = true;
      if (unpackedFiles) unpackedFiles.deferred = null;  // compiled and instantiated: the bytes are not needed again
    }

    // The blocking way, for a placeholder reached before load() finished.
    function bytesNow(file) {
      const request = new XMLHttpRequest();
      request.open('GET', file, false);
      request.overrideMimeType('text/plain; charset=x-user-defined');
      request.send();
      if (request.status !== 200) throw new Error(file + ': HTTP ' + request.status);
      const text = request.responseText;
      const bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
      return bytes;
    }

    return {
      state,
      load: () => Promise.all([compile(), fetchStylesheet()]).then(instantiate).catch((error) => {
        state.failed = String(error);
        throw error;
      }),
      // Module.loadSplitModule(file, imports, placeholder): Emscripten's own compiles synchronously and
      // without the bytes of the single file.
      loadNow(placeholder) {
        state.placeholderCalls++;
        state.placeholders.push(Number(placeholder));
        if (state.instantiated) return;
        const started = performance.now();
        try {
          module = module || new WebAssembly.Module(inline ? unpackedFiles.deferred : bytesNow(FILE));
          try {
            assets['report-css'] = assets['report-css'] || bytesNow(STYLESHEET);
          } catch (error) {
            // A page being left may not request synchronously; it prints nothing, and load() brings it.
          }
          instantiate();
        } catch (error) {
          state.failed = String(error);
          throw error;
        }
        state.blockedMs += performance.now() - started;
      },
      // Emscripten announces each placeholder it reaches on printErr. The fallback above makes that no
      // error, so the lines are not printed: loadNow() has counted the call (split.test.mjs fails on it).
      isPlaceholderTrace: (text) => /^(placeholder function called: \d+|instantiated deferred module, continuing)$/.test(text),
      // Start-up opens on deferred code at once when it resumes answers: from a link, storage or an update.
      neededAtStart() {
        if (location.hash.length > 1) return true;
        try {
          return Object.keys(localStorage).some((key) => key.startsWith('phasecheck.state/'))
            || sessionStorage.getItem(RESUME_KEY) !== null;
        } catch (e) { return false; }
      },
    };
  })();
  if (deferredWasm) {
    ready.then(() => deferredWasm.load()).catch((error) =>
      showFatal(pageText('ui.error.title'), pageText('page.error.reload'), String(error)));
  }

  window.Module = {
    canvas,
    phasecheckAssets: assets,
    // The module compiling since boot.js started (appModule), instantiated with the glue's imports.
    instantiateWasm: (imports, receiveInstance) => {
      appModule.then((module) => WebAssembly.instantiate(module, imports).then((instance) => receiveInstance(instance, module)))
        .catch((error) => showFatal(pageText('ui.error.title'), pageText('page.error.reload'), String(error)));
      return {};  // the exports come with receiveInstance()
    },
    preRun: [() => {
      Module.addRunDependency('phasecheck-assets');
      fetched.then(() => Module.removeRunDependency('phasecheck-assets'))
        .catch((error) => showFatal(pageText('ui.error.title'), pageText('page.error.reload'), String(error)));
      if (deferredWasm && deferredWasm.neededAtStart()) {
        Module.addRunDependency('phasecheck-deferred');
        deferredWasm.load().then(() => Module.removeRunDependency('phasecheck-deferred'))
          .catch((error) => showFatal(pageText('ui.error.title'), pageText('page.error.reload'), String(error)));
      }
    }],
    loadSplitModule: (file, imports, placeholder) => deferredWasm.loadNow(placeholder),
    print: (text) => console.log(text),
    printErr: (text) => { if (!(deferredWasm && deferredWasm.isPlaceholderTrace(text))) console.warn(text); },
  };
})();
