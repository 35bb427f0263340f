// make bench: Phasencheck's start-up side by side with the same assessment built with SurveyJS, in
// Debian's Chromium with software WebGL, at DPR 1 and DPR 3: the timeline in phases, first paints,
// long tasks, GPU textures, V8's background optimising, a repeat visit served by the service worker,
// what a visitor downloads until the first question, Lighthouse's mobile profile, idle CPU and memory.
// Each page is visited BENCH_RUNS times (default 5, alternately, each visit in a fresh browser
// context); figures are medians. Exits with 1 when a figure is over its budget
// (tests/bench/budgets.mjs, issue #13). The helpers live in tests/bench/, one job per file.
import http from 'node:http';
import path from 'node:path';
import { OPTIMISING_TRACE_CATEGORIES, optimisingBeforeReady } from '../bench/background-optimising.mjs';
import { budgetReport } from '../bench/budgets.mjs';
import { downloadSizes } from '../bench/compressed-size.mjs';
import { IDLE_SECONDS, idleAndMemory } from '../bench/idle.mjs';
import { lighthouseVersion, runLighthouse } from '../bench/lighthouse.mjs';
import { PROFILES } from '../bench/profiles.mjs';
import { appStartupTables, downloadTable, gpuFiguresLine, lighthouseScore, lighthouseTable, surveyStartupTable } from '../bench/report.mjs';
import { waitForServiceWorkerControl } from '../bench/service-worker.mjs';
import { kb, median, mb, ms, percent, ratio, score } from '../bench/stats.mjs';
import { buildFloorSite } from '../bench/floor-site.mjs';
import { buildSurveySite, surveyVersion } from '../bench/survey-site.mjs';
import { openVisitor, visit } from '../bench/visit.mjs';
import { BENCH_CHROMIUM_ARGS, CHROMIUM_ARGS, DIST, ROOT, click, launch, serve, widget } from './lib.mjs';

const started = Date.now();
const RUNS = Number(process.env.BENCH_RUNS || 5);
const LIGHTHOUSE_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS || 3);
const TESTS_SETUP_RUNS = Number(process.env.BENCH_TESTS_SETUP_RUNS || 3);
const FIRST_QUESTION = 'option:sales_stage:contact';

// The Content-Encoding the server answers a browser's request for `file` with ('' = none).
function servedEncoding(url) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: { 'Accept-Encoding': 'br, gzip' } }, (response) => {
      response.resume();
      resolve(response.headers['content-encoding'] || '');
    }).on('error', reject);
  });
}

const surveyDir = path.join(ROOT, 'build/bench/surveyjs');
const surveyCompression = buildSurveySite(surveyDir, path.join(ROOT, 'assets/questionnaire.json'));
const floorDir = path.join(ROOT, 'build/bench/floor');
buildFloorSite(floorDir, DIST);
const app = await serve(DIST);
const survey = await serve(surveyDir);
const floor = await serve(floorDir);
const appUrl = `${app.url}?lang=de`;
const surveyUrl = `${survey.url}?lang=de`;
const floorUrl = `${floor.url}?lang=de`;
const encodings = { app: await servedEncoding(`${app.url}phasecheck.wasm`), survey: await servedEncoding(`${survey.url}survey.core.min.js`) };
const browser = await launch(BENCH_CHROMIUM_ARGS);

console.log(`make bench: Phasencheck (${DIST}) and SurveyJS ${surveyVersion()} (same questions, German), ${browser.version()}`);
console.log(`  ${RUNS} visits per page and screen, in turn, each in a fresh browser context; Lighthouse ${lighthouseVersion()} ×${LIGHTHOUSE_RUNS}`);
console.log('  and the canvas floor: dist/\'s page with boot.js and the app replaced by one empty frame from renderer.js (tests/bench/floor-site.mjs)');
console.log('  in Chromium\'s own GPU choice on this machine: the page composited and rastered on the CPU, WebGL on SwiftShader;');
if (TESTS_SETUP_RUNS > 0) console.log(`  then ${TESTS_SETUP_RUNS} runs with the browser tests' flags (the page composited on SwiftShader too), shown, not budgeted`);
const conditions = encodings.app
  ? `served by scripts/serve.py with Content-Encoding ${encodings.app} (SurveyJS page: ${encodings.survey || 'none'})`
  : 'served UNCOMPRESSED: scripts/serve.py sends no Content-Encoding yet, so times and Lighthouse are for raw transfers '
    + '(byte figures below are gzip/brotli sizes all the same)';
console.log(`  all pages ${conditions}; the SurveyJS page's X.gz / X.br made by ${surveyCompression}`);

