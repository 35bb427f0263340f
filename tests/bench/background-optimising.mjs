// V8's background optimising during Phasencheck's start-up, read from a trace of one more first visit
// per screen (not timed: tracing slows the page). V8 runs new wasm code as baseline code and optimises
// a function with TurboFan, on its worker threads, once the function has run long enough. Before ready
// that work shares the machine's cores with the page's own start-up: on 2 cores it took 140-190 ms of
// thread time there while run-once code sat in large functions (docs/benchmark.md, "3 Dec 2026, night").
import { openVisitor, visit } from './visit.mjs';

const CATEGORIES = ['v8.wasm', 'blink.user_timing'];
const OPTIMISING = 'wasm.TopTierCompilation';
const READY_MARK = 'phasecheck:ready';

// {ms, jobs}: the thread time of V8's optimising jobs up to the page's phasecheck:ready mark (a job that
// runs past it counts up to it), and how many of them started before it. Throws without the mark.
export function optimisingBeforeReady(traceEvents) {
  const ready = traceEvents.find((e) => e.name === READY_MARK && String(e.cat).includes('blink.user_timing'));
  if (!ready) throw new Error(`the trace has no ${READY_MARK} mark`);
  let micros = 0;
  let jobs = 0;
  for (const event of traceEvents) {
    if (event.name !== OPTIMISING || event.ph !== 'X' || event.ts >= ready.ts) continue;
    micros += Math.min(event.ts + (event.dur ?? 0), ready.ts) - event.ts;
    jobs += 1;
  }
  return { ms: micros / 1000, jobs };
}

// One traced first visit of `url` in a fresh context of `browser` on screen `profile`.
export async function tracedFirstVisit(browser, profile, url) {
  const visitor = await openVisitor(browser, profile, 'phasecheck');
  try {
    await browser.startTracing(visitor.page, { categories: CATEGORIES });
    await visit(visitor, url);
    const trace = JSON.parse(String(await browser.stopTracing()));
    return optimisingBeforeReady(Array.isArray(trace) ? trace : trace.traceEvents);
  } finally {
    await visitor.context.close();
  }
}
