"""Responsive renditions of uploaded images, made once when an image is stored.

An image saved through `CheckedImageField` (news.images) is re-encoded upright and without
metadata; this module then stores it again at a few widths, each as WebP and as JPEG (PNG for
images with transparency or drawn graphics), cropped to the fixed shapes the pages use (cards
16:9, square thumbnails, the 1200x630 image shared on social networks) around the image's focal
point (its centre until an editor marks one, news.library), and returns a small record of what
it made:

    {"source": "articles/.../anh-1a2b3c4d.jpg", "width": 1200, "height": 800,
     "type": "image/jpeg", "focal": [0.5, 0.5],
     "webp": [[240, "renditions/.../anh-240.webp"], ...],
     "fallback": [[240, "renditions/.../anh-240.jpg"], ...],
     "crops": {"16:9": {"width": 1200, "height": 675, "webp": [...], "fallback": [...]},
               "1:1": {...}},
     "share": {"width": 1200, "height": 630, "name": "renditions/.../anh-share.jpg"}}

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
# Fixed shapes and the widths made of each: cards (200 to 780 CSS pixels wide) and album covers
# are 16:9, the sidebar's photo strip square (96 pixels).
CROPS = {"16:9": ((16, 9), (480, 800, 1200)), "1:1": ((1, 1), (240,))}
# What Facebook, Zalo and X show for a shared link.
SHARE_SIZE = (1200, 630)
CENTRE = (0.5, 0.5)


def _has_alpha(image):
    return image.mode in {"RGBA", "LA", "PA"} or "transparency" in image.info


def rendition_widths(width):
    """The widths to make for an image `width` pixels wide: never wider than the original."""
    largest = min(width, WIDTHS[-1])
    return [w for w in WIDTHS if w < largest] + [largest]


def make_renditions(storage, name, content, focal=CENTRE):
    """Store the renditions of the image stored as `name`, read from its bytes in `content`.

    `content` is an image already checked and re-encoded by `news.images.normalize_image`.
    Returns the record described in the module docstring.
    """
    content.seek(0)
    image = Image.open(content)
    width, height = image.size
    record = {"source": name, "width": width, "height": height}
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
    base = current
    stem = PurePosixPath(name).with_suffix("")
    formats = (("WEBP", "webp", WEBP_OPTIONS), (fallback_format, extension, fallback_options))
    webp, fallback = [], []
    for target in reversed(widths):  # largest first, each made from the previous one
        size = (target, max(1, round(height * target / width)))
        if current.size != size:
            current = current.resize(size, Image.Resampling.LANCZOS, reducing_gap=3.0)
        for (image_format, ext, format_options), made in zip(
            formats, (webp, fallback), strict=True
        ):
            out = io.BytesIO()
            current.save(out, format=image_format, **format_options, **options)
            stored = storage.save(f"renditions/{stem}-{target}.{ext}", ContentFile(out.getvalue()))
            made.insert(0, [target, stored])
    record.update(type=mime, webp=webp, fallback=fallback)
    record.update(_crops(storage, stem, base, (width, height), focal, formats, options))
    return record


def crop_box(size, ratio, focal):
    """The largest box of `ratio` inside an image of `size`, as centred on `focal` (fractions of
    the width and height) as the image's edges allow."""
    width, height = size
    across, down = ratio
    if width * down > height * across:
        box = (round(height * across / down), height)
    else:
        box = (width, round(width * down / across))
    left = min(max(round(focal[0] * width - box[0] / 2), 0), width - box[0])
    top = min(max(round(focal[1] * height - box[1] / 2), 0), height - box[1])
    return (left, top, left + box[0], top + box[1])


def _scaled_box(box, scale):
    return tuple(round(edge * scale) for edge in box)


