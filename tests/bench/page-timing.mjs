// What a page did between navigation and "ready", read inside the page: the moment it became
// ready, User Timing marks, Resource Timing, paint and largest-contentful-paint entries (with the
// LCP element) and long tasks. installTiming() adds an init script, so the observers run before
// any page script and see everything from the navigation on.
//
// "Ready" is one moment for every page: two of the page's animation frames after its first screen's
// content is there. A frame's rAF callbacks run before it is painted, so by the second one the frame
// that holds the content has been painted and handed to the compositor (the display shows it a little
// later; boot.js applies the same rule to its renderer's first frame). What "content is there" means,
// watched with a MutationObserver:
//   phasecheck  the page heard that its renderer drew the first frame; boot.js counts the two frames
//               itself and then sets <html data-ready="1"> (with the phasecheck:ready mark), so ready
//               is that moment
//   floor       the same (floor/floor.js sets it as boot.js does)
//   surveyjs    the first question's first radio input exists and its choice is visible (the question
//               can be answered); ready is two animation frames later. That moment is kept as
//               `contentAt` (null for the other pages); until commit 7cefcc6 it was SurveyJS's ready
//               (docs/benchmark.md). Content put in inside an animation frame callback would be charged
//               one frame more; SurveyJS's is not.

import { within } from './deadline.mjs';

const KEY = 'phasecheck.bench.timing';

// Runs in the page (serialised by addInitScript): self-contained.
function observe([key, kind]) {
  const SYMBOL = Symbol.for(key);
  if (window[SYMBOL]) return;
  let resolveReady;
  let resolvePainted;
  const record = {
    kind, readyAt: null, contentAt: null, paint: {}, lcp: null, longTasks: [], observers: [],
    ready: new Promise((resolve) => { resolveReady = resolve; }),
    painted: new Promise((resolve) => { resolvePainted = resolve; }),
  };
  Object.defineProperty(window, SYMBOL, { value: record, enumerable: false });

  // The LCP element as a reader would name it: tag, id, classes and the start of its text.
  const describe = (element) => {
    if (!element) return null;
    const id = element.id ? `#${element.id}` : '';
    const classes = typeof element.className === 'string' && element.className.trim()
      ? '.' + element.className.trim().split(/\s+/).slice(0, 2).join('.') : '';
    const text = (element.textContent || '').trim().replace(/\s+/g, ' ');
    return `<${element.localName}${id}${classes}>` + (text ? ` "${text.length > 40 ? text.slice(0, 39) + '…' : text}"` : '');
  };
  const handlers = {
    paint: (e) => {
      record.paint[e.name] = e.startTime;
      if (e.name === 'first-contentful-paint') resolvePainted();
    },
    'largest-contentful-paint': (e) => {
      record.lcp = { at: e.startTime, size: e.size, element: describe(e.element), url: e.url || '' };
    },
    longtask: (e) => { record.longTasks.push({ start: e.startTime, duration: e.duration }); },
  };
  for (const [type, handle] of Object.entries(handlers)) {
    try {
      const observer = new PerformanceObserver((list) => list.getEntries().forEach(handle));
      observer.observe({ type, buffered: true });
      record.observers.push({ observer, handle });
    } catch (e) { /* entry type unsupported: its figures stay empty */ }
  }

  const isReady = kind === 'surveyjs'
    ? () => {
      const input = document.querySelector('input[type="radio"]');
      if (!input) return false;
      // SurveyJS hides the native radio and draws its own; the choice (its label) is what is seen.
      const choice = input.closest('label') || input;
      const box = choice.getBoundingClientRect();
      return choice.checkVisibility() && box.width > 0 && box.height > 0;
    }
    : () => document.documentElement && document.documentElement.dataset.ready === '1';
  let seen = false;
  const watcher = new MutationObserver(() => {
    if (seen || !isReady()) return;
    seen = true;
    watcher.disconnect();
    const now = performance.now();
    if (kind !== 'surveyjs') {  // Phasencheck's page (and the floor) counted the two frames itself
      record.readyAt = now;
      resolveReady();
      return;
    }
    record.contentAt = now;
    requestAnimationFrame(() => requestAnimationFrame(() => {
      record.readyAt = performance.now();
      resolveReady();
    }));
  });
  watcher.observe(document, kind === 'surveyjs'
    ? { childList: true, subtree: true, attributes: true }
    : { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
}

export async function installTiming(context, kind) {
  await context.addInitScript(observe, [KEY, kind]);
}

// Resolves when the page's promise `name` ('ready', 'painted') has.
function pageEvent(page, name, what, timeout) {
  return within(page.evaluate(([key, promise]) => window[Symbol.for(key)][promise], [KEY, name]), timeout, what);
}

// Resolves when the page is ready (see the head of this file).
export async function waitForReady(page, timeout = 60000) {
  await pageEvent(page, 'ready', 'the page\'s ready signal', timeout);
}

// Everything the page recorded, read once the first contentful paint has been reported (paint
// entries carry the time the frame was presented, and come only once it was) and two animation
// frames after that: by then the task that made the page ready has ended and its long-task entry
// is queued, and the LCP candidates painted so far are reported.
// → { readyAt, contentAt, marks: {name: ms}, resources: [{name, path, responseEnd, transferSize, encodedBodySize,
//     decodedBodySize}], navigation: {responseEnd, domContentLoaded, load}, paint: {'first-paint',
//     'first-contentful-paint'}, lcp: {at, size, element, url} | null, longTasks: [{start, duration}] }
export async function readTiming(page, timeout = 60000) {
  await pageEvent(page, 'painted', 'the first contentful paint', timeout);
  return page.evaluate(async (key) => {
    const record = window[Symbol.for(key)];
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const { observer, handle } of record.observers) observer.takeRecords().forEach(handle);
    const marks = {};
    for (const mark of performance.getEntriesByType('mark')) if (!(mark.name in marks)) marks[mark.name] = mark.startTime;
    const [nav] = performance.getEntriesByType('navigation');
    return {
      readyAt: record.readyAt,
      contentAt: record.contentAt,
      marks,
      resources: performance.getEntriesByType('resource').map((r) => ({
        name: r.name, path: new URL(r.name).pathname, responseEnd: r.responseEnd,
        transferSize: r.transferSize, encodedBodySize: r.encodedBodySize, decodedBodySize: r.decodedBodySize,
      })),
      navigation: nav ? { responseEnd: nav.responseEnd, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd } : null,
      paint: { ...record.paint },
      lcp: record.lcp,
      longTasks: record.longTasks.map((t) => ({ ...t })),
    };
  }, KEY);
}
