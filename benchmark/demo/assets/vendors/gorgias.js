// Gorgias look-alike: #gorgias-chat-container with iframe#chat-button and iframe#chat-window.
(function () {
  const opts = window.__sbDemoOpts(document.currentScript);
  window.GorgiasChat = window.GorgiasChat || { init: function () { return Promise.resolve(); } };
  let container;
  window.__gorgiasOpen = function () {
    if (document.getElementById('chat-window')) return;
    container.appendChild(window.__sbDemoFrame({ id: 'chat-window', title: 'Gorgias live chat' },
      '<div style="background:#111;color:#fff;padding:18px"><strong>' + opts.title + '</strong><p>' + opts.greeting +
      '</p></div><div style="padding:16px"><p>' + opts.reply + '</p><textarea aria-label="Bericht" style="width:100%"></textarea></div>',
      'position:fixed;z-index:2147483000;right:20px;bottom:96px;width:370px;max-width:calc(100vw - 40px);height:min(540px,calc(100vh - 120px));border:0;border-radius:10px;box-shadow:0 4px 24px rgba(0,0,0,.2);background:#fff'));
  };
  setTimeout(function () {
    container = document.createElement('div');
    container.id = 'gorgias-chat-container';
    container.appendChild(window.__sbDemoFrame({ id: 'chat-button', title: 'Gorgias live chat messenger' },
      '<button aria-label="Open chat" style="width:64px;height:64px;border:0;border-radius:50%;background:#111;color:#fff" onclick="parent.__gorgiasOpen()">&#9993;</button>',
      'position:fixed;z-index:2147483000;right:20px;bottom:20px;width:64px;height:64px;border:0;background:transparent'));
    document.body.appendChild(container);
  }, opts.delay);
})();