def _crops(storage, stem, base, size, focal, formats, options):
    """The fixed-shape renditions of an image (`base`, decoded, maybe smaller than `size`)."""
    scale = base.width / size[0]
    tag = f"f{round(focal[0] * 100)}-{round(focal[1] * 100)}"
    crops = {}
    for shape, (ratio, widths) in CROPS.items():
        box = crop_box(size, ratio, focal)
        region = base.crop(_scaled_box(box, scale))
        fitting = [w for w in widths if w < box[2] - box[0]] or [box[2] - box[0]]
        largest = (fitting[-1], max(1, round(fitting[-1] * ratio[1] / ratio[0])))
        made = {"width": largest[0], "height": largest[1], "webp": [], "fallback": []}
        name = shape.replace(":", "x")
        for target in reversed(fitting):
            resized = region.resize(
                (target, max(1, round(target * ratio[1] / ratio[0]))), Image.Resampling.LANCZOS
            )
            for (image_format, ext, format_options), key in zip(
                formats, ("webp", "fallback"), strict=True
            ):
                out = io.BytesIO()
                resized.save(out, format=image_format, **format_options, **options)
                stored = storage.save(
                    f"renditions/{stem}-{name}-{tag}-{target}.{ext}", ContentFile(out.getvalue())
                )
                made[key].insert(0, [target, stored])
        crops[shape] = made
    box = crop_box(size, SHARE_SIZE, focal)
    share_width = min(SHARE_SIZE[0], box[2] - box[0])
    share_size = (share_width, round(share_width * SHARE_SIZE[1] / SHARE_SIZE[0]))
    shared = base.crop(_scaled_box(box, scale)).convert("RGB")
    out = io.BytesIO()
    shared.resize(share_size, Image.Resampling.LANCZOS).save(
        out, format="JPEG", **FALLBACKS["JPEG"][2], **options
    )
    share_name = storage.save(f"renditions/{stem}-share-{tag}.jpg", ContentFile(out.getvalue()))
    return {
        "focal": list(focal),
        "crops": crops,
        "share": {"width": share_size[0], "height": share_size[1], "name": share_name},
    }


def recrop(storage, record, focal):
    """`record` with its fixed shapes made again around `focal`; the widths stay as they are."""
    name = record["source"]
    with storage.open(name, "rb") as stored:
        image = Image.open(io.BytesIO(stored.read()))
        image.load()
    if getattr(image, "n_frames", 1) > 1 or not record.get("fallback"):
        return {**record, "focal": list(focal)}
    fallback_format = "PNG" if record.get("type") == "image/png" else "JPEG"
    extension, _mime, fallback_options = FALLBACKS[fallback_format]
    formats = (("WEBP", "webp", WEBP_OPTIONS), (fallback_format, extension, fallback_options))
    options = {"icc_profile": image.info["icc_profile"]} if image.info.get("icc_profile") else {}
    base = image.convert("RGBA" if _has_alpha(image) else "RGB")
    stem = PurePosixPath(name).with_suffix("")
    return {**record, **_crops(storage, stem, base, base.size, focal, formats, options)}


def files_of(record):
    """Every stored name a record made (the source excepted)."""
    names = [name for _w, name in [*record.get("webp", []), *record.get("fallback", [])]]
    for crop in record.get("crops", {}).values():
        names += [name for _w, name in [*crop["webp"], *crop["fallback"]]]
    if record.get("share"):
        names.append(record["share"]["name"])
    return names


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


def rendition_url(fieldfile, width, crop=None):
    """URL of the smallest fallback rendition at least `width` wide (or the original)."""
    record = renditions_of(fieldfile)
    candidates = record.get("crops", {}).get(crop, record).get("fallback")
    if not candidates:
        return fieldfile.url
    name = next((n for w, n in candidates if w >= width), candidates[-1][1])
    return fieldfile.storage.url(name)


def share_url(fieldfile):
    """URL of the 1200x630 image made for social networks (or the original)."""
    share = renditions_of(fieldfile).get("share")
    return fieldfile.storage.url(share["name"]) if share else fieldfile.url


def picture_html(
    fieldfile, *, alt="", sizes=None, loading="lazy", css_class="", priority=False, crop=None
):
    """A `<picture>` for a stored image: WebP and fallback `srcset`, width and height set.

    Images above the fold pass `loading="eager"` (and `priority=True` for the one that matters
    most); the others load lazily. `crop="16:9"` (or "1:1") uses that shape, cut around the
    image's focal point. Without a renditions record (an image stored before the pipeline, an
    animated GIF) it is a plain `<img>` of the original.
    """
    if not fieldfile:
        return ""
    record = renditions_of(fieldfile)
    if crop and crop in record.get("crops", {}):
        record = record["crops"][crop]
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
