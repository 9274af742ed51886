/* The media library in the admin (news/library_admin.py): a preview of what a chooser picked,
   the focal point picker, and inserting a library file into a CKEditor 5 body. Django's own
   RelatedObjectLookups.js opens the library's list in a window and fills the chooser's input. */
'use strict';
(function () {
  if (window.portalLibrary) {
    return;
  }
  window.portalLibrary = true;

  function embedUrl(input, id) {
    return input.dataset.embed.replace(/\/0\/embed\/$/, '/' + encodeURIComponent(id) + '/embed/');
  }

  function fetchEmbed(input, id) {
    return fetch(embedUrl(input, id), { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) {
        throw new Error(response.status);
      }
      return response.json();
    });
  }

  function lastId(value) {
    const ids = (value || '').split(',').filter(Boolean);
    return ids.length ? ids[ids.length - 1] : '';
  }

  // A chooser (featured image, album photos): show what was picked.
  function showPreview(input) {
    const preview = input.parentElement.querySelector('.library-preview');
    const id = lastId(input.value);
    if (!preview) {
      return;
    }
    preview.textContent = '';
    if (!id) {
      return;
    }
    fetchEmbed(input, id).then(function (media) {
      if (media.thumbnail) {
        const image = document.createElement('img');
        image.src = media.thumbnail;
        image.alt = media.alt || '';
        preview.appendChild(image);
      }
      const name = document.createElement('span');
      name.textContent = media.name;
      preview.appendChild(name);
    }).catch(function () {});
  }

  // A library file into the editor: an image with its WebP widths and alt text, or a link.
  function insertIntoEditor(input) {
    const id = lastId(input.value);
    const editor = window.editors && window.editors[input.dataset.editor];
    input.value = '';
    if (!id || !editor) {
      return;
    }
    fetchEmbed(input, id).then(function (media) {
      editor.editing.view.focus();
      if (media.kind === 'image') {
        const source = { src: media.src, alt: media.alt || '' };
        if (media.srcset) {
          source.srcset = media.srcset;
        }
        editor.execute('insertImage', { source: [source] });
      } else if (media.url) {
        editor.model.change(function (writer) {
          const text = writer.createText(media.name, { linkHref: media.url });
          editor.model.insertContent(text);
        });
      }
    }).catch(function () {});
  }

  // The focal point: a click on the image sets both fractions.
  function pickFocus(event) {
    const image = event.target;
    const box = image.getBoundingClientRect();
    const x = Math.min(Math.max((event.clientX - box.left) / box.width, 0), 1);
    const y = Math.min(Math.max((event.clientY - box.top) / box.height, 0), 1);
    const form = image.closest('form');
    form.querySelector('#id_focal_x').value = x.toFixed(3);
    form.querySelector('#id_focal_y').value = y.toFixed(3);
    moveMark(form);
  }

  function moveMark(form) {
    const mark = form.querySelector('.focal-picker__mark');
    const x = parseFloat(form.querySelector('#id_focal_x').value);
    const y = parseFloat(form.querySelector('#id_focal_y').value);
    if (mark && !isNaN(x) && !isNaN(y)) {
      mark.style.left = (x * 100) + '%';
      mark.style.top = (y * 100) + '%';
    }
  }

  function start() {
    const $ = window.django && window.django.jQuery;
    if ($) {
      // Django's lookup window announces its choice with a jQuery event.
      $(document).on('change', 'input.library-chooser', function () {
        showPreview(this);
      });
      $(document).on('change', 'input.editor-library__value', function () {
        insertIntoEditor(this);
      });
    }
    document.querySelectorAll('input.library-chooser').forEach(showPreview);
    document.querySelectorAll('.focal-picker__image').forEach(function (image) {
      image.addEventListener('click', pickFocus);
      const form = image.closest('form');
      ['#id_focal_x', '#id_focal_y'].forEach(function (selector) {
        const field = form.querySelector(selector);
        if (field) {
          field.addEventListener('input', function () { moveMark(form); });
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
