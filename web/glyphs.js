// What the app needs only when a text holds letters beyond Latin-1 (Łódź, Ελλάδα, Москва) or
// characters no font of the app has (emoji, Arabic, CJK); boot.js loads it on the app's request
// (loadGlyphs), so the first download stays small. The single file carries it inline (without the
// extra fonts, which would take it past its size budget).
(function () {
  'use strict';

  const FACE = 'Phasecheck Inter';
  const EXTRA = { 'font-regular-extra': 'fonts/Inter-Regular-extra.ttf', 'font-semibold-extra': 'fonts/Inter-SemiBold-extra.ttf' };
  // The ranges scripts/subset-font.sh cuts each set to.
  const BASE_RANGE = 'U+0020-00FF, U+2013-2026, U+20AC, U+2190-2192, U+2212, U+2713';
  const EXTRA_RANGE = 'U+0100-024F, U+0300-03FF, U+0400-052F, U+1E00-1EFF, U+20B4, U+20BA, U+20BD';

  function fetchBytes(file) {
    return fetch(file).then((response) => {
      if (!response.ok) throw new Error(file + ': HTTP ' + response.status);
      return response.arrayBuffer();
    }).then((buffer) => new Uint8Array(buffer));
  }

  // The app's Inter for the text images too, so a name with an emoji keeps the look of the rest;
  // what Inter lacks comes from the system's fonts. (A FontFace made from bytes fetches nothing.)
  function addFaces(assets, regular, semibold, unicodeRange) {
    if (!window.FontFace || !document.fonts) return Promise.resolve();
    return Promise.all([[regular, '400'], [semibold, '600']].map(([name, weight]) => {
      const face = new FontFace(FACE, assets[name], { weight, unicodeRange });
      document.fonts.add(face);
      return face.load().catch(() => { /* the system's fonts draw it instead */ });
    }));
  }

  // Puts the extra fonts' bytes into `assets` (where the app reads them) and readies the faces. The
  // single file (`inline`) has no extra fonts: its text images draw such letters in the system's fonts.
  function load(inline, assets) {
    const extra = inline ? [] : Object.entries(EXTRA).map(([name, file]) => fetchBytes(file).then((bytes) => { assets[name] = bytes; }));
    return Promise.all(extra).then(() => Promise.all([
      addFaces(assets, 'font-regular', 'font-semibold', BASE_RANGE),
      inline ? null : addFaces(assets, 'font-regular-extra', 'font-semibold-extra', EXTRA_RANGE)]));
  }

  // Lines of `text` no wider than `wrap` (0: no limit), broken after spaces as ImGui breaks them, and
  // inside a word only when the word alone is too wide. Stops once `maxLines` are found.
  function wrapLines(context, text, wrap, maxLines) {
    const lines = [];
    for (const paragraph of text.split(/\r?\n/)) {
      let line = '';
      let afterSpace = -1;  // where the line may break
      for (const character of paragraph) {
        if (wrap > 0 && line && !/\s/.test(character) && context.measureText(line + character).width > wrap) {
          const at = afterSpace > 0 ? afterSpace : line.length;
          lines.push(line.slice(0, at));
          line = line.slice(at);
          afterSpace = -1;
          if (lines.length >= maxLines) return lines;
        }
        line += character;
        if (/\s/.test(character)) afterSpace = line.length;
      }
      lines.push(line);
      if (lines.length >= maxLines) return lines;
    }
    return lines;
  }

  let canvas = null;
  // The text in RGBA pixels at `style.ratio` device pixels per CSS px, wrapped at `style.wrapWidth`,
  // only the lines within `style.maxHeight` (0: all). Null when it would still be too large.
  function textImage(text, style) {
    const ratio = style.ratio || 1;
    canvas = canvas || document.createElement('canvas');
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const weight = style.semibold ? 600 : 400;
    // ImGui sizes a font by its height from ascent to descent; CSS by its em, which for Inter is smaller.
    context.font = `${weight} 100px "${FACE}"`;
    const probe = context.measureText('Hg');
    const extent = (probe.fontBoundingBoxAscent + probe.fontBoundingBoxDescent) / 100 || 1;
    const font = `${weight} ${(style.size * ratio) / extent}px "${FACE}", system-ui, -apple-system, "Segoe UI", "Noto Sans", sans-serif`;
    context.font = font;
    const maxLines = style.maxHeight > 0 ? Math.max(1, Math.ceil(style.maxHeight / style.lineHeight)) : Infinity;
    const lines = wrapLines(context, text, style.wrapWidth * ratio, maxLines);
    const lineHeight = style.lineHeight * ratio;
    const width = Math.max(1, Math.ceil(Math.max(...lines.map((l) => context.measureText(l).width)) + 2 * ratio));
    const height = Math.max(1, Math.ceil(lineHeight * lines.length));
    if (width > 8192 || height > 8192) return null;
    canvas.width = width;
    canvas.height = height;
    context.font = font;  // resizing the canvas resets its context
    const [r, g, b, a] = style.rgba;
    context.fillStyle = `rgba(${r}, ${g}, ${b}, ${a})`;
    lines.forEach((line, i) => context.fillText(line, 0, style.ascent * ratio + i * lineHeight));
    return { width, height, data: context.getImageData(0, 0, width, height).data };
  }

  window.phasecheckGlyphs = { load, textImage };
})();
