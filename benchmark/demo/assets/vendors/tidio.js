// Tidio look-alike: one iframe (#tidio-chat-iframe) that grows from a button to the chat panel.
(function () {
  const opts = window.__sbDemoOpts(document.currentScript);
  window.tidioChatCode = 'bwdemo';
  window.tidioChatApi = window.tidioChatApi || { on: function () {}, open: function () {} };
  const closed = '<div id="button" style="position:absolute;right:16px;bottom:16px"><div id="button-body" role="button" tabindex="0" aria-label="Chat-Widget öffnen" style="width:64px;height:64px;border-radius:50%;background:#0b3d91;cursor:pointer" onclick="parent.__tidioOpen()"></div></div>';
  window.__tidioOpen = function () {
    const frame = document.getElementById('tidio-chat-iframe');
    frame.style.width = '372px';
    frame.style.height = 'min(620px, calc(100vh - 20px))';
    frame.srcdoc = '<!doctype html><html><body style="margin:0;font:14px system-ui,sans-serif"><div style="background:#0b3d91;color:#fff;padding:18px"><strong>' +
      opts.title + '</strong><p>' + opts.greeting + '</p></div><div style="padding:16px"><p>' + opts.reply +
      '</p><label>E-Mail <input type="email"></label><textarea aria-label="Nachricht" style="width:100%"></textarea></div></body></html>';
  };
  setTimeout(function () {
    const root = document.createElement('div');
    root.id = 'tidio-chat';
    root.appendChild(window.__sbDemoFrame({ id: 'tidio-chat-iframe', title: 'Tidio Chat' }, closed,
      'position:fixed;z-index:999999999;right:0;bottom:0;width:112px;height:112px;max-width:100vw;border:0;background:transparent'));
    document.body.appendChild(root);
  }, opts.delay);
})();
