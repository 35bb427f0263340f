// One Lighthouse run (the locked npm `lighthouse`, its default mobile profile: Moto G Power screen,
// simulated slow 4G and 4× CPU slowdown) in Debian's Chromium, headless, with the same flags as
// the browser tests. Lighthouse starts its own Chromium through chrome-launcher; nothing is
// downloaded.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS } from '../browser/lib.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';

export function lighthouseVersion() {
  return JSON.parse(fs.readFileSync(path.join(here, 'node_modules/lighthouse/package.json'), 'utf8')).version;
}

// → { score (0..1), fcp, lcp, tbt, si (ms), lcpElement (its selector and text, or null) }.
export async function runLighthouse(url) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'phasecheck-lighthouse-'));
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    userDataDir: profile,
    logLevel: 'silent',
  });
  try {
    const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', output: 'json' });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const value = (id) => lhr.audits[id]?.numericValue ?? null;
    const element = lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node;
    return {
      score: lhr.categories.performance.score,
      fcp: value('first-contentful-paint'),
      lcp: value('largest-contentful-paint'),
      tbt: value('total-blocking-time'),
      si: value('speed-index'),
      lcpElement: element ? `${element.selector || element.nodeLabel}` + (element.nodeLabel && element.selector ? ` "${element.nodeLabel.slice(0, 40)}"` : '') : null,
      warnings: lhr.runWarnings || [],
    };
  } finally {
    chrome.kill();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}
