// One Lighthouse run (the locked npm `lighthouse`, its default mobile profile: Moto G Power screen,
// simulated slow 4G and 4× CPU slowdown) in Debian's Chromium, headless, with the benchmark's flags
// (lib.mjs: Chromium's own GPU choice). Lighthouse starts its own Chromium through chrome-launcher;
// nothing is downloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { BENCH_CHROMIUM_ARGS } from '../browser/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export function lighthouseVersion() {
  return JSON.parse(fs.readFileSync(path.join(here, 'node_modules/lighthouse/package.json'), 'utf8')).version;
}

const METRICS = { fcp: 'first-contentful-paint', lcp: 'largest-contentful-paint', tbt: 'total-blocking-time', si: 'speed-index' };

// → { score (0..1; null when Lighthouse could not score the page), fcp, lcp, tbt, si (ms; null when
//     not measured), lcpElement (its selector and text, or null), problems (why a metric is missing,
//     e.g. "largest-contentful-paint: NO_LCP"), warnings }.
export async function runLighthouse(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'phasecheck-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...BENCH_CHROMIUM_ARGS],
    userDataDir: profile,
    logLevel: 'silent',
  });
  // Lighthouse's trace engine prints the whole stack of a metric it cannot compute ("LanternError:
  // NO_LCP") with console.error, whatever the log level: `problems` says it in one line instead.
  const logged = [];
  const consoleError = console.error;
  console.error = (...args) => logged.push(args.map(String).join(' ').split('\n')[0]);
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'silent', output: 'json' });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const element = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    const result = {
      score: lhr.categories.performance.score,
      lcpElement: element ? `${element.selector || element.nodeLabel}` + (element.nodeLabel && element.selector ? ` "${element.nodeLabel.slice(0, 40)}"` : '') : null,
      problems: Object.values(METRICS).filter((id) => lhr.audits[id]?.errorMessage).map((id) => `${id}: ${lhr.audits[id].errorMessage}`),
      warnings: lhr.runWarnings || [],
    };
    for (const [key, id] of Object.entries(METRICS)) result[key] = lhr.audits[id]?.numericValue ?? null;
    const said = result.problems.map((problem) => problem.split(': ').pop());
    result.problems.push(...new Set(logged.filter((line) => !said.some((code) => line.includes(code)))));
    return result;
  } finally {
    console.error = consoleError;
    chrome.kill();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
