// Waits until the site's service worker controls the page — registered, installed (its precache
// filled), activated and claimed — so that the next navigation is a repeat visit served by it.
import { within } from './deadline.mjs';

export async function waitForServiceWorkerControl(page, timeout = 60000) {
  await within(page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return;
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  }), timeout, 'control of the page by the service worker');
}
