// Turns what a page recorded (page-timing.mjs) into the figures of one start-up: the timeline in
// phases, first paints, long tasks up to ready. Pure functions, so that they can be tested without
// a browser (startup.test.mjs).

// The files whose download ends the network phase of Phasencheck: the wasm, its JS glue and the
// content. Matched by file name, so that a hashed or moved file still counts.
const APP_DOWNLOADS = {
  wasm: /\/phasecheck\.wasm$/,
  glue: /\/phasecheck\.js$/,
  content: /\/(questionnaire|brand)\.json$/,
};

// Phases in order: [name, mark that ends it]. Each starts where the one before ended; "compile"
// starts when the wasm is downloaded (Resource Timing), "network" at navigation.
export const APP_PHASES = [
  ['compile', 'phasecheck:main'],
  ['context', 'phasecheck:context'],  // the renderer started (boot.js has usually started it already)
  ['content', 'phasecheck:content'],  // parse, validation, glyph sets: three tasks
  ['input', 'phasecheck:input'],      // ImGui and the input handlers
  ['atlas', 'phasecheck:atlas'],
  ['first frame', 'phasecheck:first-frame'],  // laid out and sent to the renderer
  ['drawn', 'phasecheck:ready'],      // the renderer drew it (in its worker), and the page painted
];

// Latest responseEnd of the resources whose path matches `pattern`; null when none was fetched.
function downloadedAt(resources, pattern) {
  const ends = resources.filter((r) => pattern.test(r.path)).map((r) => r.responseEnd);
  return ends.length ? Math.max(...ends) : null;
}

// { network, compile, context, content, input, atlas, 'first frame', drawn, ready } in ms, each the length of the
// phase ("ready" is navigation → ready, the whole start-up); a phase whose end or start is missing
// (a mark the build does not emit, a file served from elsewhere) is null.
export function appPhases(timing) {
  const wasm = downloadedAt(timing.resources, APP_DOWNLOADS.wasm);
  const ends = Object.values(APP_DOWNLOADS).map((p) => downloadedAt(timing.resources, p));
  const phases = { network: ends.every((e) => e !== null) ? Math.max(...ends) : null };
  let start = wasm;
  for (const [name, mark] of APP_PHASES) {
    const end = timing.marks[mark] ?? null;
    phases[name] = start !== null && end !== null ? end - start : null;
    start = end;
  }
  phases.ready = readyAt(timing);
  return phases;
}

// Navigation → ready: the phasecheck:ready mark where the page sets it, else the moment the page
// signalled ready (both are taken in the same statement of boot.js).
export function readyAt(timing) {
  return timing.marks['phasecheck:ready'] ?? timing.readyAt;
}

// Navigation → every page resource (scripts, styles, data) downloaded, for a page without marks.
export function networkDone(timing, until) {
  const ends = timing.resources.filter((r) => r.responseEnd <= until).map((r) => r.responseEnd);
  return ends.length ? Math.max(...ends) : null;
}

// Long tasks that started before `until` (ready): how many, their total and longest duration, and
// the Total-Blocking-Time-style sum of what each spent over 50 ms.
export function longTaskSummary(longTasks, until) {
  const tasks = longTasks.filter((t) => t.start < until);
  return {
    count: tasks.length,
    total: tasks.reduce((sum, t) => sum + t.duration, 0),
    max: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
    blocking: tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
  };
}
