// V8's optimising jobs counted up to ready (background-optimising.mjs).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { optimisingBeforeReady } from './background-optimising.mjs';

const mark = (ts) => ({ name: 'phasecheck:ready', cat: 'blink.user_timing', ph: 'R', ts });
const job = (ts, dur, tdur = dur) => ({ name: 'wasm.TopTierCompilation', cat: 'v8.wasm', ph: 'X', ts, dur, tdur });

test('jobs before ready count whole, a job across ready up to it (its CPU time in proportion), a job after it not at all', () => {
  const events = [job(1000, 5000, 2000), mark(20000), job(18000, 4000, 1000), job(25000, 9000),
    { name: 'wasm.CompileLazy', cat: 'v8.wasm', ph: 'X', ts: 2000, dur: 7000, tdur: 7000 }];
  assert.deepEqual(optimisingBeforeReady(events), { cpuMs: 2.5, wallMs: 7, jobs: 2 });
});

test('without CPU times in the trace, the wall time stands for them', () => {
  const { tdur, ...withoutCpu } = job(0, 3000);
  assert.deepEqual(optimisingBeforeReady([withoutCpu, mark(10000)]), { cpuMs: 3, wallMs: 3, jobs: 1 });
});

test('no optimising before ready is 0 ms in 0 jobs', () => {
  assert.deepEqual(optimisingBeforeReady([mark(100), job(200, 50)]), { cpuMs: 0, wallMs: 0, jobs: 0 });
});

test('a trace without the ready mark is refused, not read as 0', () => {
  assert.throws(() => optimisingBeforeReady([job(1000, 5000)]), /no phasecheck:ready mark/);
});

test('jobs recorded as begin and end events are refused, not read as none', () => {
  assert.throws(() => optimisingBeforeReady([mark(9000), { ...job(1000, 0), ph: 'B' }]), /not complete events/);
});
