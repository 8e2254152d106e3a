// The tester's overlay: the task, a timer and "I found it" / "I give up", then the answer, the
// Single Ease Question (1–7), an optional comment and, for support articles, a short rubric.
// It lives in a closed-off shadow root so the store's CSS cannot touch it, and it asks
// supportbench (window.__sbTester, a binding) for the task state on every page, so it
// survives navigation. Clicks inside it are not counted as the tester's clicks.
(() => {
  if (window.top !== window || window.__sbOverlay) return;
  window.__sbOverlay = true;
  const send = (message) => window.__sbTester(message);
  const esc = (s) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

  let host = null;
  document.addEventListener('click', (event) => {
    // Only the tester's own clicks: not the overlay's, not scripts' (consent handling).
    if (!event.isTrusted || (host && event.composedPath().includes(host))) return;
    const target = event.target instanceof Element ? event.target.closest('a, button, [role=button], summary, input, label') || event.target : null;
    const label = target ? (target.innerText || target.getAttribute('aria-label') || target.getAttribute('title') || '').trim().slice(0, 120) : '';
    send({ type: 'click', label, url: location.href });
  }, true);

  function mount(state) {
    host = document.createElement('div');
    host.id = 'sb-tester-overlay';
    host.setAttribute('style', 'all: initial; position: fixed; z-index: 2147483647; left: 12px; bottom: 12px;');
    const root = host.attachShadow({ mode: 'open' });
    const t = state.labels;
    root.innerHTML = `
      <style>
        .box { font: 14px/1.4 system-ui, sans-serif; color: #111; background: #fffbe6; border: 2px solid #b54708;
               border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.25); padding: 12px 14px; width: 320px; max-width: calc(100vw - 40px); }
        .task { margin: 0 0 8px; font-weight: 600; }
        .timer { font-variant-numeric: tabular-nums; color: #b54708; float: right; font-weight: 700; }
        button { font: inherit; padding: 6px 10px; margin: 4px 4px 0 0; border-radius: 6px; border: 1px solid #b54708; background: #fff; cursor: pointer; }
        button.primary { background: #b54708; color: #fff; }
        input[type=text], textarea { width: 100%; box-sizing: border-box; margin: 4px 0; font: inherit; }
        .scale label { display: inline-block; margin-right: 6px; }
        .hidden { display: none; }
        .box.min > :not(#sb-min):not(.timer) { display: none; }
        .box.min { width: auto; }
        #sb-min { float: right; margin: -4px 0 0 8px; padding: 0 8px; }
        .small { font-size: 12px; color: #555; }
      </style>
      <div class="box" role="dialog" aria-label="${esc(t.title)}">
        <button id="sb-min" type="button" aria-label="Minimise" title="Minimise">–</button>
        <span class="timer" id="sb-timer">0:00</span>
        <p class="task" id="sb-task">${esc(state.task)}</p>
        <div id="sb-phase-task">
          <button class="primary" id="sb-found" type="button">${esc(t.found)}</button>
          <button id="sb-giveup" type="button">${esc(t.give_up)}</button>
        </div>
        <div id="sb-phase-answer" class="hidden">
          <label>${esc(t.answer)}<input type="text" id="sb-answer"></label>
          <label>${esc(t.page)}<input type="text" id="sb-page"></label>
          <button class="primary" id="sb-answer-ok" type="button">${esc(t.next)}</button>
        </div>
        <div id="sb-phase-rating" class="hidden">
          <p>${esc(t.seq)}</p>
          <div class="scale" id="sb-seq">${[1, 2, 3, 4, 5, 6, 7].map((n) =>
            `<label><input type="radio" name="seq" value="${n}"> ${n}</label>`).join('')}</div>
          <p class="small">1 = ${esc(t.very_difficult)}, 7 = ${esc(t.very_easy)}</p>
          <div id="sb-rubric" class="${state.rubric ? '' : 'hidden'}">
            <p>${esc(t.rubric)}</p>
            ${['clarity', 'completeness', 'trust'].map((k) => `<label>${esc(t[k])}
              <select id="sb-${k}"><option value="">–</option>${[1, 2, 3, 4, 5].map((n) => `<option>${n}</option>`).join('')}</select></label>`).join(' ')}
          </div>
          <label>${esc(t.comment)}<textarea id="sb-comment" rows="2"></textarea></label>
          <button class="primary" id="sb-submit" type="button">${esc(t.submit)}</button>
        </div>
        <div id="sb-phase-done" class="hidden"><p>${esc(t.thanks)}</p></div>
      </div>`;
    document.documentElement.appendChild(host);
    const $ = (id) => root.getElementById(id);
    const show = (phase) => {
      for (const p of ['task', 'answer', 'rating', 'done']) $('sb-phase-' + p).classList.toggle('hidden', p !== phase);
    };
    const tick = () => {
      const seconds = Math.max(0, Math.floor((Date.now() - state.started_at) / 1000));
      $('sb-timer').textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    };
    tick();
    setInterval(tick, 500);
    show(state.phase);
    $('sb-min').addEventListener('click', () => {
      const small = root.querySelector('.box').classList.toggle('min');
      $('sb-min').textContent = small ? '+' : '–';
    });
    $('sb-found').addEventListener('click', () => { $('sb-page').value = location.href; show('answer'); });
    $('sb-giveup').addEventListener('click', async () => { await send({ type: 'give_up', url: location.href }); show('rating'); });
    $('sb-answer-ok').addEventListener('click', async () => {
      await send({ type: 'found', answer: $('sb-answer').value, page: $('sb-page').value, url: location.href });
      show('rating');
    });
    $('sb-submit').addEventListener('click', async () => {
      const checked = root.querySelector('input[name=seq]:checked');
      const rubric = {};
      for (const k of ['clarity', 'completeness', 'trust']) rubric[k] = $('sb-' + k).value;
      await send({ type: 'rating', seq: checked ? Number(checked.value) : null, comment: $('sb-comment').value, rubric });
      show('done');
    });
  }

  const start = async () => {
    const state = await send({ type: 'state', url: location.href });
    if (state && state.phase !== 'closed') mount(state);
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
