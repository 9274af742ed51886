/* Fill the slug from the Vietnamese title as the writer types, the same way the server makes it
   ("Đảng ủy Khối" -> "dang-uy-khoi"). Django's own URLify turns "đ" into "dj" and drops most
   Vietnamese vowels, so it is not used. Stops as soon as the writer edits the slug. */
"use strict";
(function () {
  function slugify(text) {
    return text
      .replace(/đ/g, "d").replace(/Đ/g, "D")
      .normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, " ")
      .trim()
      .replace(/[\s-]+/g, "-")
      .slice(0, 200)
      .replace(/-+$/, "");
  }
  document.addEventListener("DOMContentLoaded", function () {
    var slug = document.getElementById("id_slug");
    var source = document.getElementById("id_title") || document.getElementById("id_name");
    if (!slug || !source) return;
    var touched = slug.value !== "";
    slug.addEventListener("input", function () { touched = slug.value !== ""; });
    source.addEventListener("input", function () {
      if (!touched) slug.value = slugify(source.value);
    });
  });
})();
