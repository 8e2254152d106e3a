// What a first-time visitor can see on the page right now: actionable elements with their
// label, region and position; headings with the text under them; form fields; blocking
// overlays. It stays dumb on purpose: it reports, the agent in Python decides.
// Every reported element gets a data-sb-id attribute so the driver can click it.
// Longer than 300 lines on purpose: Playwright evaluates one self-contained function in the
// page, so its helpers (visibility, regions, labels, sections, forms) cannot live elsewhere.
(args) => {
  // Big store pages carry 1,000–2,500 links (mega menus first): read them all, so the
  // footer's support links and tel:/mailto: links are never cut off by DOM order.
  const maxCandidates = args.maxCandidates || 5000;
  const maxSections = args.maxSections || 400;
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const sx = window.scrollX;
  const sy = window.scrollY;
  const clean = (s) => (s || '').replace(/\s+/g, ' ').trim();

  for (const e of document.querySelectorAll('[data-sb-id]')) e.removeAttribute('data-sb-id');
  let nextId = 1;
  const idOf = (el) => {
    if (!el.hasAttribute('data-sb-id')) el.setAttribute('data-sb-id', String(nextId++));
    return Number(el.getAttribute('data-sb-id'));
  };

  const styleCache = new Map();
  const styleOf = (el) => {
    let cs = styleCache.get(el);
    if (!cs) { cs = getComputedStyle(el); styleCache.set(el, cs); }
    return cs;
  };

  // Visible to a person: rendered, not transparent, inside the page horizontally, not
  // clipped away by a collapsed ancestor, not aria-hidden or inert.
  const REVEAL = '[data-aos], .wow, [data-sr-id], .animate__animated, [data-scroll-reveal]';
  const shownCache = new Map();
  // Where transparent blocks of the page's own flow lie below the first screen: pages fade
  // such blocks in (footers first) when they scroll into view; the driver scrolls there
  // once and looks again. Menus, tooltips and dialogs kept transparent are positioned out
  // of the flow (absolute, fixed), so they are never taken for these.
  const veiled = new Set();
  function noteVeil(el) {
    for (let p = el; p && p !== document.body && veiled.size < 8; p = p.parentElement) {
      const cs = styleOf(p);
      if (cs.opacity !== '0') continue;
      if ((cs.position !== 'static' && cs.position !== 'relative') || cs.pointerEvents === 'none') return;
      const r = p.getBoundingClientRect();
      if (r.height >= 2 && r.top + sy >= vh) veiled.add(Math.round(r.top + sy));
      return;
    }
  }
  // The page's footer (not an article's or a card's) left transparent in the page's flow
  // is one whose fade-in never ran (its script blocked or not yet loaded): no store means its
  // footer to stay invisible, and a person on a working page sees it. Nothing else
  // transparent is lifted this way.
  function fadedFooter(el) {
    let faded = false;
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      const cs = styleOf(p);
      if (cs.opacity !== '0') continue;
      const page = p.matches('footer, [role=contentinfo]') &&
        !(p.parentElement && p.parentElement.closest('article, aside, main, nav, section'));
      if (!page || (cs.position !== 'static' && cs.position !== 'relative') ||
          cs.pointerEvents === 'none') return false;
      faded = true;
    }
    return faded;
  }
  function isShown(el) {
    if (shownCache.has(el)) return shownCache.get(el);
    let ok = el.isConnected;
    if (ok && el.checkVisibility) {
      ok = el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
      if (!ok && el.checkVisibility({ visibilityProperty: true })) {
        // transparent only until scrolled to: scroll-reveal libraries (AOS, WOW.js,
        // ScrollReveal, animate.css) fade content in as a person scrolls down to it
        ok = !!el.closest(REVEAL) || fadedFooter(el);
        if (!ok) noteVeil(el);
      }
    }
    let r = null;
    if (ok) {
      r = el.getBoundingClientRect();
      ok = r.width >= 2 && r.height >= 2 && r.right > 0 && r.left < vw && r.bottom + sy > 0;
    }
    // aria-hidden hides from screen readers, not from eyes (consent banners set it on the
    // whole page behind them); inert content cannot be used at all.
    if (ok && el.closest('[inert]')) ok = false;
    for (let p = el.parentElement; ok && p && p !== document.body; p = p.parentElement) {
      const cs = styleOf(p);
      const clipY = cs.overflowY === 'hidden' || cs.overflowY === 'clip';
      const clipX = cs.overflowX === 'hidden' || cs.overflowX === 'clip';
      if (!clipX && !clipY) continue;
      const pr = p.getBoundingClientRect();
      if (clipY && (pr.height < 2 || r.top >= pr.bottom - 1 || r.bottom <= pr.top + 1)) ok = false;
      if (clipX && (pr.width < 2 || r.left >= pr.right - 1 || r.right <= pr.left + 1)) ok = false;
    }
    shownCache.set(el, ok);
    return ok;
  }

  function fixedAncestor(el) {
    for (let p = el; p && p !== document.documentElement; p = p.parentElement) {
      const pos = styleOf(p).position;
      if (pos === 'fixed' || pos === 'sticky') return p;
    }
    return null;
  }

  const FOOTER_RE = /(^|[\s_-])(footer|site-footer|page-footer)([\s_-]|$)/i;
  const HEADER_RE = /(^|[\s_-])(header|masthead|topbar|top-bar)([\s_-]|$)/i;
  function regionOf(el) {
    let region = 'other';
    const rank = { dialog: 6, footer: 5, nav: 4, header: 3, aside: 2, main: 1, other: 0 };
    const bump = (r) => { if (rank[r] > rank[region]) region = r; };
    for (let p = el; p && p !== document.documentElement; p = p.parentElement) {
      const tag = p.tagName.toLowerCase();
      const role = p.getAttribute('role') || '';
      const cls = (typeof p.className === 'string' ? p.className : '') + ' ' + (p.id || '');
      if (tag === 'dialog' || role === 'dialog' || role === 'alertdialog') bump('dialog');
      else if (tag === 'footer' || role === 'contentinfo' || FOOTER_RE.test(cls)) bump('footer');
      else if (tag === 'nav' || role === 'navigation' || role === 'menubar') bump('nav');
      else if (tag === 'header' || role === 'banner' || HEADER_RE.test(cls)) bump('header');
      else if (tag === 'aside' || role === 'complementary') bump('aside');
      else if (tag === 'main' || role === 'main') bump('main');
    }
    return region;
  }

  // The title of the column or list a chrome link sits in ("Help & FAQ" over "All topics"):
  // a person reads a footer link with its column's heading. The nearest earlier sibling of
  // the link's list (or of one of its few enclosing blocks) that is a heading or a short
  // text with no link in it; none once a block holds the whole footer's links.
  const GROUP_DEPTH = 4;
  const GROUP_LINKS = 40;
  const HEADING = 'h1, h2, h3, h4, h5, h6, [role=heading], legend, dt';
  const ROOTS = 'body, main, footer, header, nav, aside, [role=contentinfo], [role=banner], ' +
    '[role=navigation], [role=main]';
  // a block named the footer or header as a whole ("footer", "site-header"), not one of its
  // parts ("z-navigation-footer_sectionContent")
  const ROOT_NAME = /^(footer|site-footer|page-footer|header|site-header|page-header|masthead)$/i;
  function isRoot(node) {
    const cls = (typeof node.className === 'string' ? node.className : '') + ' ' + (node.id || '');
    return node.matches(ROOTS) || cls.split(/\s+/).some((t) => ROOT_NAME.test(t));
  }
  function groupOf(el, region) {
    if (region !== 'footer' && region !== 'nav' && region !== 'header') return '';
    let node = el.parentElement;
    for (let depth = 0; node && depth < GROUP_DEPTH; depth++, node = node.parentElement) {
      // the footer or menu itself: what lies beside it (the page's content) titles nothing
      if (isRoot(node) || node.querySelectorAll('a[href]').length > GROUP_LINKS) return '';
      let sib = node.previousElementSibling;
      for (let k = 0; sib && k < 2; k++, sib = sib.previousElementSibling) {
        // a block with links of its own is another column, not this one's title
        if (!sib.matches(HEADING) && sib.querySelector('a[href]')) continue;
        // a list item titles its list only as the list's first item: text among the items
        // ("Questions? We can help" between a header's icons) is one of them
        if (sib.tagName === 'LI' && sib.previousElementSibling) continue;
        const head = sib.matches(HEADING) ? sib : sib.querySelector(HEADING) || sib;
        const text = clean(head.innerText || '');
        if (text && text.length <= 60) return text;
      }
    }
    return '';
  }

  function textOf(el) {
    return clean(el.innerText || '').slice(0, 200);
  }
  function nameOf(el) {
    let t = el.getAttribute('aria-label') || '';
    const ids = el.getAttribute('aria-labelledby');
    if (!clean(t) && ids) {
      t = ids.split(/\s+/).map((i) => (document.getElementById(i) || {}).innerText || '').join(' ');
    }
    if (!clean(t)) {
      const img = el.querySelector('img[alt]');
      if (img) t = img.getAttribute('alt');
    }
    if (!clean(t)) t = el.getAttribute('title') || '';
    if (!clean(t)) {
      const svgTitle = el.querySelector('svg title');
      if (svgTitle) t = svgTitle.textContent;
    }
    if (!clean(t) && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA')) {
      t = el.getAttribute('placeholder') || el.value || '';
    }
    return clean(t).slice(0, 200);
  }

  function hrefOf(el) {
    if (el.tagName !== 'A' && el.tagName !== 'AREA') return null;
    const raw = el.getAttribute('href');
    if (raw === null) return null;
    try { return new URL(raw, document.baseURI).href; } catch (e) { return raw; }
  }

  // A link to a place on this very page ("#contact") acts in place: it scrolls to a section
  // or a script opens a panel. It is a control a person clicks, not a page to go to.
  function inPlace(href) {
    try {
      const u = new URL(href);
      return !!u.hash && u.origin === location.origin && u.pathname === location.pathname &&
        u.search === location.search;
    } catch (e) { return false; }
  }

  function kindOf(el, href) {
    const tag = el.tagName.toLowerCase();
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select') return 'field';
    if (tag === 'summary') return 'toggle';
    const rawHref = tag === 'a' ? (el.getAttribute('href') || '') : '';
    const realLink = href && !/^javascript:/i.test(rawHref) && rawHref !== '#' && rawHref !== '' &&
      !inPlace(href);
    if (realLink) return 'link';
    if (el.hasAttribute('aria-expanded') || el.hasAttribute('aria-controls') ||
        (el.getAttribute('aria-haspopup') || 'false') !== 'false') return 'toggle';
    if (tag === 'button' && el.form && (type === 'submit' || type === '')) return 'submit';
    if (tag === 'input' && (type === 'submit' || type === 'image')) return 'submit';
    return 'button';
  }

  const SELECTOR = [
    'a[href]', 'area[href]', 'button', 'summary', '[role=button]', '[role=link]', '[role=menuitem]',
    '[role=tab]', '[aria-expanded]', '[onclick]', '[tabindex="0"]', 'input', 'textarea', 'select',
  ].join(',');
  const all = Array.from(document.querySelectorAll(SELECTOR));
  const seen = new Set();
  const candidates = [];
  const fields = [];
  const isWrapper = (el) => el.tagName !== 'A' && el.tagName !== 'BUTTON' &&
    el.querySelector('a[href], button, input, select, textarea');

  for (const el of all) {
    if (candidates.length >= maxCandidates) break;
    if (isWrapper(el)) continue;
    let dup = false;
    for (let p = el.parentElement; p; p = p.parentElement) {
      if (seen.has(p)) { dup = true; break; }
    }
    if (dup) continue;
    if (el.disabled || el.getAttribute('aria-disabled') === 'true') continue;
    const href = hrefOf(el);
    const kind = kindOf(el, href);
    const type = (el.getAttribute('type') || '').toLowerCase();
    if (kind === 'field' && ['hidden', 'checkbox', 'radio', 'submit', 'button', 'image',
      'reset', 'file', 'password', 'range', 'color'].includes(type)) continue;
    if (!isShown(el)) continue;
    seen.add(el);
    const r = el.getBoundingClientRect();
    const fixed = fixedAncestor(el);
    const inViewport = r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw;
    let covered = null;
    if (inViewport) {
      const cx = Math.min(vw - 1, Math.max(0, r.left + r.width / 2));
      const cy = Math.min(vh - 1, Math.max(0, r.top + r.height / 2));
      const hit = document.elementFromPoint(cx, cy);
      covered = !!hit && !(hit === el || el.contains(hit) || hit.contains(el));
    }
    const item = {
      id: idOf(el),
      kind,
      tag: el.tagName.toLowerCase(),
      text: kind === 'field' ? '' : textOf(el),
      name: nameOf(el),
      href,
      region: regionOf(el),
      x: r.left + sx, y: r.top + sy, w: r.width, h: r.height,
      in_viewport: inViewport,
      covered,
      fixed: !!fixed,
      expanded: el.hasAttribute('aria-expanded') ? el.getAttribute('aria-expanded') === 'true'
        : (el.tagName === 'SUMMARY' ? !!(el.parentElement && el.parentElement.open) : null),
      target_blank: el.getAttribute('target') === '_blank',
      classes: (typeof el.className === 'string' ? el.className : '').slice(0, 120),
      el_id: (el.id || '').slice(0, 60),
    };
    item.group = kind === 'link' ? groupOf(el, item.region) : '';
    if (kind === 'field') {
      const labels = el.labels ? Array.from(el.labels).map((l) => l.innerText).join(' ') : '';
      const form = el.form;
      fields.push({
        id: item.id,
        type: el.tagName === 'INPUT' ? (type || 'text') : el.tagName.toLowerCase(),
        name: el.getAttribute('name') || '',
        label: clean(labels || el.getAttribute('aria-label') || ''),
        placeholder: el.getAttribute('placeholder') || '',
        form_method: form ? (form.getAttribute('method') || 'get').toLowerCase() : null,
        form_action: form ? (form.getAttribute('action') || '') : null,
        in_search: !!el.closest('[role=search], form[role=search], search') || type === 'search',
        region: item.region,
        x: item.x, y: item.y, w: item.w, h: item.h,
      });
    } else {
      candidates.push(item);
    }
  }

  // Controls wired by script alone: a span or list item with a click handler and no link
  // (links kept from crawlers in data attributes, side-menu entries with a data-href). A
  // person sees the pointer cursor over it; the outermost element with that cursor is the
  // control. Only short labels: a whole card with a pointer cursor is a product tile.
  const SCRIPTED = 'span, div, li, p, dt, dd, td, label, h2, h3, h4, h5, h6';
  const DATA_HREF = ['data-href', 'data-url', 'data-link'];
  const pointer = (el) => !!el && el.nodeType === 1 && styleOf(el).cursor === 'pointer';
  // Links masked from crawlers: the address written base64-encoded in a data attribute
  // (`data-ub64e="L3Nob3BwYWdlcy9zZXJ2aWNlLw=="` is "/shoppages/service/"), decoded by a
  // script on click. The masking itself says the element is a link to that address, with
  // or without the stylesheet that gives it a pointer.
  const BASE64 = /^[A-Za-z0-9+/]{6,}={0,2}$/;
  function maskedHref(el) {
    if (!el || el.nodeType !== 1) return null;
    for (const attr of el.attributes) {
      const value = attr.value.trim();
      if (!attr.name.startsWith('data-') || !BASE64.test(value)) continue;
      let raw = '';
      try { raw = atob(value.padEnd(Math.ceil(value.length / 4) * 4, '=')).trim(); } catch (e) { continue; }
      if (!/^(https?:\/\/|\/)[\x21-\x7e]*$/i.test(raw)) continue;
      try { return new URL(raw, document.baseURI).href; } catch (e) { /* not a URL */ }
    }
    return null;
  }
  for (const el of document.body ? document.body.querySelectorAll(SCRIPTED) : []) {
    if (candidates.length >= maxCandidates) break;
    const masked = maskedHref(el);
    if (seen.has(el) || (masked ? maskedHref(el.parentElement)
      : !pointer(el) || pointer(el.parentElement))) continue;
    // never inside a form: a scripted control there may send it
    if (el.closest(SELECTOR) || el.closest('form') || el.querySelector(SELECTOR)) continue;
    const text = textOf(el);
    if (!text || text.length > 80 || !isShown(el)) continue;
    let href = masked;
    for (const attr of masked ? [] : DATA_HREF) {
      const raw = el.getAttribute(attr);
      if (!raw || /^(javascript:|#)/i.test(raw)) continue;
      try { href = new URL(raw, document.baseURI).href; break; } catch (e) { /* not a URL */ }
    }
    seen.add(el);
    const r = el.getBoundingClientRect();
    candidates.push({
      id: idOf(el),
      kind: href && !inPlace(href) ? 'link' : 'button',
      tag: el.tagName.toLowerCase(),
      text,
      name: nameOf(el),
      href,
      region: regionOf(el),
      x: r.left + sx, y: r.top + sy, w: r.width, h: r.height,
      in_viewport: r.bottom > 0 && r.top < vh && r.right > 0 && r.left < vw,
      covered: null,
      fixed: !!fixedAncestor(el),
      expanded: null,
      target_blank: false,
      classes: (typeof el.className === 'string' ? el.className : '').slice(0, 120),
      el_id: (el.id || '').slice(0, 60),
    });
  }

  // Overlays: a fixed or absolute layer that covers a large part of the viewport centre.
  const overlays = [];
  const points = [[vw / 2, vh / 2], [vw / 4, vh / 3], [(3 * vw) / 4, (2 * vh) / 3]];
  const overlayRoots = new Set();
  for (const [px, py] of points) {
    let e = document.elementFromPoint(px, py);
    let root = null;
    for (let p = e; p && p !== document.body && p !== document.documentElement; p = p.parentElement) {
      const cs = styleOf(p);
      if (cs.position === 'fixed' || (p.tagName === 'DIALOG' && p.open)) root = p;
    }
    if (!root || overlayRoots.has(root)) continue;
    const rr = root.getBoundingClientRect();
    const area = (Math.min(rr.right, vw) - Math.max(rr.left, 0)) *
      (Math.min(rr.bottom, vh) - Math.max(rr.top, 0));
    if (area / (vw * vh) < 0.25) continue;
    overlayRoots.add(root);
    overlays.push({
      id: idOf(root),
      area: area / (vw * vh),
      text: clean(root.innerText).slice(0, 300),
      dialog: root.tagName === 'DIALOG' || ['dialog', 'alertdialog'].includes(root.getAttribute('role')),
      members: candidates.filter((c) => root.contains(document.querySelector(`[data-sb-id="${c.id}"]`))).map((c) => c.id),
    });
  }

  // Cookie banners that no known consent tool handled (a store's own bar or box): a visible
  // layer whose id, class or label names cookies/consent and whose text speaks of cookies.
  // A block named for privacy ("tc-privacy-wrapper", "privacy-banner") is one only when it
  // floats over the page: in the page's flow it is a privacy-policy section.
  const banners = [];
  const BANNER_SEL = '[id*=cookie i], [class*=cookie i], [id*=consent i], [class*=consent i], ' +
    '[id*=gdpr i], [class*=gdpr i], [aria-label*=cookie i], [id*=cmp i]';
  const PRIVACY_SEL = '[id*=privacy i], [class*=privacy i]';
  const COOKIE_WORD = /cookie|куки|쿠키|クッキー|ملفات تعريف الارتباط|עוגיות/i;
  const bannerRoots = [];
  for (const el of document.querySelectorAll(`${BANNER_SEL}, ${PRIVACY_SEL}`)) {
    if (bannerRoots.length >= 5 || bannerRoots.some((b) => b.contains(el))) continue;
    if (!isShown(el) || !COOKIE_WORD.test(el.innerText || '')) continue;
    if (!el.matches(BANNER_SEL) && !fixedAncestor(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.height > vh * 0.9 && r.width >= vw * 0.9 && styleOf(el).position !== 'fixed') continue;
    const members = candidates.filter((c) => el.contains(document.querySelector(`[data-sb-id="${c.id}"]`)));
    if (!members.some((c) => c.kind === 'button' || c.kind === 'toggle' || c.kind === 'link')) continue;
    bannerRoots.push(el);
    banners.push({ id: idOf(el), area: 0, text: clean(el.innerText).slice(0, 300), dialog: false,
      members: members.map((c) => c.id) });
  }

  // Sections: every heading-like element with the visible text that follows it, found in one
  // pass over the document. Collapsed disclosures (closed <details>, aria-expanded=false) are
  // reported as collapsed with the id of the element that opens them.
  const HEAD_RE = /^H[1-6]$/;
  const levelOf = (el) => {
    if (HEAD_RE.test(el.tagName)) return Number(el.tagName[1]);
    if (el.getAttribute('role') === 'heading') return Number(el.getAttribute('aria-level') || 2);
    return 6;
  };
  const isHeading = (el) => HEAD_RE.test(el.tagName) || el.getAttribute('role') === 'heading' ||
    el.tagName === 'SUMMARY' || el.tagName === 'DT' || el.tagName === 'LEGEND' ||
    (el.hasAttribute('aria-expanded') && el.hasAttribute('aria-controls'));
  const sections = [];
  let open = [];
  // A section also ends where the heading's container ends (a footer column, an article):
  // the container is the nearest ancestor holding more than the heading itself.
  const containers = new Map();
  const containerOf = (heading) => {
    const own = (heading.textContent || '').trim().length;
    for (let p = heading.parentElement; p; p = p.parentElement) {
      if (p === document.body || (p.textContent || '').trim().length > own + 20) return p;
    }
    return document.body;
  };
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  let node = walker.currentNode;
  let currentHeadingEl = null;
  let mainChars = 0;
  let lastBlock = null;
  const INLINE = new Set(['inline', 'inline-block', 'inline-flex', 'contents']);
  const blockOf = (el) => {
    for (let p = el; p && p !== document.body; p = p.parentElement) {
      if (!INLINE.has(styleOf(p).display)) return p;
    }
    return document.body;
  };
  const parentShown = new Map();
  while ((node = walker.nextNode())) {
    if (node.nodeType === Node.ELEMENT_NODE) {
      if (sections.length < maxSections && isHeading(node)) {
        const collapsedDetails = node.tagName === 'SUMMARY' && node.parentElement && !node.parentElement.open;
        const ariaCollapsed = node.getAttribute('aria-expanded') === 'false';
        if (!isShown(node)) continue;
        const level = levelOf(node);
        const sec = {
          heading: clean(node.innerText || node.textContent).slice(0, 200),
          level,
          tag: node.tagName.toLowerCase(),
          region: regionOf(node),
          collapsed: collapsedDetails || ariaCollapsed,
          toggle_id: (node.tagName === 'SUMMARY' || node.hasAttribute('aria-expanded')) ? idOf(node) : null,
          y: node.getBoundingClientRect().top + sy,
          text: '',
          chars: 0,
          link_chars: 0,
        };
        // close sections of the same or a deeper level
        while (open.length && open[open.length - 1].level >= level) open.pop();
        sections.push(sec);
        open.push(sec);
        containers.set(sec, containerOf(node));
        currentHeadingEl = node;
      }
      continue;
    }
    // text node
    const parent = node.parentElement;
    if (!parent) continue;
    const inHeading = currentHeadingEl && currentHeadingEl.contains(node);
    let shown = parentShown.get(parent);
    if (shown === undefined) {
      shown = parent.checkVisibility ? parent.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
      if (!shown && parent.checkVisibility({ visibilityProperty: true })) shown = fadedFooter(parent);
      if (shown && parent.closest('details:not([open]) > :not(summary)')) shown = false;
      parentShown.set(parent, shown);
    }
    if (!shown) continue;
    const t = clean(node.textContent);
    if (!t) continue;
    if (open.some((sec) => !containers.get(sec).contains(node))) {
      open = open.filter((sec) => containers.get(sec).contains(node));
    }
    // A heading's own words belong to the sections above it, not to its own section.
    const own = inHeading ? open[open.length - 1] : null;
    const inLink = !!parent.closest('a[href]');
    // Keep the page's structure: a new block starts a new line, a new table cell a tab.
    const block = blockOf(parent);
    const sep = block === lastBlock ? ' ' : (styleOf(block).display === 'table-cell' &&
      lastBlock && block.parentElement === lastBlock.parentElement ? '\t' : '\n');
    lastBlock = block;
    for (const sec of open) {
      if (sec !== own && sec.text.length < 4000) {
        sec.text += (sec.text ? sep : '') + t;
        sec.chars += t.length;
        if (inLink) sec.link_chars += t.length;
      }
    }
    mainChars += t.length;
  }
  // Disclosures: the content they control, when it is visible.
  for (const sec of sections) {
    if (sec.toggle_id === null) continue;
    const el = document.querySelector(`[data-sb-id="${sec.toggle_id}"]`);
    if (!el) continue;
    if (el.tagName === 'SUMMARY') {
      const details = el.parentElement;
      if (details && details.open) {
        sec.text = clean(details.innerText.replace(el.innerText, '')).slice(0, 4000);
      }
    } else {
      const target = document.getElementById(el.getAttribute('aria-controls') || '');
      if (target && isShown(target)) sec.text = clean(target.innerText).slice(0, 4000);
    }
  }

  // Every link, shown or folded away in a menu: for the channel inventory and the audits.
  const allLinks = [];
  for (const a of document.querySelectorAll('a[href]')) {
    if (allLinks.length >= (args.maxLinks || 5000)) break;
    const href = hrefOf(a);
    if (!href) continue;
    allLinks.push({
      href,
      text: clean(a.innerText || a.textContent || '').slice(0, 80) || nameOf(a).slice(0, 80),
      region: regionOf(a),
      visible: isShown(a),
    });
  }
  // Forms as a person sees them: fields with or without a real label, a visible submit.
  const labelText = (e) => {
    let t = e.labels ? Array.from(e.labels).map((l) => l.innerText).join(' ') : '';
    if (!clean(t)) t = e.getAttribute('aria-label') || '';
    const ids = e.getAttribute('aria-labelledby');
    if (!clean(t) && ids) {
      t = ids.split(/\s+/).map((i) => (document.getElementById(i) || {}).innerText || '').join(' ');
    }
    return clean(t).slice(0, 80);
  };
  const FIELD_SKIP = ['hidden', 'submit', 'button', 'image', 'reset'];
  const forms = Array.from(document.forms).slice(0, 20).map((f) => {
    const fields = Array.from(f.elements).filter((e) =>
      ['INPUT', 'TEXTAREA', 'SELECT'].includes(e.tagName) &&
      !FIELD_SKIP.includes((e.getAttribute('type') || '').toLowerCase()) && isShown(e));
    const submits = Array.from(f.querySelectorAll('button, input[type=submit], input[type=image]'))
      .filter((b) => ['submit', ''].includes((b.getAttribute('type') || '').toLowerCase()) ||
        b.tagName === 'INPUT');
    return {
      method: (f.getAttribute('method') || 'get').toLowerCase(),
      search: f.getAttribute('role') === 'search' || !!f.closest('[role=search]') ||
        fields.some((e) => (e.getAttribute('type') || '') === 'search'),
      region: regionOf(f),
      fields: fields.map((e) => ({
        type: e.tagName === 'INPUT' ? (e.getAttribute('type') || 'text') : e.tagName.toLowerCase(),
        name: e.getAttribute('name') || '',
        label: labelText(e),
        placeholder: e.getAttribute('placeholder') || '',
      })),
      submit_visible: submits.some(isShown),
    };
  });
  // What the header and footer say in plain text (phone numbers, e-mail addresses, opening
  // hours are often written there without a link): the outermost landmark elements only.
  const regionText = { header: '', footer: '' };
  const LANDMARKS = 'header, footer, [role=banner], [role=contentinfo], [class*=footer], [id*=footer]';
  for (const el of document.querySelectorAll(LANDMARKS)) {
    const region = regionOf(el);
    if (region !== 'header' && region !== 'footer') continue;
    if (el.parentElement && el.parentElement.closest(LANDMARKS)) continue;
    const t = (el.innerText || '').trim();
    if (t && regionText[region].length < 8000) regionText[region] += (regionText[region] ? '\n' : '') + t.slice(0, 8000);
  }
  const scripts = Array.from(document.scripts).map((s) => s.src).filter(Boolean).slice(0, 80);
  const generator = (document.querySelector('meta[name="generator"]') || {}).content || '';
  const localeMeta = document.querySelector('meta[property="og:locale"], meta[http-equiv="content-language" i]');
  const locale = ((localeMeta && localeMeta.getAttribute('content')) || '').slice(0, 20);
  const h1 = Array.from(document.querySelectorAll('h1')).filter(isShown).map((e) => clean(e.innerText)).slice(0, 3);
  return {
    url: location.href,
    title: document.title || '',
    lang: document.documentElement.getAttribute('lang') || '',
    h1,
    viewport: { w: vw, h: vh },
    scroll: { x: sx, y: sy, height: document.documentElement.scrollHeight },
    candidates,
    fields,
    overlays,
    sections,
    links: allLinks,
    forms,
    scripts,
    region_text: regionText,
    generator,
    locale,
    banners,
    veiled: Array.from(veiled).sort((a, b) => a - b),
    text: (document.body ? document.body.innerText : '').slice(0, 40000),
  };
}
