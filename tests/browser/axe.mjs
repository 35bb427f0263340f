// axe-core (npm, pinned in package.json) run inside the app's page. The app's Content-Security-Policy
// allows no inline script, so axe cannot arrive as a <script> tag. It is evaluated through the
// DevTools protocol instead (Playwright's page.evaluate → Runtime.evaluate), which the page's CSP
// does not govern — the same way the axe browser extension runs. The other way, the context option
// `bypassCSP`, would switch the policy off for the app too: the app would then be checked in a page
// that is not the one visitors get, and a CSP violation could no longer fail a test (visitApp checks).
import { createRequire } from 'node:module';

const axe = createRequire(import.meta.url)('axe-core');

// Every violation axe finds in the page as it is now: [{rule, impact, help, url, elements: [{target, html, summary}]}].
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(axe.source);
  const { violations } = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return violations.map((v) => ({
    rule: v.id, impact: v.impact, help: v.help, url: v.helpUrl,
    elements: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
  }));
}

// One paragraph per violation: rule id, help text, and each element it was found on.
export function describeViolations(violations) {
  return violations.map((v) => `${v.rule} (${v.impact}): ${v.help} — ${v.url}\n` +
    v.elements.map((e) => `    ${e.target}: ${e.html}\n      ${(e.summary || '').replace(/\n/g, '\n      ')}`).join('\n')).join('\n');
}
