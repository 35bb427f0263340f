// Embeds the Phasencheck in any page:
//   <div data-phasecheck data-lang="de" data-theme="auto"></div>
//   <script src="https://YOUR-HOST/embed.js" async></script>
// The check loads in an iframe when it scrolls into view, grows and shrinks with its content, and
// reports each result as a "phasecheck:result" event on the div. When the visitor moves to the next
// step and its top has scrolled out of view, the host page scrolls back to it, and to a notice out of view. Options: data-lang (de|en),
// data-theme (light|dark|auto), data-cta (a https: or mailto: link for the call to action).
(function () {
  'use strict';
  var script = document.currentScript;
  var base = new URL('.', script ? script.src : location.href);
  // The app's name in both languages, from the content (filled in by scripts/assemble_site.py).
  var titles = __TITLES__;

  function mount(host) {
    if (host.getAttribute('data-phasecheck-mounted')) return;
    host.setAttribute('data-phasecheck-mounted', '1');
    var params = new URLSearchParams({ embed: '1' });
    ['lang', 'theme', 'cta'].forEach(function (key) {
      var value = host.getAttribute('data-' + key);
      if (value && !(key === 'theme' && value === 'auto')) params.set(key, value);
    });
    var frame = document.createElement('iframe');
    frame.src = new URL('index.html?' + params.toString(), base).href;
    frame.title = titles[host.getAttribute('data-lang') === 'en' ? 'en' : 'de'];
    frame.setAttribute('scrolling', 'no');
    frame.style.cssText = 'display:block;width:100%;max-width:760px;height:480px;border:0;overflow:hidden';
    host.appendChild(frame);
    window.addEventListener('message', function (event) {
      // Only our iframe, from our origin, and only the messages we know.
      if (event.source !== frame.contentWindow || event.origin !== base.origin) return;
      var data = event.data;
      if (!data || typeof data !== 'object') return;
      if (data.type === 'phasecheck:height' && typeof data.height === 'number' && data.height > 0 && data.height < 20000) {
        frame.style.height = Math.ceil(data.height) + 'px';
      } else if (data.type === 'phasecheck:result' && data.result && typeof data.result === 'object') {
        host.dispatchEvent(new CustomEvent('phasecheck:result', { detail: data.result, bubbles: true }));
      } else if (data.type === 'phasecheck:step') {
        keepStepInView(frame);
      } else if (data.type === 'phasecheck:reveal' && Number.isFinite(data.top) && Number.isFinite(data.bottom) &&
                 data.top >= 0 && data.top < data.bottom && data.bottom < 20000) {
        keepBandInView(frame, data.top, data.bottom);
      }
    });
  }

  // Each step starts at the iframe's top. A visitor who can see that top keeps their place; one who
  // scrolled down to "next" is taken back up to the new question (at once if they prefer less motion).
  function keepStepInView(frame) {
    var top = frame.getBoundingClientRect().top;
    if (top >= 0 && top < window.innerHeight) return;
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollTo({ top: Math.max(0, window.scrollY + top - 8), behavior: still ? 'auto' : 'smooth' });
  }

  // A notice in the check (its band, px from the iframe's top) that the visitor cannot see: the page
  // scrolls just enough to show it, and not at all when it is in view.
  function keepBandInView(frame, top, bottom) {
    var frameTop = frame.getBoundingClientRect().top;
    var above = frameTop + top - 8;
    var below = frameTop + bottom + 8 - window.innerHeight;
    var by = above < 0 ? above : below > 0 ? Math.min(below, above) : 0;
    if (!by) return;
    var still = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    window.scrollBy({ top: by, behavior: still ? 'auto' : 'smooth' });
  }

  function start() {
    var hosts = document.querySelectorAll('[data-phasecheck]');
    if (!('IntersectionObserver' in window)) { hosts.forEach(mount); return; }
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        if (!entry.isIntersecting) return;
        observer.unobserve(entry.target);
        mount(entry.target);
      });
    }, { rootMargin: '200px' });
    hosts.forEach(function (host) { observer.observe(host); });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
