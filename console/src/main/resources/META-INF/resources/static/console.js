// The little JavaScript the console has: a "back" link goes back in history when there is one.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('[data-back]').forEach(function (link) {
    link.addEventListener('click', function (event) {
      if (window.history.length > 1) {
        event.preventDefault();
        window.history.back();
      }
    });
  });
});
