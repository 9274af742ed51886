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

/* "Website liên kết": with JavaScript, a drop-down that opens the chosen site in a new tab;
   the plain list of links stays for the partners shown by their logo. */
(function () {
  var block = document.querySelector(".partner-links");
  var picker = block && block.querySelector(".partner-links__picker");
  if (!picker) return;
  var select = picker.querySelector("select");
  var list = block.querySelector(".partner-links__list");
  var shown = 0;
  Array.prototype.forEach.call(list.querySelectorAll("li"), function (item) {
    item.hidden = !item.querySelector("img");
    if (!item.hidden) shown += 1;
  });
  list.hidden = shown === 0;
  picker.hidden = false;
  select.addEventListener("change", function () {
    var url = select.value;
    if (/^https?:\/\//i.test(url)) window.open(url, "_blank", "noopener,noreferrer");
    select.value = "";
  });
})();
