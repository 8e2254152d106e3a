// Before a click on element `e`. Links open in this tab, as a person reading on would do.
// Returns whether the click should load another page (a real link), and what would take the
// click instead of `e` if something lies over it wherever it can be scrolled to (a layer left
// over the whole page), so that such a click fails at once instead of at the click's limit.
// Like Playwright's own check, it aims at the centre of the element's first box and tries
// the scroll positions Playwright tries (around sticky headers and bars).
(e) => {
  const a = e.closest('a[href]');
  if (a && a.getAttribute('target') === '_blank') a.removeAttribute('target');
  let leadsAway = false;
  const raw = a ? a.getAttribute('href') || '' : '';
  if (raw && !raw.startsWith('#') && !/^javascript:/i.test(raw)) {
    const url = new URL(a.href, document.baseURI);
    leadsAway = url.pathname !== location.pathname || url.search !== location.search;
  }
  const root = e.getRootNode().elementFromPoint ? e.getRootNode() : document;
  const hitAt = () => {
    const box = Array.from(e.getClientRects()).find((r) => r.width > 0 && r.height > 0);
    if (!box) return null; // not rendered: Playwright says so itself
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) return undefined;
    return root.elementFromPoint(x, y);
  };
  let cover = null;
  for (const block of [null, 'center', 'start', 'end']) {
    if (block) e.scrollIntoView({ block, inline: 'center', behavior: 'instant' });
    const hit = hitAt();
    if (hit === null || (hit && e.contains(hit))) return { leadsAway, cover: null };
    if (hit) cover = hit;
  }
  if (!cover) return { leadsAway, cover: null };
  const cls = typeof cover.className === 'string' ? cover.className.trim().split(/\s+/) : [];
  const name = cover.tagName.toLowerCase() + (cover.id ? '#' + cover.id : '');
  return { leadsAway, cover: name + (cls[0] ? '.' + cls.slice(0, 2).join('.') : '') };
}
