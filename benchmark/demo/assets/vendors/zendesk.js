// Zendesk Web Widget (classic) look-alike: iframe#launcher with a "Help" button, iframe#webWidget.
(function () {
  const opts = window.__sbDemoOpts(document.currentScript);
  window.zESettings = window.zESettings || {};
  window.zE = window.zE || function () {};
  function open() {
    if (document.getElementById('webWidget')) return;
    const widget = window.__sbDemoFrame({ id: 'webWidget', title: 'Find more information here', tabindex: '0' },
      '<div style="padding:20px;background:#b3361b;color:#fff"><h2 style="margin:0">' + opts.title + '</h2></div>' +
      '<div style="padding:16px"><p>' + opts.greeting + '</p><p>' + opts.reply + '</p>' +
      '<button type="button">Chatear</button></div>',
      'position:fixed;z-index:999999;right:14px;bottom:14px;width:357px;max-width:calc(100vw - 28px);height:min(572px,calc(100vh - 28px));border:0;border-radius:8px;box-shadow:0 0 10px rgba(0,0,0,.3);background:#fff');
    document.body.appendChild(widget);
    document.getElementById('launcher').style.display = 'none';
  }
  window.__zdOpen = open;
  setTimeout(function () {
    const launcher = window.__sbDemoFrame({ id: 'launcher', title: 'Opens a widget where you can find more information', tabindex: '0' },
      '<button aria-label="Ayuda" style="width:100%;height:50px;border:0;border-radius:25px;background:#b3361b;color:#fff;font-weight:700" onclick="parent.__zdOpen()">&#9432; Ayuda</button>',
      'position:fixed;z-index:999998;right:14px;bottom:14px;width:118px;height:50px;border:0;border-radius:25px;background:transparent');
    document.body.appendChild(launcher);
  }, opts.delay);
})();