const results = Object.fromEntries(PROFILES.map((p) => [p.name, { first: [], repeat: [], survey: [], floor: [] }]));
const pageErrors = [];
let appFetched = null;
let appDeferred = [];
// What comes with the deferred half of the wasm (issue #13): the half, and the printed report's stylesheet.
const isDeferredWasm = (url) => /\/(phasecheck\.deferred\.wasm|report\.css)$/.test(url);
let surveyFetched = null;
let idle = null;

// Phasencheck: a first visit, then — once the service worker controls the page — a repeat visit in
// the same context. The very first visitor also opens the first question (what it downloads until
// then) and reads it for a while (idle CPU, memory).
async function measureApp(profile, run) {
  const visitor = await openVisitor(browser, profile, 'phasecheck');
  try {
    const first = await visit(visitor, appUrl);
    if (run === 0 && profile === PROFILES[0]) {
      await click(visitor.page, 'button:start');
      await widget(visitor.page, FIRST_QUESTION);
      // The deferred half of the wasm is asked for once the check is ready, beside the first question,
      // which does not need it (issue #13): it is shown on its own below, not counted.
      const requests = [...new Set(visitor.requests)];
      appFetched = requests.filter((url) => !isDeferredWasm(url));
      appDeferred = requests.filter(isDeferredWasm);
      idle = await idleAndMemory(visitor.context, visitor.page);
    }
    await waitForServiceWorkerControl(visitor.page);
    const repeat = await visit(visitor, appUrl);
    results[profile.name].first.push(first);
    results[profile.name].repeat.push(repeat);
    return `Phasencheck ${ms(first.ready)} (repeat ${ms(repeat.ready)})`;
  } finally {
    pageErrors.push(...visitor.errors.map((e) => `Phasencheck ${profile.name}: ${e}`));
    await visitor.context.close();
  }
}

// One first visit of `url` in a fresh context of `inBrowser`: its figures, and the requests it made.
// `options`: openVisitor's (visit.mjs).
async function firstVisit(inBrowser, profile, kind, url, name, options) {
  const visitor = await openVisitor(inBrowser, profile, kind, options);
  try {
    const figures = await visit(visitor, url);
    return { figures, requests: [...new Set(visitor.requests)] };
  } finally {
    pageErrors.push(...visitor.errors.map((e) => `${name} ${profile.name}: ${e}`));
    await visitor.context.close();
  }
}

async function measureSurvey(profile, run) {
  const { figures, requests } = await firstVisit(browser, profile, 'surveyjs', surveyUrl, 'SurveyJS');
  if (run === 0 && profile === PROFILES[0]) surveyFetched = requests;
  results[profile.name].survey.push(figures);
  return `SurveyJS ${ms(figures.ready)}`;
}

// The canvas floor (floor-site.mjs): how soon any page of this design can be ready on this machine.
async function measureFloor(profile) {
  const { figures } = await firstVisit(browser, profile, 'floor', floorUrl, 'canvas floor');
  results[profile.name].floor.push(figures);
  return `canvas floor ${ms(figures.ready)}`;
}

// [key in the results, kind for visit.mjs, address, name in the printout]
const PAGES = [['app', 'phasecheck', appUrl, 'Phasencheck'], ['survey', 'surveyjs', surveyUrl, 'SurveyJS'], ['floor', 'floor', floorUrl, 'canvas floor']];
// One unmeasured visit of each page first: the browser's own start-up costs land there.
async function warmUp(inBrowser, setup = '') {
  for (const [, kind, url, name] of PAGES) await firstVisit(inBrowser, PROFILES[0], kind, url, name + setup);
}
await warmUp(browser);
// In turn: run `run` starts with the next of `list`, so that no page always follows the same one.
const inTurn = (list, run) => [...list.slice(run % list.length), ...list.slice(0, run % list.length)];

const MEASURES = [measureApp, measureSurvey, measureFloor];
for (let run = 0; run < RUNS; run++) {
  for (const profile of PROFILES) {
    const order = inTurn(MEASURES, run);
    const said = [];
    for (const measure of order) said.push(await measure(profile, run));
    console.log(`  run ${run + 1}/${RUNS} ${profile.name}: ready — ${said.join(', ')}`);
  }
}
// GPU textures at ready: one more visit per screen, with the GL probe, not timed (visit.mjs says why).
const gpuFigures = {};
for (const profile of PROFILES) {
  const { figures } = await firstVisit(browser, profile, 'phasecheck', appUrl, 'Phasencheck (GL probe)', { glProbe: true });
  gpuFigures[profile.name] = figures.gl;
}
// V8's optimising on its worker threads before ready: one more visit per screen, traced, not timed.
const optimising = {};
for (const profile of PROFILES) {
  const { figures } = await firstVisit(browser, profile, 'phasecheck', appUrl, 'Phasencheck (traced)',
    { traceCategories: OPTIMISING_TRACE_CATEGORIES });
  optimising[profile.name] = optimisingBeforeReady(figures.traceEvents);
}
await browser.close();

