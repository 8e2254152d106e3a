// Intercom Messenger look-alike: lightweight launcher in the page, messenger in an iframe.
(function () {
  const opts = window.__sbDemoOpts(document.currentScript);
  window.intercomSettings = window.intercomSettings || { app_id: 'nwdemo01' };
  window.Intercom = window.Intercom || function () { (window.Intercom.q = window.Intercom.q || []).push(arguments); };
  function open() {
    if (document.getElementById('intercom-container')) return;
    const container = document.createElement('div');
    container.id = 'intercom-container';
    const wrap = document.createElement('div');
    wrap.className = 'intercom-messenger-frame';
    wrap.setAttribute('style', 'position:fixed;z-index:2147483000;right:20px;bottom:92px;width:376px;max-width:calc(100vw - 40px);height:min(640px,calc(100vh - 120px));border-radius:16px;overflow:hidden;box-shadow:0 5px 40px rgba(0,0,0,.16)');
    wrap.appendChild(window.__sbDemoFrame({ name: 'intercom-messenger-frame', title: 'Intercom live chat' },
      '<div style="padding:24px;background:#1f4d3a;color:#fff"><h1 style="margin:0 0 8px">' + opts.title +
      '</h1><p>' + opts.greeting + '</p></div><div style="padding:16px"><p>' + opts.reply +
      '</p><textarea aria-label="Write a message" placeholder="Write a message…" style="width:100%"></textarea></div>',
      'width:100%;height:100%;border:0'));
    container.appendChild(wrap);
    document.body.appendChild(container);
    launcher.setAttribute('aria-label', 'Close Intercom Messenger');
  }
  let launcher;
  setTimeout(function () {
    const app = document.createElement('div');
    app.className = 'intercom-lightweight-app';
    app.innerHTML = '<div class="intercom-lightweight-app-launcher intercom-launcher" role="button" tabindex="0" aria-label="Open Intercom Messenger" aria-live="polite" style="position:fixed;z-index:2147483003;right:20px;bottom:20px;width:60px;height:60px;border-radius:50%;background:#1f4d3a;cursor:pointer;box-shadow:0 1px 6px rgba(0,0,0,.2)"><div class="intercom-lightweight-app-launcher-icon intercom-lightweight-app-launcher-icon-open"><svg viewBox="0 0 28 32" width="28" height="32" style="margin:14px 16px" aria-hidden="true"><path fill="#fff" d="M28 32s-4.7-1.8-8.5-3.3H3.5A3.5 3.5 0 0 1 0 25.2V3.5A3.5 3.5 0 0 1 3.5 0h21A3.5 3.5 0 0 1 28 3.5V32z"/></svg></div></div>';
    document.body.appendChild(app);
    launcher = app.firstElementChild;
    launcher.addEventListener('click', open);
  }, opts.delay);
})();
