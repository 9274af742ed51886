/* Small enhancements of the public pages; every page works without them. */
"use strict";
(function () {
  var menu = document.querySelector(".main-menu");
  var toggle = menu && menu.querySelector(".main-menu__toggle");
  if (!toggle) return;
  var narrow = window.matchMedia("(max-width: 640px)");
  function apply() {
    toggle.hidden = !narrow.matches;
    menu.classList.toggle("is-collapsed", narrow.matches && toggle.getAttribute("aria-expanded") !== "true");
  }
  toggle.addEventListener("click", function () {
    toggle.setAttribute("aria-expanded", toggle.getAttribute("aria-expanded") === "true" ? "false" : "true");
    apply();
  });
  narrow.addEventListener("change", apply);
  apply();
})();
