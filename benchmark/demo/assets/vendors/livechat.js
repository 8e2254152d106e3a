// LiveChat look-alike: #chat-widget-container with a minimized iframe and the chat iframe.
(function () {
  const opts = window.__sbDemoOpts(document.currentScript);
  window.__lc = window.__lc || { license: 18100000 };
  window.LiveChatWidget = window.LiveChatWidget || { on: function () {}, call: function () {} };
  let container;
  window.__lcOpen = function () {
    container.querySelector('#chat-widget-minimized').style.display = 'none';
    const chat = window.__sbDemoFrame({ id: 'chat-widget', title: 'LiveChat chat widget', name: 'chat-widget' },
      '<div style="background:#ff5100;color:#fff;padding:18px"><strong>' + opts.title + '</strong><p>' + opts.greeting +
      '</p></div><div style="padding:16px"><p>' + opts.reply + '</p><textarea aria-label="Write a message" style="width:100%"></textarea></div>',
      'position:fixed;z-index:2147483639;right:16px;bottom:16px;width:400px;max-width:calc(100vw - 32px);height:min(600px,calc(100vh - 32px));border:0;border-radius:12px;box-shadow:0 8px 30px rgba(0,0,0,.25);background:#fff');
    container.appendChild(chat);
  };
  setTimeout(function () {
    container = document.createElement('div');
    container.id = 'chat-widget-container';
    container.appendChild(window.__sbDemoFrame({ id: 'chat-widget-minimized', title: 'LiveChat chat widget', name: 'chat-widget-minimized' },
      '<button aria-label="Open LiveChat chat widget" style="width:100%;height:52px;border:0;border-radius:26px;background:#ff5100;color:#fff;font-weight:700" onclick="parent.__lcOpen()">Chat with us</button>',
      'position:fixed;z-index:2147483639;right:16px;bottom:16px;width:160px;height:52px;border:0;background:transparent'));
    document.body.appendChild(container);
  }, opts.delay);
})();
