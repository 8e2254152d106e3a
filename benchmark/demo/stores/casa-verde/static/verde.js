document.querySelectorAll('button[aria-controls]').forEach(function (b) {
  b.addEventListener('click', function () {
    var open = b.getAttribute('aria-expanded') !== 'true';
    b.setAttribute('aria-expanded', String(open));
    var target = document.getElementById(b.getAttribute('aria-controls'));
    if (target.hasAttribute('hidden')) target.hidden = !open; else target.classList.toggle('open', open);
  });
});
