/* The album lightbox. Without it the album is a grid of links to the full images; with it a
   link opens the photo in a dialog: arrows or swipes move through the album, Escape closes. */
"use strict";
(function () {
  var gallery = document.querySelector("[data-gallery]");
  if (!gallery || typeof HTMLDialogElement !== "function") return;
  var links = Array.prototype.slice.call(gallery.querySelectorAll(".gallery__link"));
  if (!links.length) return;
  var labels = gallery.dataset;
  var current = 0;
  var opener = null;

  function element(tag, className, attributes) {
    var node = document.createElement(tag);
    node.className = className;
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    return node;
  }

  var dialog = element("dialog", "lightbox", { "aria-label": labels.labelDialog });
  var figure = element("figure", "lightbox__figure");
  var image = element("img", "lightbox__image", { alt: "" });
  var caption = element("figcaption", "lightbox__caption", { "aria-live": "polite" });
  var counter = element("span", "lightbox__counter");
  var close = element("button", "lightbox__close", { type: "button", "aria-label": labels.labelClose });
  var previous = element("button", "lightbox__previous", { type: "button", "aria-label": labels.labelPrevious });
  var next = element("button", "lightbox__next", { type: "button", "aria-label": labels.labelNext });
  close.textContent = "×";
  previous.textContent = "‹";
  next.textContent = "›";
  figure.appendChild(image);
  figure.appendChild(caption);
  caption.appendChild(counter);
  var captionText = document.createElement("span");
  caption.appendChild(captionText);
  [figure, previous, next, close].forEach(function (node) { dialog.appendChild(node); });
  document.body.appendChild(dialog);

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var thumbnail = link.querySelector("img");
    var text = link.parentNode.querySelector(".gallery__caption");
    image.removeAttribute("srcset");
    if (link.dataset.srcset) {
      image.setAttribute("srcset", link.dataset.srcset);
      image.setAttribute("sizes", "100vw");
    }
    image.src = link.href;
    image.alt = thumbnail ? thumbnail.alt : "";
    counter.textContent = (current + 1) + " / " + links.length;
    captionText.textContent = text ? text.textContent : "";
    previous.hidden = next.hidden = links.length < 2;
  }

  function open(index) {
    opener = links[index];
    show(index);
    dialog.showModal();
    close.focus();
  }

  links.forEach(function (link, index) {
    link.addEventListener("click", function (event) {
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      open(index);
    });
  });
  previous.addEventListener("click", function () { show(current - 1); });
  next.addEventListener("click", function () { show(current + 1); });
  close.addEventListener("click", function () { dialog.close(); });
  dialog.addEventListener("click", function (event) {
    if (event.target === dialog) dialog.close();  // a click on the backdrop
  });
  dialog.addEventListener("keydown", function (event) {
    if (event.key === "ArrowLeft") { show(current - 1); event.preventDefault(); }
    if (event.key === "ArrowRight") { show(current + 1); event.preventDefault(); }
  });
  dialog.addEventListener("close", function () {
    image.removeAttribute("src");
    if (opener) opener.focus();
  });

  var touchX = null;
  dialog.addEventListener("touchstart", function (event) {
    touchX = event.changedTouches[0].clientX;
  }, { passive: true });
  dialog.addEventListener("touchend", function (event) {
    if (touchX === null) return;
    var distance = event.changedTouches[0].clientX - touchX;
    touchX = null;
    if (Math.abs(distance) > 40) show(current + (distance < 0 ? 1 : -1));
  }, { passive: true });
})();
