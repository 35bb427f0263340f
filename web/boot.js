// Boots the Phasencheck app: checks that the browser can run it, fetches the content and fonts
// while the WebAssembly module downloads, and provides window.phasecheck (docs/javascript-api.md).
// Nothing here talks to any server but the page's own origin.
(function () {
  'use strict';

  const params = new URLSearchParams(location.search);
  const canvas = document.getElementById('canvas');
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

  function german() {
    return document.documentElement.lang !== 'en';
  }

  // What C++ asks of the page (src/platform/web/browser_bridge.cpp).
  window.phasecheckBoot = {
    language() {
      const asked = params.get('lang');
      if (asked === 'de' || asked === 'en') return asked;
      for (const code of navigator.languages || [navigator.language || 'de']) {
        if (/^de\b/i.test(code)) return 'de';
        if (/^en\b/i.test(code)) return 'en';
      }
      return 'de';
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
      window.dispatchEvent(new CustomEvent('phasecheck:result', { detail: JSON.parse(json) }));
    },
    ready() {
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

  const assets = {};
  const fetched = Promise.all(Object.entries(assetFiles).map(([name, file]) =>
    fetch(file).then((response) => {
      if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then((buffer) => { assets[name] = new Uint8Array(buffer); })));

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