// The same first visits with the browser tests' flags, which put the page's compositing on SwiftShader
// too: what the figures were measured with before (issue #13's notes), so the two can be compared.
const testsSetup = Object.fromEntries(PROFILES.map((p) => [p.name, { app: [], survey: [], floor: [] }]));
if (TESTS_SETUP_RUNS > 0) {
  const testsBrowser = await launch(CHROMIUM_ARGS);
  await warmUp(testsBrowser, ' (tests\' flags)');
  for (let run = 0; run < TESTS_SETUP_RUNS; run++) {
    for (const profile of PROFILES) {
      const said = [];
      for (const [key, kind, url, name] of inTurn(PAGES, run)) {
        const { figures } = await firstVisit(testsBrowser, profile, kind, url, `${name} (tests' flags)`);
        testsSetup[profile.name][key].push(figures);
        said.push(`${name} ${ms(figures.ready)}`);
      }
      console.log(`  tests' flags, run ${run + 1}/${TESTS_SETUP_RUNS} ${profile.name}: ready — ${said.join(', ')}`);
    }
  }
  await testsBrowser.close();
}
// {[screen]: {[visits]: runs}} → {[screen]: {[visits]: median time to ready}}.
const readyMediansOf = (byScreen) => Object.fromEntries(Object.entries(byScreen).map(([screen, visits]) => [screen,
  Object.fromEntries(Object.entries(visits).map(([name, runs]) => [name, median(runs.map((r) => r.ready))]))]));
// With the tests' flags: {} without those runs.
const testsSetupReady = TESTS_SETUP_RUNS > 0 ? readyMediansOf(testsSetup) : {};

// Lighthouse last, with the benchmark's own browser closed; alternately too. Phasencheck in German
// and English by turns (its intro, the LCP element, is in the visitor's language; the SurveyJS page
// is German only).
const lighthouse = { app: [], survey: [] };
const lighthouseLanguage = (run) => (run % 2 ? 'en' : 'de');
for (let run = 0; run < LIGHTHOUSE_RUNS; run++) {
  lighthouse.app.push(await runLighthouse(`${app.url}?lang=${lighthouseLanguage(run)}`));
  lighthouse.survey.push(await runLighthouse(surveyUrl));
  console.log(`  Lighthouse run ${run + 1}/${LIGHTHOUSE_RUNS}: performance Phasencheck (${lighthouseLanguage(run)}) ${score(lighthouse.app.at(-1).score)}, SurveyJS ${score(lighthouse.survey.at(-1).score)}`);
}
app.close();
survey.close();
floor.close();

// Median time to ready per screen: Phasencheck's first and repeat visit, SurveyJS, the canvas floor.
const readyMedians = readyMediansOf(results);

for (const profile of PROFILES) {
  const { first, repeat, survey: surveyRuns, floor: floorRuns } = results[profile.name];
  console.log(`\n== ${profile.name}: ${profile.description} ==`);
  console.log('Phasencheck, first visit (ms from navigation; network = wasm, glue and content downloaded; '
    + 'each later phase runs to its phasecheck: mark; ready = the whole start-up):');
  console.log(appStartupTables(first));
  console.log(gpuFiguresLine(gpuFigures[profile.name]));
  const { cpuMs, wallMs, jobs } = optimising[profile.name];
  console.log(`  V8's background optimising before ready (an untimed, traced visit): ${ms(cpuMs)} of CPU, ${ms(wallMs)} of wall time,`
    + ` summed over its threads, in ${jobs} job(s)`);
  console.log('Phasencheck, repeat visit (the service worker controls the page):');
  console.log(appStartupTables(repeat));
  console.log('SurveyJS (in DOM = the first question\'s first choice is there and visible, so it can be answered; '
    + 'ready = two animation frames later, when the frame with it has been painted, as Phasencheck\'s ready is for its canvas):');
  console.log(surveyStartupTable(surveyRuns, { inDom: true }));
  const ratios = first.map((r, i) => ratio(r.ready / surveyRuns[i].ready));
  const ready = readyMedians[profile.name];
  console.log(`Time to ready: Phasencheck ${ms(ready.first)} / SurveyJS ${ms(ready.survey)} = ${ratio(ready.first / ready.survey)}`
    + ` (medians; per run ${ratios.join(', ')})`);
  console.log('Canvas floor (the same page with one empty frame from renderer.js and no app; ready as Phasencheck\'s):');
  console.log(surveyStartupTable(floorRuns));
  const floorRatios = floorRuns.map((r, i) => ratio(r.ready / surveyRuns[i].ready));
  console.log(`Canvas floor's time to ready: ${ms(ready.floor)} / SurveyJS ${ms(ready.survey)} = ${ratio(ready.floor / ready.survey)}`
    + ` (medians; per run ${floorRatios.join(', ')}); Phasencheck's median is ${ms(ready.first - ready.floor)} later`);
  const tests = testsSetupReady[profile.name];
  if (tests) {
    const drawn = median(testsSetup[profile.name].app.map((r) => r.phases.drawn));
    console.log(`With the browser tests' flags (${TESTS_SETUP_RUNS} runs): Phasencheck ${ms(tests.app)} / SurveyJS ${ms(tests.survey)}`
      + ` = ${ratio(tests.app / tests.survey)}, canvas floor ${ms(tests.floor)} = ${ratio(tests.floor / tests.survey)};`
      + ` the phase "drawn" ${ms(drawn)} (above: ${ms(median(first.map((r) => r.phases.drawn)))})`);
  }
}

