// V8's background optimising during Phasencheck's start-up, read from a trace of one more first visit
// per screen (not timed: tracing slows the page). V8 runs new wasm code as baseline code and optimises
// a function with TurboFan, on its worker threads, once the function has run long enough. Before ready
// that work shares the machine's cores with the page's own start-up: on 2 cores it took 148-208 ms
// there (wall time) while run-once code sat in large functions (docs/benchmark.md, "3 Dec 2026, night").

// The trace categories optimisingBeforeReady() reads (visit.mjs records them with traceCategories).
export const OPTIMISING_TRACE_CATEGORIES = ['v8.wasm', 'blink.user_timing'];
const OPTIMISING = 'wasm.TopTierCompilation';
const READY_MARK = 'phasecheck:ready';

// {cpuMs, wallMs, jobs}: V8's optimising jobs up to the page's phasecheck:ready mark (a job that runs
// past it counts up to it, its CPU time in proportion), summed over V8's worker threads. A job is a
// batch: it optimises one function after another. Wall time holds the waits for a core as well; CPU
// time (the trace's tdur) is what the jobs took from the page. Throws without the mark, and when the
// jobs are not complete events (ph X), which would otherwise read as none.
export function optimisingBeforeReady(traceEvents) {
  const ready = traceEvents.find((e) => e.name === READY_MARK && String(e.cat).includes('blink.user_timing'));
  if (!ready) throw new Error(`the trace has no ${READY_MARK} mark`);
  const jobs = traceEvents.filter((e) => e.name === OPTIMISING);
  if (jobs.some((e) => e.ph !== 'X')) throw new Error(`${OPTIMISING} events that are not complete events (ph X)`);
  let wall = 0;
  let cpu = 0;
  let count = 0;
  for (const job of jobs) {
    if (job.ts >= ready.ts) continue;
    const dur = job.dur ?? 0;
    const counted = Math.min(job.ts + dur, ready.ts) - job.ts;
    wall += counted;
    cpu += dur > 0 ? (job.tdur ?? dur) * (counted / dur) : 0;
    count += 1;
  }
  return { cpuMs: cpu / 1000, wallMs: wall / 1000, jobs: count };
}
