// Shared by the widget look-alikes: build a same-origin iframe from HTML.
window.__sbDemoFrame = function (attrs, html, style) {
  const frame = document.createElement('iframe');
  for (const [k, v] of Object.entries(attrs)) frame.setAttribute(k, v);
  frame.setAttribute('style', style);
  frame.srcdoc = '<!doctype html><html><head><style>body{margin:0;font:14px system-ui,sans-serif}' +
    'button{cursor:pointer}</style></head><body>' + html + '</body></html>';
  return frame;
};
window.__sbDemoOpts = function (script) {
  const d = (script && script.dataset) || {};
  return {
    delay: Number(d.delay || 600),
    title: d.title || 'Support',
    greeting: d.greeting || 'Hi there! How can we help?',
    status: d.status || 'online',
    reply: d.reply || '',
  };
};
