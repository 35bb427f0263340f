// make bench's verdict (budgets.mjs): a figure over its budget, or not measured at all, fails it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BUDGETS, budgetReport } from './budgets.mjs';

const within = {
  gzip: { app: 200 * 1024, survey: 407 * 1024 },
  brotli: { app: 170 * 1024, survey: 320 * 1024 },
  ready: { 'DPR 1': { app: 600, survey: 1000 }, 'DPR 3': { app: 550, survey: 1000 } },
  lighthouse: { app: 0.93, survey: 0.52 },
  repeat: { 'DPR 1': { app: 250, survey: 1000 }, 'DPR 3': { app: 400, survey: 1000 } },
  idle: 0.001,
};

test('figures within every budget pass', () => {
  assert.deepEqual(budgetReport(within).over, []);
});

test('each budget of issue #13 fails on its own', () => {
  const cases = [
    [{ gzip: { app: BUDGETS.gzipToFirstQuestion + 1, survey: 407 * 1024 } }, 'gzip bytes to the first question'],
    [{ ready: { ...within.ready, 'DPR 3': { app: 701, survey: 1000 } } }, 'time to ready, DPR 3 (median)'],
    [{ lighthouse: { app: 0.89, survey: 0.52 } }, 'Lighthouse mobile performance (median)'],
    [{ repeat: { ...within.repeat, 'DPR 1': { app: 308, survey: 1000 } } }, 'repeat visit, DPR 1 (median)'],
    [{ idle: 0.021 }, 'idle CPU on a question'],
  ];
  for (const [change, figure] of cases) assert.deepEqual(budgetReport({ ...within, ...change }).over, [figure]);
});

test('the canvas floor is shown under time to ready and has no budget of its own', () => {
  const floor = { 'DPR 1': { app: 950, survey: 1000 }, 'DPR 3': { app: 940, survey: 1000 } };
  const { text, over } = budgetReport({ ...within, floor });
  assert.deepEqual(over, []);
  assert.match(text, /canvas floor: ready, DPR 1 \(median\) +1\.00× \(1000 ms\) +0\.95× \(950 ms\)/);
});

test('the runs with the browser tests\' flags are shown and have no budget', () => {
  const testsSetup = { 'DPR 1': { app: 1250, survey: 1000, floor: 850 }, 'DPR 3': { app: 1100, survey: 1000, floor: 700 } };
  const { text, over } = budgetReport({ ...within, testsSetup });
  assert.deepEqual(over, []);
  assert.match(text, /with the tests' flags: ready, DPR 1 +1\.00× \(1000 ms\) +1\.25× \(1250 ms\) +floor 0\.85×/);
});

test('a figure that could not be measured does not pass', () => {
  assert.deepEqual(budgetReport({ ...within, lighthouse: { app: null, survey: 0.5 } }).over, ['Lighthouse mobile performance (median)']);
});
