// tawk.to look-alike: two iframes titled "chat widget" (the bubble and the chat window).
(function () {
  const opts = window.__sbDemoOpts(document.currentScript);
  window.Tawk_API = window.Tawk_API || {};
  window.Tawk_LoadStart = new Date();
  let win;
  window.__tawkToggle = function () {
    win.style.display = win.style.display === 'none' ? 'block' : 'none';
  };
  setTimeout(function () {
    const root = document.createElement('div');
    root.className = 'widget-visible';
    const bubble = window.__sbDemoFrame({ title: 'chat widget' },
      '<button class="tawk-button tawk-button-circle" aria-label="Chat" style="width:60px;height:60px;border:0;border-radius:50%;background:#2e7d32;color:#fff" onclick="parent.__tawkToggle()">&#128172;</button>',
      'position:fixed;z-index:1000003;right:20px;bottom:20px;width:60px;height:60px;border:0;border-radius:50%;background:transparent');
    win = window.__sbDemoFrame({ title: 'chat widget' },
      '<div style="background:#2e7d32;color:#fff;padding:16px"><strong>' + opts.title + '</strong><p>' + opts.greeting + '</p></div>' +
      '<div style="padding:16px"><p>' + opts.reply + '</p><textarea aria-label="Mesaj" placeholder="Scrie un mesaj…" style="width:100%"></textarea></div>',
      'display:none;position:fixed;z-index:1000002;right:20px;bottom:90px;width:350px;max-width:calc(100vw - 40px);height:min(520px,calc(100vh - 110px));border:0;border-radius:12px;box-shadow:0 3px 20px rgba(0,0,0,.2);background:#fff');
    root.appendChild(win);
    root.appendChild(bubble);
    document.body.appendChild(root);
  }, opts.delay);
})();
