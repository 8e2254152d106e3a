// A typical mega menu: opens on hover on desktop (with a small delay when leaving) and on click;
// the hamburger shows the menu as a drawer on phones, where "Ayuda" becomes an accordion.
(function () {
  var trigger = document.querySelector('.ts-mega-trigger');
  var panel = document.getElementById('mega-ayuda');
  var item = document.querySelector('.ts-has-mega');
  var hoveredAt = 0, closeTimer = null;
  function set(open) {
    trigger.setAttribute('aria-expanded', String(open));
    panel.classList.toggle('is-open', open);
  }
  var desktop = function () { return window.matchMedia('(min-width: 901px)').matches; };
  item.addEventListener('mouseenter', function () {
    if (!desktop()) return;
    clearTimeout(closeTimer); hoveredAt = Date.now(); set(true);
  });
  item.addEventListener('mouseleave', function () {
    if (!desktop()) return;
    closeTimer = setTimeout(function () { set(false); }, 400);
  });
  trigger.addEventListener('click', function () {
    if (Date.now() - hoveredAt < 600 && panel.classList.contains('is-open')) return;
    set(trigger.getAttribute('aria-expanded') !== 'true');
  });
  var burger = document.querySelector('.ts-hamburger');
  var menu = document.getElementById('ts-menu');
  burger.addEventListener('click', function () {
    var open = burger.getAttribute('aria-expanded') !== 'true';
    burger.setAttribute('aria-expanded', String(open));
    menu.classList.toggle('is-open', open);
  });
})();
