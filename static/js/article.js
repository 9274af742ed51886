/* Article pages: copy the link, and a font size the reader chooses and the browser remembers. */
"use strict";
(function () {
  var copy = document.querySelector(".share__copy");
  if (copy && navigator.clipboard) {
    var status = document.querySelector(".share__status");
    copy.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-copy")).then(
        function () { status.textContent = copy.getAttribute("data-done"); },
        function () { status.textContent = copy.getAttribute("data-failed"); }
      );
    });
  }

  var controls = document.querySelector(".font-size");
  var text = document.querySelector(".article__text");
  if (!controls || !text) return;
  var KEY = "portal:font-scale";
  var SCALES = [0.85, 1, 1.15, 1.3, 1.5];
  var index = 1;
  function read() {
    try { return parseFloat(window.localStorage.getItem(KEY)); } catch (e) { return NaN; }
  }
  function apply(newIndex, remember) {
    index = Math.max(0, Math.min(SCALES.length - 1, newIndex));
    text.style.setProperty("--font-scale", SCALES[index]);
    if (remember) {
      try { window.localStorage.setItem(KEY, String(SCALES[index])); } catch (e) { /* private mode */ }
    }
  }
  var saved = SCALES.indexOf(read());
  if (saved >= 0) apply(saved, false);
  controls.hidden = false;
  controls.addEventListener("click", function (event) {
    var button = event.target.closest("[data-font-step]");
    if (!button) return;
    var step = parseInt(button.getAttribute("data-font-step"), 10);
    apply(step === 0 ? 1 : index + step, true);
  });
})();
