// Crisp look-alike: the chatbox lives in the page under .crisp-client / #crisp-chatbox.
(function () {
  const opts = window.__sbDemoOpts(document.currentScript);
  window.$crisp = window.$crisp || [];
  window.CRISP_WEBSITE_ID = 'b1f6c2d0-demo';
  setTimeout(function () {
    const client = document.createElement('div');
    client.className = 'crisp-client';
    client.innerHTML =
      '<div id="crisp-chatbox" data-full-view="false" lang="' + (document.documentElement.lang || 'en') + '">' +
      '<a href="#" role="button" aria-label="Open chat" data-id="chat_closed" class="cc-1m2mf" style="position:fixed;z-index:1000000;right:24px;bottom:24px;width:60px;height:60px;border-radius:50%;background:#8a5a44;display:block"><span class="cc-7doi5" style="display:block;width:30px;height:26px;margin:17px 15px;border-radius:8px;background:#fff"></span></a>' +
      '<div class="cc-1no03" data-chat-status="initial" data-maximized="false" style="display:none;position:fixed;z-index:1000001;right:24px;bottom:100px;width:360px;max-width:calc(100vw - 48px);height:min(560px,calc(100vh - 140px));background:#fff;border-radius:12px;box-shadow:0 4px 30px rgba(0,0,0,.2);overflow:auto">' +
      '<div style="background:#8a5a44;color:#fff;padding:18px"><strong>' + opts.title + '</strong><p>' + opts.greeting + '</p></div>' +
      '<div style="padding:16px"><p>' + opts.reply + '</p><textarea aria-label="Message" placeholder="Écrivez votre message…" style="width:100%"></textarea></div></div></div>';
    document.body.appendChild(client);
    const launcher = client.querySelector('[data-id=chat_closed]');
    const panel = client.querySelector('[data-chat-status]');
    launcher.addEventListener('click', function (e) {
      e.preventDefault();
      panel.style.display = 'block';
      panel.setAttribute('data-maximized', 'true');
      panel.setAttribute('data-chat-status', 'ongoing');
      launcher.setAttribute('data-id', 'chat_opened');
    });
  }, opts.delay);
})();