const appDownload = downloadSizes(DIST, appFetched);
const surveyDownload = downloadSizes(surveyDir, surveyFetched);
console.log('\n== Download until the first question can be answered (precompressed X.gz / X.br where the site has them) ==');
console.log('Phasencheck:');
console.log(downloadTable(appDownload));
console.log('Phasencheck, loaded after ready and not needed for the first question (phasecheck.deferred.wasm, report.css):');
const deferredDownload = downloadSizes(DIST, appDeferred);
console.log(downloadTable(deferredDownload));
// The two halves of the check's wasm (issue #13) in one line: the split's own budget figures.
const firstHalf = appDownload.rows.find((row) => row.path.endsWith('/phasecheck.wasm'));
console.log(`Split wasm, gzip: first half ${kb(firstHalf?.gzip)}, deferred half ${kb(deferredDownload.total.gzip)},`
  + ` total to the first question ${kb(appDownload.total.gzip)} (deferred half not counted)`);
console.log('SurveyJS:');
console.log(downloadTable(surveyDownload));

console.log(`\n== Lighthouse ${lighthouseVersion()}, mobile profile (simulated slow 4G, 4× CPU), ${encodings.app ? `Content-Encoding ${encodings.app}` : 'served uncompressed'} ==`);
for (const warning of new Set([...lighthouse.app, ...lighthouse.survey].flatMap((r) => r.warnings))) console.log(`  warning: ${warning}`);
console.log(`Phasencheck (runs in ${lighthouse.app.map((_, run) => lighthouseLanguage(run)).join(', ')}):`);
console.log(lighthouseTable(lighthouse.app));
console.log('SurveyJS:');
console.log(lighthouseTable(lighthouse.survey));

console.log(`\n== Idle and memory (Phasencheck, DPR 1, first question on screen) ==`);
console.log(`  idle CPU over ${IDLE_SECONDS} s: ${percent(idle.idle)} of one core`);
console.log(`  wasm memory ${mb(idle.wasm)} (in use ${mb(idle.inUse)}), JS heap used ${mb(idle.jsUsed)}`);

const { text, over } = budgetReport({
  gzip: { app: appDownload.total.gzip, survey: surveyDownload.total.gzip },
  brotli: { app: appDownload.total.br, survey: surveyDownload.total.br },
  ready: Object.fromEntries(PROFILES.map((p) => [p.name, { app: readyMedians[p.name].first, survey: readyMedians[p.name].survey }])),
  floor: Object.fromEntries(PROFILES.map((p) => [p.name, { app: readyMedians[p.name].floor, survey: readyMedians[p.name].survey }])),
  testsSetup: testsSetupReady,
  lighthouse: { app: median(lighthouse.app.map(lighthouseScore)), survey: median(lighthouse.survey.map(lighthouseScore)) },
  repeat: Object.fromEntries(PROFILES.map((p) => [p.name, { app: readyMedians[p.name].repeat, survey: readyMedians[p.name].survey }])),
  idle: idle.idle,
});
console.log('\n== The figures of issue #13 ==');
console.log(text);
if (pageErrors.length) console.log(`Page errors during the runs:\n  ${[...new Set(pageErrors)].join('\n  ')}`);
console.log(`Measuring took ${Math.round((Date.now() - started) / 1000)} s (${RUNS} runs, ${TESTS_SETUP_RUNS} with the tests' flags, ${LIGHTHOUSE_RUNS} Lighthouse runs per page)`);
if (over.length) console.log(`OVER BUDGET: ${over.join(', ')}`);
if (over.length || pageErrors.length) process.exitCode = 1;
