(function () {
  // Newsletter pop-up: shown on the first page of a visit until it is closed.
  var popup = document.getElementById('an-popup');
  if (!localStorage.getItem('an-popup-closed')) {
    setTimeout(function () { popup.hidden = false; }, 300);
  }
  popup.querySelector('.an-popup-close').addEventListener('click', function () {
    popup.hidden = true;
    localStorage.setItem('an-popup-closed', '1');
  });
  document.querySelectorAll('button[aria-controls]').forEach(function (b) {
    b.addEventListener('click', function () {
      var open = b.getAttribute('aria-expanded') !== 'true';
      b.setAttribute('aria-expanded', String(open));
      var target = document.getElementById(b.getAttribute('aria-controls'));
      if (target.hasAttribute('data-accordion')) target.hidden = !open; else target.classList.toggle('open', open);
    });
  });
})();
