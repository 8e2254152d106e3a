// Footer columns are open on large screens and collapsed on phones, like many Shopify themes.
(function () {
  var phone = window.matchMedia('(max-width: 760px)').matches;
  document.querySelectorAll('details.ml-col').forEach(function (d) { d.open = !phone; });
  document.querySelectorAll('button[aria-controls]').forEach(function (b) {
    b.addEventListener('click', function () {
      var open = b.getAttribute('aria-expanded') !== 'true';
      b.setAttribute('aria-expanded', String(open));
      document.getElementById(b.getAttribute('aria-controls')).classList.toggle('is-open', open);
      if (open && b.classList.contains('ml-search-toggle')) document.querySelector('#ml-search input').focus();
    });
  });
})();
