// The start-up figures computed from what a page recorded (startup.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { appPhases, longTaskSummary, networkDone, readyAt } from './startup.mjs';

const resource = (path, responseEnd) => ({ name: `http://127.0.0.1:1${path}`, path, responseEnd });
const timing = {
  readyAt: 620.4,
  marks: {
    'phasecheck:boot': 40, 'phasecheck:main': 330, 'phasecheck:context': 345, 'phasecheck:content': 400,
    'phasecheck:input': 450, 'phasecheck:atlas': 520, 'phasecheck:first-frame': 600, 'phasecheck:ready': 620,
  },
  resources: [
    resource('/phasecheck.js', 120), resource('/phasecheck.wasm', 300), resource('/questionnaire.json', 310),
    resource('/brand.json', 150), resource('/fonts/Inter-Regular.ttf', 700),
  ],
};

test('each phase runs from the end of the one before to its mark; compile starts when the wasm is downloaded', () => {
  assert.deepEqual(appPhases(timing), {
    network: 310, compile: 30, context: 15, content: 55, input: 50, atlas: 70, 'first frame': 80, drawn: 20, ready: 620,
  });
});

test('a mark the build does not emit leaves its phase and the next one unmeasured, not zero', () => {
  const marks = { ...timing.marks };
  delete marks['phasecheck:input'];
  const phases = appPhases({ ...timing, marks });
  assert.equal(phases.input, null);
  assert.equal(phases.atlas, null);
  assert.equal(phases['first frame'], 80);
});

test('without the wasm in Resource Timing there is no network or compile phase', () => {
  const phases = appPhases({ ...timing, resources: timing.resources.filter((r) => !r.path.endsWith('.wasm')) });
  assert.equal(phases.network, null);
  assert.equal(phases.compile, null);
  assert.equal(phases.context, 15);
});

test('ready is the phasecheck:ready mark, or the moment the page said so where there is none', () => {
  assert.equal(readyAt(timing), 620);
  assert.equal(readyAt({ ...timing, marks: {} }), 620.4);
});

test('a page without marks: network ends with the last file downloaded before ready', () => {
  assert.equal(networkDone(timing, 620), 310);
});

test('long tasks up to ready: count, total, longest, and the time each blocked beyond 50 ms', () => {
  const tasks = [{ start: 10, duration: 120 }, { start: 300, duration: 51 }, { start: 500, duration: 60 }, { start: 700, duration: 400 }];
  assert.deepEqual(longTaskSummary(tasks, 620), { count: 3, total: 231, max: 120, blocking: 81 });
  assert.deepEqual(longTaskSummary([], 620), { count: 0, total: 0, max: 0, blocking: 0 });
});
