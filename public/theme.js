// Runs before the page paints (a blocking script in <head>, not inline, so a strict CSP allows it):
// applies the reader's saved theme so a dark page never flashes light (no saved choice: the
// system's), marks that script runs (`js`), and picks an indicator page's view from `?view=`, so
// the chart/table panels are laid out right on the first paint and nothing shifts. It also keeps the
// reader's place when they switch language (the heading in the URL goes along), listening from before
// the first link can be clicked.
(function () {
  var root = document.documentElement;
  root.classList.add('js');
  if (/[?&]view=table(&|$)/.test(location.search)) root.dataset.view = 'table';
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') root.dataset.theme = saved;
  } catch (e) {
    /* storage blocked: the system theme applies */
  }
  document.addEventListener('click', function (event) {
    var link = event.target && event.target.closest ? event.target.closest('a[data-lang-switch]') : null;
    if (link && location.hash) link.hash = location.hash;
  });
})();
