/* The print view's button: shown only where scripts run, since printing needs them. */
"use strict";
(function () {
  var button = document.querySelector(".print-button");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
