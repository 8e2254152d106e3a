// Chat widgets on the page: which vendors' signatures match, which of their launchers are
// visible, whether a panel is open, and, for unknown widgets, the fixed elements sitting in the
// bottom corners (where chat launchers live) and the large fixed layers in the lower half
// (where chat panels open). Reports only; Python decides.
(args) => {
  const vendors = args.vendors || [];
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();
  const visible = (el) => {
    if (!el || !el.isConnected) return false;
    if (el.checkVisibility && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width >= 8 && r.height >= 8 && r.right > 0 && r.bottom > 0 && r.left < vw && r.top < vh;
  };
  const rectOf = (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left, y: r.top, w: r.width, h: r.height };
  };
  const q = (sel) => {
    try { return Array.from(document.querySelectorAll(sel)); } catch (e) { return []; }
  };
  // A script a page-speed plugin holds back until the visitor moves keeps its address in
  // another attribute (data-rocket-src, data-src…), and its type is no longer a script's.
  const address = (s) => s.src || Array.from(s.attributes).map((a) => a.value)
    .find((v) => /^(https?:)?\/\/[^\s]+$/.test(v)) || '';
  const scripts = Array.from(document.scripts).map(address).filter(Boolean);
  // Config objects and loaders written inline ("chatUrl: 'https://…salesforceliveagent.com'",
  // "s.src='//v2.zopim.com/?…'"): the vendor is configured even before (or without) a widget.
  // Read whole: a store's JSON state script can hold the chat config 70 kB in.
  const inline = Array.from(document.scripts).filter((s) => !s.src)
    .map((s) => s.textContent || '');

  const found = [];
  for (const v of vendors) {
    const evidence = [];
    for (const g of v.globals || []) {
      try { if (typeof window[g] !== 'undefined') evidence.push('window.' + g); } catch (e) { /* cross-origin getter */ }
    }
    for (const s of v.scripts || []) {
      if (scripts.some((src) => src.includes(s))) evidence.push('script ' + s);
      else if (inline.some((text) => text.includes(s))) evidence.push('inline script ' + s);
    }
    for (const sel of v.selectors || []) {
      if (q(sel).length) evidence.push('element ' + sel);
    }
    if (!evidence.length) continue;
    const launchers = [];
    (v.launcher || []).forEach((l, index) => {
      const host = q(l.frame || l.iframe || l.selector).find(visible);
      if (host) launchers.push({ index, rect: rectOf(host) });
    });
    const panelOpen = (v.panel || []).some((p) =>
      q(p.selector).some((el) => visible(el) && el.getBoundingClientRect().height >= (p.min_height || 0)));
    const panelText = (v.panel || []).map((p) => q(p.selector).filter(visible)
      .map((el) => clean(el.tagName === 'IFRAME' ? (el.title || '') : el.innerText)).join(' ')).join(' ').slice(0, 600);
    found.push({ id: v.id, evidence, launchers, panel_open: panelOpen, panel_text: panelText });
  }

  // Fixed layers under a grid of points; `zone` picks the bottom corners or the lower half.
  const fixedRoot = (el) => {
    let root = null;
    for (let p = el; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      const pos = getComputedStyle(p).position;
      if (pos === 'fixed' || pos === 'sticky') root = p;
    }
    return root;
  };
  const sample = (xs, ys) => {
    const roots = new Map();
    for (const x of xs) {
      for (const y of ys) {
        if (x < 0 || y < 0 || x >= vw || y >= vh) continue;
        for (const el of document.elementsFromPoint(x, y)) {
          const root = fixedRoot(el) || (el.tagName === 'IFRAME' && getComputedStyle(el).position === 'fixed' ? el : null);
          if (root && !roots.has(root)) roots.set(root, el);
          if (root) break;
        }
      }
    }
    return roots;
  };
  const cornerXs = [vw - 24, vw - 48, vw - 80, 24, 48, 80];
  const cornerYs = [vh - 24, vh - 48, vh - 80, vh - 120];
  const launchers = [];
  let nextId = 100000;
  for (const [root, hit] of sample(cornerXs, cornerYs)) {
    const target = hit.closest('a, button, [role=button], iframe') || (root.tagName === 'IFRAME' ? root : null) ||
      root.querySelector('button, [role=button], a') || root;
    if (!visible(target)) continue;
    if (!target.hasAttribute('data-sb-id')) target.setAttribute('data-sb-id', String(nextId++));
    launchers.push({
      id: Number(target.getAttribute('data-sb-id')),
      tag: target.tagName.toLowerCase(),
      label: clean(target.getAttribute('aria-label') || target.innerText || target.getAttribute('title') || ''),
      rect: rectOf(target),
    });
  }
  const panelXs = [vw - 40, vw - 150, vw - 260, vw / 2, 40];
  const panelYs = [vh - 140, vh - 260, vh - 380, vh / 2];
  const layers = [];
  for (const [root] of sample(panelXs, panelYs)) {
    const r = root.getBoundingClientRect();
    if (r.height < 200 || !visible(root)) continue;
    if (!root.hasAttribute('data-sb-layer')) root.setAttribute('data-sb-layer', String(layers.length + 1));
    layers.push({
      selector: '[data-sb-layer="' + root.getAttribute('data-sb-layer') + '"]',
      key: root.tagName.toLowerCase() + '#' + (root.id || '') + '.' + (typeof root.className === 'string' ? root.className : '').slice(0, 60),
      rect: rectOf(root),
      text: clean(root.tagName === 'IFRAME' ? (root.title || '') : root.innerText).slice(0, 600),
    });
  }
  return { vendors: found, corner_launchers: launchers, large_layers: layers };
}
