// Boots the Phasencheck app: checks that the browser can run it, fetches the content and fonts
// while the WebAssembly module downloads, and provides window.phasecheck (docs/javascript-api.md).
// Nothing here talks to any server but the page's own origin.
(function () {
  'use strict';

  const params = new URLSearchParams(location.search);
  const canvas = document.getElementById('canvas');
  const embedded = params.get('embed') === '1';
  // The single-file edition (phasecheck-offline.html) carries everything inline, base64-encoded.
  const inline = window.phasecheckInline || null;
  const RESUME_KEY = 'phasecheck.resume';
  if (embedded) document.documentElement.classList.add('embedded');
  const assetFiles = {
    questionnaire: 'questionnaire.json',
    brand: 'brand.json',
    'font-regular': 'fonts/Inter-Regular.otf',
    'font-semibold': 'fonts/Inter-SemiBold.otf',
  };

  let resolveReady;
  const ready = new Promise((resolve) => { resolveReady = resolve; });
  const darkQuery = window.matchMedia('(prefers-color-scheme: dark)');

  function showFatal(title, lead, details) {
    const box = document.getElementById('fatal');
    box.querySelector('h1').textContent = title;
    box.querySelector('p').textContent = lead;
    box.querySelector('pre').textContent = details || '';
    box.hidden = false;
    canvas.hidden = true;
    document.getElementById('loading').hidden = true;
  }

  function preferredLanguage() {
    const asked = params.get('lang');
    if (asked === 'de' || asked === 'en') return asked;
    for (const code of navigator.languages || [navigator.language || 'de']) {
      if (/^de\b/i.test(code)) return 'de';
      if (/^en\b/i.test(code)) return 'en';
    }
    return 'de';
  }

  function german() {
    return document.documentElement.lang !== 'en';
  }

  // Inside a host page's iframe, the height and results go to the host (embed.js checks them).
  function tellHost(message) {
    if (embedded && window.parent !== window) window.parent.postMessage(message, '*');
  }

  // What C++ asks of the page (src/platform/web/browser_bridge.cpp).
  window.phasecheckBoot = {
    embedded,
    ctaOverride: params.get('cta') || '',
    contentHeight(height) {
      tellHost({ type: 'phasecheck:height', height: Math.ceil(height) });
    },
    language() {
      const code = preferredLanguage();
      const manifest = document.querySelector('link[rel="manifest"]');
      if (manifest && code === 'en') manifest.href = 'manifest.en.webmanifest';
      return code;
    },
    prefersDark() {
      const theme = params.get('theme');
      if (theme === 'dark' || theme === 'light') return theme === 'dark';
      return darkQuery.matches;
    },
    openUrl(url) {
      if (url.startsWith('mailto:')) location.href = url;
      else window.open(url, '_blank', 'noopener');
    },
    resultShown(json) {
      const result = JSON.parse(json);
      window.dispatchEvent(new CustomEvent('phasecheck:result', { detail: result }));
      tellHost({ type: 'phasecheck:result', result });
    },
    ready() {
      resumeAfterUpdate();
      document.documentElement.dataset.ready = '1';
      resolveReady();
    },
    fatal(title, details) {
      if (title === 'WebGL') { noWebGL(); return; }
      showFatal(german() ? 'Der Check konnte nicht geladen werden' : 'The check could not be loaded',
        german() ? 'Eine Inhaltsdatei ist fehlerhaft:' : 'A content file is invalid:', details);
    },
  };

  function noWebGL() {
    showFatal(german() ? 'Ihr Browser kann den Check nicht anzeigen' : 'Your browser cannot show the check',
      german() ? 'Der Phasencheck braucht WebGL 2. Bitte nutzen Sie einen aktuellen Browser (Chrome, Edge, Firefox oder Safari) oder aktivieren Sie die Hardwarebeschleunigung.'
               : 'The check needs WebGL 2. Please use a current browser (Chrome, Edge, Firefox or Safari) or enable hardware acceleration.');
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
  };

  if (!document.createElement('canvas').getContext('webgl2')) {
    noWebGL();
    window.Module = { noInitialRun: true };
    return;
  }

  function fromBase64(text) {
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  const assets = {};
  const fetched = inline
    ? Promise.resolve(Object.entries(inline.assets).forEach(([name, text]) => { assets[name] = fromBase64(text); }))
    : Promise.all(Object.entries(assetFiles).map(([name, file]) =>
      fetch(file).then((response) => {
        if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
        return response.arrayBuffer();
      }).then((buffer) => { assets[name] = new Uint8Array(buffer); })));

  // ---- Offline and updates (service worker; not for the single file or inside file://)

  function showUpdateBanner(worker) {
    const banner = document.getElementById('update');
    if (!banner) return;
    const de = german();
    banner.querySelector('span').textContent = de ? 'Neue Version verfügbar' : 'New version available';
    const button = banner.querySelector('button');
    button.textContent = de ? 'neu laden' : 'reload';
    button.onclick = () => {
      // The answers so far survive the reload; the new version picks them up (resumeAfterUpdate).
      try { sessionStorage.setItem(RESUME_KEY, JSON.stringify(window.phasecheck.answers())); } catch (e) { /* storage off */ }
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      worker.postMessage('phasecheck:activate');
    };
    banner.hidden = false;
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

  if (!inline && 'serviceWorker' in navigator && location.protocol !== 'file:') {
    navigator.serviceWorker.register('sw.js').then((registration) => {
      const offer = (worker) => { if (worker && navigator.serviceWorker.controller) showUpdateBanner(worker); };
      offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => { if (worker.state === 'installed') offer(worker); });
      });
    }).catch(() => { /* no offline support here (private mode, blocked): the app still works */ });
  }

  // Theme and pixel-ratio changes (browser zoom, moving to another screen) fire no resize on
  // every browser; they wake the sleeping app so it redraws with the new look and sharpness.
  const wake = () => Module._phasecheck_wake && Module._phasecheck_wake();
  darkQuery.addEventListener('change', wake);
  (function watchPixelRatio() {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`)
      .addEventListener('change', () => { wake(); watchPixelRatio(); }, { once: true });
  })();

  window.Module = {
    canvas,
    phasecheckAssets: assets,
    wasmBinary: inline ? fromBase64(inline.wasm) : undefined,
    preRun: [() => {
      Module.addRunDependency('phasecheck-assets');
      fetched.then(() => Module.removeRunDependency('phasecheck-assets'))
        .catch((error) => showFatal(german() ? 'Der Check konnte nicht geladen werden' : 'The check could not be loaded',
          german() ? 'Bitte laden Sie die Seite neu.' : 'Please reload the page.', String(error)));
    }],
    print: (text) => console.log(text),
    printErr: (text) => console.warn(text),
  };
})();
