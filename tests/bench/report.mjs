// The tables `make bench` prints: one row per run and a median row, "–" where a run could not
// measure a figure.
import { APP_PHASES } from './startup.mjs';
import { count, kb, median, ms, score, table } from './stats.mjs';

const PHASES = ['network', ...APP_PHASES.map(([name]) => name), 'ready'];

// Rows of `runs` (each an object) through `columns` ([header, value(run), format]), then the median.
function withMedian(runs, columns) {
  const header = ['run', ...columns.map(([name]) => name)];
  const rows = runs.map((run, i) => [String(i + 1), ...columns.map(([, value, format]) => format(value(run)))]);
  rows.push(['median', ...columns.map(([, value, format]) => format(median(runs.map(value))))]);
  return table(header, rows);
}

// The most frequent LCP element of the runs, and in how many of them it was.
function lcpElements(runs) {
  const counts = new Map();
  for (const run of runs) counts.set(run.lcpElement || 'none', (counts.get(run.lcpElement || 'none') || 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1]).map(([element, n]) => `${element} (${n}/${runs.length})`).join('; ');
}

// GPU textures at ready, from one untimed visit with the GL probe (gl-figures.mjs).
export function gpuFiguresLine(gl) {
  return `  GPU textures at ready (an untimed visit with the GL probe): live ${kb(gl.liveBytes)}, peak ${kb(gl.peakBytes)}, ` +
    `${count(gl.uploads)} upload(s) of ${kb(gl.uploadBytes)}, ${count(gl.contexts)} WebGL context(s)`;
}

// Phasencheck's start-up: the timeline in phases (lengths in ms; "ready" is navigation → ready),
// first paints; then long tasks up to ready.
export function appStartupTables(runs) {
  const timeline = withMedian(runs, [
    ...PHASES.map((name) => [name, (r) => r.phases[name], ms]),
    ['FCP', (r) => r.fcp, ms],
    ['LCP', (r) => r.lcp, ms],
  ]);
  const work = withMedian(runs, [
    ['long tasks', (r) => r.longTasks.count, count],
    ['total', (r) => r.longTasks.total, ms],
    ['max', (r) => r.longTasks.max, ms],
    ['over 50 ms', (r) => r.longTasks.blocking, ms],
  ]);
  return `${timeline}\n  LCP element: ${lcpElements(runs)}\n${work}`;
}

// The SurveyJS page (and the canvas floor): network (all its files), the first question in the DOM
// (SurveyJS: `inDom`), ready (the frame with it painted: page-timing.mjs), paints, long tasks.
export function surveyStartupTable(runs, { inDom = false } = {}) {
  return withMedian(runs, [
    ['network', (r) => r.network, ms],
    ...(inDom ? [['in DOM', (r) => r.contentAt, ms]] : []),
    ['ready', (r) => r.ready, ms],
    ['FCP', (r) => r.fcp, ms],
    ['LCP', (r) => r.lcp, ms],
    ['long tasks', (r) => r.longTasks.count, count],
    ['total', (r) => r.longTasks.total, ms],
    ['max', (r) => r.longTasks.max, ms],
    ['over 50 ms', (r) => r.longTasks.blocking, ms],
  ]) + `\n  LCP element: ${lcpElements(runs)}`;
}

// Files fetched with their raw, gzip and brotli sizes, and the total.
export function downloadTable({ rows, total }) {
  return table(['file', 'raw', 'gzip', 'brotli'], [
    ...rows.map((row) => (row.missing ? [row.path, 'not in the site folder', '', ''] : [row.path, kb(row.raw), kb(row.gzip), kb(row.br)])),
    ['total', kb(total.raw), kb(total.gzip), kb(total.br)],
  ]);
}

// A run Lighthouse could not score (no LCP found, say) counts as 0 — the line under the table says why.
export const lighthouseScore = (run) => run.score ?? 0;

export function lighthouseTable(runs) {
  return withMedian(runs, [
    ['performance', lighthouseScore, score],
    ['FCP', (r) => r.fcp, ms],
    ['LCP', (r) => r.lcp, ms],
    ['TBT', (r) => r.tbt, ms],
    ['SI', (r) => r.si, ms],
  ]) + `\n  LCP element: ${lcpElements(runs.map((r) => ({ lcpElement: r.lcpElement })))}`
    + runs.map((r, i) => (r.problems.length || r.score === null
      ? `\n  run ${i + 1}: ${r.score === null ? 'no score, counted as 0; ' : ''}${r.problems.join(', ')}` : '')).join('');
}
