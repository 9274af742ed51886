"""Responsive renditions of uploaded images, made once when an image is stored.

An image saved through `CheckedImageField` (news.images) is re-encoded upright and without
metadata; this module then stores it again at a few widths, each as WebP and as JPEG (PNG for
images with transparency or drawn graphics), and returns a small record of what it made:

    {"width": 1200, "height": 800, "type": "image/jpeg",
     "webp": [[240, "renditions/.../anh-240.webp"], ...],
     "fallback": [[240, "renditions/.../anh-240.jpg"], ...]}

The record lives in a `RenditionsField` beside the image, so that rendering a page is string
work only: no file is opened, no image decoded, no query made. `picture_html` turns it into a
`<picture>` element with `srcset`, `sizes`, `width` and `height`.
"""

import io
from pathlib import PurePosixPath

from django.core.files.base import ContentFile
from django.db import models
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from PIL import Image

# Thumbnails (sidebar, admin lists, cards) and screen widths (phones to wide desktops).
WIDTHS = (240, 480, 800, 1200, 1600)
WEBP_OPTIONS = {"quality": 80, "method": 4}
FALLBACKS = {
    "JPEG": ("jpg", "image/jpeg", {"quality": 82, "optimize": True, "progressive": True}),
    "PNG": ("png", "image/png", {"optimize": True}),
}
# What the browser is told when a template gives no `sizes`: the image spans the main column.
DEFAULT_SIZES = "(max-width: 900px) 100vw, 780px"


def _has_alpha(image):
    return image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info


def rendition_widths(width):
    """The widths to make for an image `width` pixels wide: never wider than the original."""
    largest = min(width, WIDTHS[-1])
    return [w for w in WIDTHS if w < largest] + [largest]


def make_renditions(storage, name, content):
    """Store the renditions of the image stored as `name`, read from its bytes in `content`.

    `content` is an image already checked and re-encoded by `news.images.normalize_image`.
    Returns the record described in the module docstring.
    """
    content.seek(0)
    image = Image.open(content)
    width, height = image.size
    record = {"width": width, "height": height}
    if getattr(image, "n_frames", 1) > 1:
        return record  # an animated GIF would lose its frames: served as uploaded
    fallback_format = "PNG" if _has_alpha(image) or image.format in {"PNG", "GIF"} else "JPEG"
    extension, mime, fallback_options = FALLBACKS[fallback_format]
    widths = rendition_widths(width)
    if image.format == "JPEG":
        image.draft("RGB", (widths[-1], round(height * widths[-1] / width)))  # faster decode
    options = {}
    if image.info.get("icc_profile"):
        options["icc_profile"] = image.info["icc_profile"]
    current = image.convert("RGBA" if _has_alpha(image) else "RGB")
    stem = PurePosixPath(name).with_suffix("")
    webp, fallback = [], []
    for target in reversed(widths):  # largest first, each made from the previous one
        size = (target, max(1, round(height * target / width)))
        if current.size != size:
            current = current.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        for image_format, ext, made, format_options in (
            ("WEBP", "webp", webp, WEBP_OPTIONS),
            (fallback_format, extension, fallback, fallback_options),
        ):
            out = io.BytesIO()
            current.save(out, format=image_format, **format_options, **options)
            stored = storage.save(f"renditions/{stem}-{target}.{ext}", ContentFile(out.getvalue()))
            made.insert(0, [target, stored])
    record.update(type=mime, webp=webp, fallback=fallback)
    return record


class RenditionsField(models.JSONField):
    """The renditions record of the image field named `source` on the same model.

    Filled by that image field when a new file is saved (see `CheckedImageField.pre_save`);
    never edited by hand.
    """

    def __init__(self, *args, source="image", **kwargs):
        self.source = source
        kwargs.setdefault("default", dict)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("editable", False)
        kwargs.setdefault("verbose_name", _("các cỡ ảnh"))
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["source"] = self.source
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        # Fields are saved in declaration order: let the image store a new file (and fill
        # this record) first, whatever the order on the model.
        model_instance._meta.get_field(self.source).pre_save(model_instance, add)
        return super().pre_save(model_instance, add)


def renditions_attname(image_field):
    """The attribute holding the renditions of `image_field`, or None when it keeps none."""
    if not hasattr(image_field, "_renditions_attname"):
        image_field._renditions_attname = next(
            (
                field.attname
                for field in image_field.model._meta.concrete_fields
                if isinstance(field, RenditionsField) and field.source == image_field.name
            ),
            None,
        )
    return image_field._renditions_attname


def renditions_of(fieldfile):
    """The renditions record of a stored image (an `ImageFieldFile`), `{}` when there is none."""
    attname = renditions_attname(fieldfile.field)
    return (attname and getattr(fieldfile.instance, attname, None)) or {}


def srcset(storage, candidates):
    return ", ".join(f"{storage.url(name)} {width}w" for width, name in candidates)


def rendition_url(fieldfile, width):
    """URL of the smallest fallback rendition at least `width` wide (or the original)."""
    candidates = renditions_of(fieldfile).get("fallback")
    if not candidates:
        return fieldfile.url
    name = next((n for w, n in candidates if w >= width), candidates[-1][1])
    return fieldfile.storage.url(name)


def picture_html(fieldfile, *, alt="", sizes=None, loading="lazy", css_class="", priority=False):
    """A `<picture>` for a stored image: WebP and fallback `srcset`, width and height set.

    Images above the fold pass `loading="eager"` (and `priority=True` for the one that matters
    most); the others load lazily. Without a renditions record (an image stored before the
    pipeline, an animated GIF) it is a plain `<img>` of the original.
    """
    if not fieldfile:
        return ""
    record = renditions_of(fieldfile)
    attrs = {"alt": alt, "loading": loading, "decoding": "async"}
    if css_class:
        attrs["class"] = css_class
    if priority:
        attrs["fetchpriority"] = "high"
    if record.get("width"):
        attrs["width"], attrs["height"] = record["width"], record["height"]
    if not record.get("fallback"):
        return format_html("<img {}>", _attributes({"src": fieldfile.url, **attrs}))
    storage = fieldfile.storage
    sizes = sizes or DEFAULT_SIZES
    fallback = record["fallback"]
    middle = next((name for width, name in fallback if width >= 800), fallback[-1][1])
    img = {
        "src": storage.url(middle),
        "srcset": srcset(storage, fallback),
        "sizes": sizes,
        **attrs,
    }
    return format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}"><img {}></picture>',
        srcset(storage, record["webp"]),
        sizes,
        _attributes(img),
    )


def _attributes(attrs):
    return format_html_join(" ", '{}="{}"', attrs.items())
