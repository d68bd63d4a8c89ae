// Runs before the page paints (a blocking script in <head>, not inline, so a strict CSP allows it):
// applies the reader's saved theme so a dark page never flashes light. No saved choice: the system's.
(function () {
  try {
    var saved = localStorage.getItem('theme');
    if (saved === 'light' || saved === 'dark') document.documentElement.dataset.theme = saved;
  } catch (e) {
    /* storage blocked: the system theme applies */
  }
})();
