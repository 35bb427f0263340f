// One visitor (a fresh browser context, as a first-time visitor has) of one page on one screen
// profile, instrumented before any page script runs, and the figures of each of its visits.
import { appPhases, longTaskSummary, networkDone, readyAt } from './startup.mjs';
import { installGlFigures, readGlFigures } from './gl-figures.mjs';
import { installTiming, readTiming, waitForReady } from './page-timing.mjs';

// `kind`: 'phasecheck' or 'surveyjs' (page-timing.mjs says what "ready" is for each). `glProbe`:
// count the GPU textures too. Not in a timed visit: the probe reaches the renderer's worker through
// a route, and Playwright then holds every request of the visit for a moment. `traceCategories`:
// record a Chromium trace of each visit, from navigation to ready, in these categories (tracing slows
// the page: not in a timed visit either).
export async function openVisitor(browser, profile, kind, { glProbe = false, traceCategories = null } = {}) {
  const context = await browser.newContext(profile.options);
  await installTiming(context, kind);
  if (glProbe) await installGlFigures(context);
  const page = await context.newPage();
  const visitor = { browser, context, page, kind, glProbe, traceCategories, requests: [], errors: [] };
  page.on('requestfinished', (request) => visitor.requests.push(new URL(request.url()).pathname));
  page.on('pageerror', (error) => visitor.errors.push(String(error)));
  return visitor;
}

// Navigates to `url`, waits until the page is ready and returns the figures of the visit:
// { ready, contentAt, network, phases (Phasencheck only), fcp, lcp, lcpElement, longTasks, gl (with glProbe),
//   traceEvents (with traceCategories) }
// (contentAt: SurveyJS's first question in the DOM, before the frames that ready waits for; null for the
// others; page-timing.mjs). Network and long tasks are counted up to ready, for every page.
export async function visit(visitor, url) {
  visitor.requests.length = 0;
  if (visitor.traceCategories) await visitor.browser.startTracing(visitor.page, { categories: visitor.traceCategories });
  await visitor.page.goto(url, { waitUntil: 'commit' });
  await waitForReady(visitor.page);
  const trace = visitor.traceCategories ? JSON.parse(String(await visitor.browser.stopTracing())) : null;
  const timing = await readTiming(visitor.page);
  const ready = readyAt(timing);
  const phases = visitor.kind === 'phasecheck' ? appPhases(timing) : null;
  return {
    ready,
    contentAt: timing.contentAt,
    network: phases ? phases.network : networkDone(timing, ready),
    phases,
    fcp: timing.paint['first-contentful-paint'] ?? null,
    lcp: timing.lcp ? timing.lcp.at : null,
    lcpElement: timing.lcp ? timing.lcp.element || timing.lcp.url : null,
    longTasks: longTaskSummary(timing.longTasks, ready),
    gl: visitor.glProbe ? await readGlFigures(visitor.page) : null,
    traceEvents: trace && (Array.isArray(trace) ? trace : trace.traceEvents),
  };
}
