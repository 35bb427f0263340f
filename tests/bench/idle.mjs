// What the app costs while the visitor reads a question, and its memory: CPU time of the page over
// a few seconds of doing nothing (DevTools' Performance.getMetrics TaskDuration), then the wasm
// memory, the app's heap in use and the JS heap.
import { act } from '../browser/lib.mjs';

export const IDLE_SECONDS = 5;

// `page` shows a question and is settled. → { idle (share of one core), wasm, inUse, jsUsed (bytes) }
export async function idleAndMemory(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await act(page, () => page.mouse.move(5, 5));  // the window starts once the app is idle again
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  // Idle is measured over wall-clock time: nothing should happen, so there is no event to wait for.
  // The share is of the time that really passed (the browser's own clock), which a loaded machine stretches.
  await page.waitForTimeout(IDLE_SECONDS * 1000);
  const after = await metrics();
  return {
    idle: (after.TaskDuration - before.TaskDuration) / (after.Timestamp - before.Timestamp),
    wasm: await page.evaluate(() => Module.HEAPU8.length),
    inUse: await page.evaluate(() => window.phasecheck.heap().inUse),
    jsUsed: after.JSHeapUsedSize,
  };
}
