// The accessibility mirror: the app's semantic tree (docs/accessibility.md, the contract of issue #12)
// as transparent DOM elements laid over the canvas, so screen readers, find-in-page and translation
// see what the canvas draws. Mouse and touch pass through to the canvas; keys on a mirrored element
// go to the canvas too, so ImGui stays the one place where input is handled.
(function () {
  'use strict';

  const INTERACTIVE = new Set(['button', 'radio', 'textbox', 'link']);

  // What decides the element's tag: a node whose kind changes gets a new element.
  const kindOf = (node) => node.role + (node.level || '') + (node.ordered ? ' ordered' : '');

  // The element for a role: `box` is positioned at the node's rectangle, `control` takes focus and
  // clicks, `inner` holds the children of a container, `text` shows the label.
  function build(node) {
    const make = (tag, attrs = {}) => Object.assign(document.createElement(tag), attrs);
    const withRole = (el, role) => { el.setAttribute('role', role); return el; };
    let box;
    let control = null;
    let inner = null;
    let text = null;
    switch (node.role) {
      case 'button': box = control = text = make('button', { type: 'button' }); break;
      // An <a> without an address is no link to assistive technology: the role says what it is.
      case 'link': box = control = text = withRole(make('a'), 'link'); break;
      case 'textbox':
        // Not an <input>: typing goes to the app's real input over the field (boot.js), which
        // activation opens; this one only tells what the field is called and holds.
        box = control = withRole(make('div'), 'textbox');
        break;
      case 'radio': {
        box = make('label');
        control = make('input', { type: 'radio', name: node.parent });
        text = make('span');
        box.append(control, text);
        break;
      }
      case 'radiogroup':  // a fieldset is a group by itself; named by its legend
        box = inner = withRole(make('fieldset'), 'radiogroup');
        text = make('legend');
        box.append(text);
        break;
      case 'heading': box = text = make('h' + Math.min(3, Math.max(1, node.level || 2))); break;
      case 'text': box = text = make('p'); break;
      case 'list': box = inner = withRole(make(node.ordered ? 'ol' : 'ul'), 'list'); break;  // role: list-style none drops it in Safari
      case 'listitem':
        box = inner = make('li');
        text = make('span');
        box.append(text);
        break;
      // Explicit roles: cells positioned one by one are no longer a layout table to the browser.
      case 'table': box = inner = withRole(make('table'), 'table'); break;
      case 'row': box = inner = withRole(make('tr'), 'row'); break;
      case 'columnheader': box = text = withRole(make('th', { scope: 'col' }), 'columnheader'); break;
      case 'rowheader': box = text = withRole(make('th', { scope: 'row' }), 'rowheader'); break;
      case 'cell': box = text = withRole(make('td'), 'cell'); break;
      case 'progressbar':
        box = withRole(make('div'), 'progressbar');
        box.setAttribute('aria-valuemin', '0');
        break;
      case 'img': box = withRole(make('div'), 'img'); break;
      case 'status':
      case 'alert':
        // A notice: its text and its buttons. Not role=status/alert, which are live regions: the tree's
        // announcements already speak it once, through the mirror's own live regions.
        box = inner = withRole(make('div'), 'group');
        text = make('p');
        box.append(text);
        break;
      default:  // group, toolbar, and any container role to come
        box = inner = withRole(make('div'), node.role === 'toolbar' ? 'toolbar' : 'group');
    }
    if (control) control.tabIndex = -1;  // one Tab order: the canvas's (ImGui's)
    if (node.role === 'heading') box.tabIndex = -1;  // focus moves here after "next"
    box.dataset.id = node.id;
    return { box, control, inner, text, node: null, kind: kindOf(node) };
  }

  // Sets on the element only what differs from the node drawn before: an unchanged node touches
  // nothing. Positions are relative to the parent's box, so a scroll moves only the outermost boxes.
  function patch(entry, node, parentNode) {
    const was = entry.node || {};
    const { box, control, text } = entry;
    const left = node.x - (parentNode ? parentNode.x : 0);
    const top = node.y - (parentNode ? parentNode.y : 0);
    if (left !== entry.left) box.style.left = `${(entry.left = left)}px`;
    if (top !== entry.top) box.style.top = `${(entry.top = top)}px`;
    if (node.width !== was.width) box.style.width = `${node.width}px`;
    if (node.height !== was.height) box.style.height = `${node.height}px`;
    if (node.label !== was.label) {
      if (text) text.textContent = node.label;
      else if (node.label) box.setAttribute('aria-label', node.label);  // containers, charts, progress and fields name themselves
      else box.removeAttribute('aria-label');
    }
    if (node.role === 'radio' && node.checked !== was.checked) control.checked = !!node.checked;
    if (node.role === 'textbox') {
      if (node.multiline !== was.multiline) box.setAttribute('aria-multiline', String(!!node.multiline));
      if (node.value !== was.value) box.textContent = node.value || '';  // an edit field's content is its value
      if (node.error !== was.error) {
        if (node.error) box.setAttribute('aria-description', node.error);
        else box.removeAttribute('aria-description');
        box.setAttribute('aria-invalid', String(!!node.error));
      }
    }
    if (node.role === 'progressbar') {
      if (node.value_now !== was.value_now) box.setAttribute('aria-valuenow', node.value_now);
      if (node.value_max !== was.value_max) box.setAttribute('aria-valuemax', node.value_max);
      // Said instead of a percentage: "Frage 5 von 15" (the figures are a step of the bar too).
      if (node.label !== was.label) box.setAttribute('aria-valuetext', node.label);
    }
    entry.node = node;
  }

  window.phasecheckMirror = function createMirror({ canvas, activate, focus, scrollBy }) {
    const root = document.createElement('div');
    root.className = 'mirror';
    const polite = document.createElement('div');
    const assertive = document.createElement('div');
    polite.className = assertive.className = 'mirror-live';
    polite.setAttribute('aria-live', 'polite');
    assertive.setAttribute('aria-live', 'assertive');
    root.append(polite, assertive);
    canvas.after(root);

    const entries = new Map();  // node id → entry (build())
    let lastJson = '';
    let focusedId = null;
    let focusSerial = -1;
    let spokenSerial = -1;
    let syncing = false;
    // ImGui keeps a focused widget without showing it after a click or at start; its focus means
    // keyboard focus only once keys are used, as its ring does. Until then DOM focus stays put.
    let keyboardInUse = false;
    canvas.addEventListener('keydown', () => { keyboardInUse = true; }, true);  // forwarded keys too
    canvas.addEventListener('pointerdown', () => { keyboardInUse = false; }, true);
    // The first key shows ImGui's focus where it already was, so no new tree comes: follow it here.
    // (Also after the text input closes, which gives the focus back to the canvas.)
    canvas.addEventListener('keyup', () => {
      if (document.activeElement === canvas && focusedId) moveFocus(focusTarget(entries.get(focusedId)));
    });

    const insideApp = (el) => !!el && (el === canvas || root.contains(el));
    // Only a document that has the focus, and then only from within the app: never from a host page
    // or the browser's own controls.
    const appHasFocus = () => document.hasFocus() && insideApp(document.activeElement);

    // Focus moved by the mirror itself: the app is not told of a focus it gave. (The canvas's blur
    // towards the mirror is not the app losing focus: boot.js, focusStaysInApp.)
    function moveFocus(el) {
      if (!el || document.activeElement === el) return false;
      syncing = true;
      try { el.focus({ preventScroll: true }); } finally { syncing = false; }
      return document.activeElement === el;
    }

    const focusTarget = (entry) => entry && (entry.control || entry.box);

    // A step's announcement comes with its focus request: when focus went to the step's heading, which
    // a screen reader reads anyway, only the rest is said (`with_focus`: "Frage 5 von 15").
    function speak(announcements, focusMoved) {
      const fresh = (announcements || []).filter((a) => a.serial > spokenSerial)
        .map((a) => (focusMoved && a.with_focus ? { ...a, text: a.with_focus } : a));
      if (!fresh.length) return;
      spokenSerial = fresh[fresh.length - 1].serial;
      for (const [region, politeness] of [[polite, 'polite'], [assertive, 'assertive']]) {
        const lines = fresh.filter((a) => (a.politeness === 'assertive') === (politeness === 'assertive'));
        // New nodes, not changed text: each is spoken as one addition, the old ones leave silently.
        if (lines.length) region.replaceChildren(...lines.map((a) => Object.assign(document.createElement('p'), { textContent: a.text })));
      }
    }

    // Puts each container's children in the tree's order, moving only the elements out of place
    // (past a legend, a notice's text, the live regions and elements about to go or move elsewhere).
    function order(children) {
      for (const [container, wanted] of children) {
        const here = new Set(wanted);
        const wantedFrom = (el) => { while (el && !here.has(el)) el = el.nextElementSibling; return el; };
        let at = wantedFrom(container.firstElementChild);
        for (const el of wanted) {
          if (el === at) at = wantedFrom(at.nextElementSibling);
          else container.insertBefore(el, at);
        }
      }
    }

    function update(json) {
      if (json === lastJson) return;
      lastJson = json;
      const tree = JSON.parse(json);
      const hadFocus = appHasFocus();
      if (root.lang !== tree.lang) root.lang = tree.lang;

      const byId = new Map(tree.nodes.map((n) => [n.id, n]));
      const children = new Map([[root, []]]);
      const seen = new Set();
      let focusedNow = null;
      for (const node of tree.nodes) {
        let entry = entries.get(node.id);
        if (!entry || entry.kind !== kindOf(node)) {
          if (entry) entry.box.remove();
          entry = build(node);
          entries.set(node.id, entry);
        }
        const parent = entries.get(node.parent);
        patch(entry, node, parent ? byId.get(node.parent) : null);
        const container = (parent && parent.inner) || root;
        if (!children.has(container)) children.set(container, []);
        children.get(container).push(entry.box);
        seen.add(node.id);
        if (node.focused) focusedNow = node.id;
      }
      const active = document.activeElement;
      order(children);
      // Moving an element takes the focus from it: give it back (the moves are few and rare).
      if (hadFocus && active !== document.activeElement && active.isConnected) moveFocus(active);

      let focusMoved = false;
      if (hadFocus) {
        const request = tree.focus_request;
        // After a step taken with keys, or from the mirror (a screen reader): not after a click or tap
        // on the canvas, whose focus stays where the pointer left it.
        if (request && request.serial !== focusSerial) {
          if (keyboardInUse || root.contains(document.activeElement)) focusMoved = moveFocus(focusTarget(entries.get(request.id)));
        }
        // ImGui's focus is the truth: DOM focus follows it when it moves, or when it sits on the canvas.
        else if (keyboardInUse && focusedNow && (focusedNow !== focusedId || document.activeElement === canvas)) moveFocus(focusTarget(entries.get(focusedNow)));
      }
      if (tree.focus_request) focusSerial = tree.focus_request.serial;
      focusedId = focusedNow;

      const gone = [...entries.keys()].filter((id) => !seen.has(id));
      for (const id of gone) {
        const { box, node } = entries.get(id);
        entries.delete(id);
        if (hadFocus && box.contains(document.activeElement)) moveFocus(canvas);  // not to <body>: keys stay the app's
        if (!gone.includes(node.parent)) box.remove();  // a removed container takes its children along
      }
      speak(tree.announcements, focusMoved);
    }

    // A "click" from assistive technology (or element.click()): the app acts, the browser does not
    // (a radio's checked state is the tree's; a label's click would reach its radio a second time).
    // The mirrored node (widget) an event happened on, or null.
    function entryOf(target) {
      const el = target.closest && target.closest('[data-id]');
      return (el && entries.get(el.dataset.id)) || null;
    }
    function interactiveEntry(target) {
      const entry = entryOf(target);
      return entry && INTERACTIVE.has(entry.node.role) ? entry : null;
    }

    // The widget after (before) a node in the tree's order, which is the Tab order.
    function neighbour(id, backwards) {
      const ids = [...entries.keys()];
      const at = ids.indexOf(id);
      const step = backwards ? -1 : 1;
      for (let i = at + step; at >= 0 && i >= 0 && i < ids.length; i += step) {
        const entry = entries.get(ids[i]);
        if (INTERACTIVE.has(entry.node.role)) return entry;
      }
      return null;
    }

    root.addEventListener('click', (event) => {
      const entry = interactiveEntry(event.target);
      if (!entry) return;
      event.preventDefault();
      activate(entry.node.id);
    });

    // Keys are the canvas's: a copy goes there, and what ImGui handled is not the browser's to handle.
    function forwardKey(event) {
      if (event.type === 'keydown' && handledHere(event)) {
        event.preventDefault();
        return;
      }
      const copy = new KeyboardEvent(event.type, {
        key: event.key, code: event.code, location: event.location, repeat: event.repeat,
        ctrlKey: event.ctrlKey, shiftKey: event.shiftKey, altKey: event.altKey, metaKey: event.metaKey,
        bubbles: true, cancelable: true,
      });
      canvas.dispatchEvent(copy);
      if (copy.defaultPrevented) event.preventDefault();
      // Tab that ImGui let go leaves the app. From the canvas, not from here: seen from a mirrored
      // element, the canvas before it would be the previous stop.
      else if (event.type === 'keydown' && event.key === 'Tab') moveFocus(canvas);
    }
    // Two keys the app cannot take from a mirrored element. Tab on the heading that got focus after a
    // step: ImGui has no focus of its own then, and would start over at the top, above the heading;
    // focus goes to the widget after the heading instead. Typing on a mirrored field: it opens the
    // real text input (the key itself is not typed), where the canvas would take Backspace as "back".
    function handledHere(event) {
      const entry = entryOf(event.target);
      if (!entry || event.ctrlKey || event.metaKey || event.altKey) return false;
      if (event.key === 'Tab' && !INTERACTIVE.has(entry.node.role)) {
        const next = neighbour(entry.node.id, event.shiftKey);
        if (!next) return false;
        focus(next.node.id);
        moveFocus(focusTarget(next));
        return true;
      }
      if (entry.node.role === 'textbox' && (event.key.length === 1 || event.key === 'Backspace' || event.key === 'Delete')) {
        activate(entry.node.id);
        return true;
      }
      return false;
    }
    root.addEventListener('keydown', forwardKey);
    root.addEventListener('keyup', forwardKey);

    // The browser scrolls the root to show a mirrored element out of view (find in page, a screen
    // reader's reading position, focus): the app's page scrolls by as much instead, and the next tree
    // puts the elements where the canvas now draws them. The root itself stays at the top.
    root.addEventListener('scroll', () => {
      const by = root.scrollTop;
      if (root.scrollLeft) root.scrollLeft = 0;
      if (!by) return;
      root.scrollTop = 0;
      scrollBy(by);
    });

    // Focus given by the user or a screen reader moves ImGui's focus there too.
    root.addEventListener('focusin', (event) => {
      if (syncing) return;
      const entry = interactiveEntry(event.target);
      if (entry) focus(entry.node.id);
    });
    // Leaving the app from a mirrored element is the app losing focus, as the canvas's blur would be.
    root.addEventListener('focusout', (event) => {
      if (!insideApp(event.relatedTarget)) canvas.dispatchEvent(new FocusEvent('blur', { relatedTarget: event.relatedTarget }));
    });

    return { root, update, contains: insideApp };
  };
})();
