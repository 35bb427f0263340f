// The budgets of issue #13 (and #3's idle CPU) and the table of the issue's figures: SurveyJS page,
// Phasencheck, budget, kept or not. `make bench` exits with 1 when a figure is over its budget.
import { kb, ms, percent, ratio, score, table } from './stats.mjs';

export const BUDGETS = {
  gzipToFirstQuestion: 205 * 1024,  // ≤ 0.5× the SurveyJS page
  readyRatio: 0.7,                  // time to ready ≤ 0.7× SurveyJS's (aim 0.6×), at DPR 1 and DPR 3
  lighthouse: 0.9,                  // Lighthouse mobile performance
  repeatVisit: 307,                 // ms, DPR 1: no regression from the "185–307 ms" before it
  idle: 0.02,                       // share of one core while the visitor reads a question
};

const known = (v) => typeof v === 'number' && Number.isFinite(v);

// `f`: { gzip: {app, survey}, brotli: {app, survey}, ready: {[profile]: {app, survey}},
//        lighthouse: {app, survey}, repeat: {[profile]: {app, survey (SurveyJS's first visit)}}, idle,
//        floor (optional): {[profile]: {app (the canvas floor's ready), survey}} — shown, not budgeted,
//        testsSetup (optional): {[profile]: {app, survey, floor}}: ready with the browser tests' flags — shown }
// → { text, over: [names of figures over budget] }. A figure that could not be measured is over.
export function budgetReport(f) {
  const rows = [];
  const over = [];
  const row = (figure, survey, app, budget, ok) => {
    rows.push([figure, survey, app, budget, ok === null ? '' : ok ? 'ok' : 'OVER']);
    if (ok === false) over.push(figure);
  };
  const check = (value, test) => (known(value) ? test(value) : false);

  row('gzip bytes to the first question', kb(f.gzip.survey), `${kb(f.gzip.app)} (${ratio(f.gzip.app / f.gzip.survey)})`,
    `≤ ${kb(BUDGETS.gzipToFirstQuestion)}`, check(f.gzip.app, (v) => v <= BUDGETS.gzipToFirstQuestion));
  row('brotli bytes to the first question', kb(f.brotli.survey), `${kb(f.brotli.app)} (${ratio(f.brotli.app / f.brotli.survey)})`, '', null);
  for (const [profile, { app, survey }] of Object.entries(f.ready)) {
    const share = app / survey;
    row(`time to ready, ${profile} (median)`, `1.00× (${ms(survey)})`, `${ratio(share)} (${ms(app)})`,
      `≤ ${ratio(BUDGETS.readyRatio)}, aim 0.60×`, check(share, (v) => v <= BUDGETS.readyRatio));
  }
  for (const [profile, { app, survey }] of Object.entries(f.floor || {})) {
    row(`  canvas floor: ready, ${profile} (median)`, `1.00× (${ms(survey)})`, `${ratio(app / survey)} (${ms(app)})`, 'no app: the least possible', null);
  }
  for (const [profile, { app, survey, floor }] of Object.entries(f.testsSetup || {})) {
    row(`  with the tests' flags: ready, ${profile}`, `1.00× (${ms(survey)})`, `${ratio(app / survey)} (${ms(app)})`,
      `floor ${ratio(floor / survey)}; page on SwiftShader`, null);
  }
  row('Lighthouse mobile performance (median)', score(f.lighthouse.survey), score(f.lighthouse.app),
    `≥ ${score(BUDGETS.lighthouse)}`, check(f.lighthouse.app, (v) => v >= BUDGETS.lighthouse));
  for (const [profile, { app, survey }] of Object.entries(f.repeat)) {
    const budgeted = profile === 'DPR 1';
    row(`repeat visit, ${profile} (median)`, '–', `${ms(app)} (${ratio(app / survey)} SurveyJS's first)`,
      budgeted ? `≤ ${ms(BUDGETS.repeatVisit)}` : '', budgeted ? check(app, (v) => v <= BUDGETS.repeatVisit) : null);
  }
  row('idle CPU on a question', '–', percent(f.idle), `≤ ${percent(BUDGETS.idle)}`, check(f.idle, (v) => v <= BUDGETS.idle));
  return { text: table(['figure', 'SurveyJS page', 'Phasencheck', 'budget', ''], rows), over };
}
