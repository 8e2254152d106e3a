// A minimal client-side router, as in a React/Vue storefront: routes are fetched once, links
// are intercepted, the URL changes with history.pushState and the view is re-rendered.
(function () {
  var routes = null;
  var app = document.getElementById('app');
  function render(path) {
    var route = routes[path] || { title: 'Page not found', html: '<h1>Page not found</h1><p><a href="/" data-link>Home</a></p>' };
    app.innerHTML = route.html;
    document.title = route.title + ' | Pixel Parade';
    window.scrollTo(0, 0);
  }
  function go(path) {
    history.pushState({}, '', path);
    render(path);
    var nav = document.getElementById('pp-nav');
    nav.classList.remove('open');
    document.querySelector('.pp-burger').setAttribute('aria-expanded', 'false');
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest('a[data-link]');
    if (!a || e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    go(new URL(a.href).pathname);
  });
  window.addEventListener('popstate', function () { render(location.pathname); });
  document.querySelector('.pp-burger').addEventListener('click', function () {
    var open = this.getAttribute('aria-expanded') !== 'true';
    this.setAttribute('aria-expanded', String(open));
    document.getElementById('pp-nav').classList.toggle('open', open);
  });
  fetch('/app-content.json').then(function (r) { return r.json(); }).then(function (data) {
    routes = data;
    render(location.pathname);
  });
})();
