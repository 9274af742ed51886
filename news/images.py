"""Uploaded images: judged by their content, re-encoded, and stored under safe names.

Every path that stores an image (an admin form, the editor's upload, a management command, the
shell) goes through `check_image` and `normalize_image`, usually by way of `CheckedImageField`.
"""

import io
import secrets
import warnings
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.db.models.fields.files import ImageFieldFile
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

from news.renditions import files_of, make_renditions, renditions_attname
from news.text import slugify

# Pillow format name -> file extension. Only these decoders are ever tried on an upload.
FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}

MESSAGES = {
    "too_big": _("Tệp ảnh quá lớn (%(size)s). Dung lượng tối đa là %(limit)s."),
    "not_image": _(
        "Tệp này không phải là ảnh JPEG, PNG, WebP hoặc GIF. Định dạng được nhận biết theo nội "
        "dung tệp, không theo tên tệp."
    ),
    "too_many_pixels": _(
        "Ảnh có kích thước %(width)s x %(height)s điểm ảnh, vượt quá giới hạn %(limit)s triệu "
        "điểm ảnh. Hãy thu nhỏ ảnh rồi tải lên lại."
    ),
    "far_too_many_pixels": _(
        "Ảnh có số điểm ảnh quá lớn, vượt xa giới hạn %(limit)s triệu điểm ảnh. Hãy thu nhỏ ảnh "
        "rồi tải lên lại."
    ),
    "broken": _("Tệp ảnh bị hỏng hoặc không đầy đủ; không đọc được nội dung ảnh."),
    "empty": _("Tệp ảnh trống."),
}


def _reject(code, **params):
    raise ValidationError(MESSAGES[code], code=code, params=params)


def _open(file):
    """Open an upload with the allowed decoders only, reading no more than the header."""
    file.seek(0)
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return Image.open(file, formats=list(FORMATS))
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            # Pillow's own guard fires first for canvases over twice its limit.
            _reject("far_too_many_pixels", limit=_limit_millions())
        except UnidentifiedImageError:
            _reject("not_image")
        except (OSError, SyntaxError, ValueError, EOFError):
            _reject("broken")


def _limit_millions():
    return f"{settings.IMAGE_MAX_PIXELS / 1_000_000:g}"


def check_image(file):
    """Refuse anything but a sound JPEG, PNG, WebP or GIF within the size and pixel limits.

    Size and pixel count are read from the header before any pixel is decoded, so a small file
    declaring a huge canvas costs no memory. Returns the opened, fully decoded image.
    """
    size = getattr(file, "size", None)
    if not size:
        _reject("empty")
    if size > settings.IMAGE_MAX_BYTES:
        _reject(
            "too_big",
            size=filesizeformat(size),
            limit=filesizeformat(settings.IMAGE_MAX_BYTES),
        )
    image = _open(file)
    width, height = image.size
    frames = getattr(image, "n_frames", 1)
    if width * height * frames > settings.IMAGE_MAX_PIXELS:
        _reject("too_many_pixels", width=width, height=height, limit=_limit_millions())
    try:
        image.load()
        if frames > 1:
            for index in range(frames):
                image.seek(index)
                image.load()
            image.seek(0)
    except (OSError, SyntaxError, ValueError, EOFError, Image.DecompressionBombError):
        _reject("broken")
    return image


def safe_name(original_name, image_format):
    """A name that is safe on any storage: an ASCII slug of the original plus a random suffix."""
    stem = slugify(PurePath(str(original_name)).stem, max_length=60) or "anh"
    return f"{stem}-{secrets.token_hex(4)}{FORMATS[image_format]}"


# What re-encoding keeps from the original besides its pixels: what shows them right (the
# colour profile, transparency) and what animates them. Comments, EXIF, XMP, text chunks and
# application blocks are dropped: Pillow writes an image's comment back by default.
KEPT_INFO = frozenset({"transparency", "duration", "loop", "background"})


def _upright(image):
    try:
        return ImageOps.exif_transpose(image)
    except (SyntaxError, ValueError, OSError, TypeError, KeyError):
        return image  # an EXIF block too broken to read holds no orientation worth keeping


def normalize_image(file, name=None):
    """Check `file` and re-encode it: upright, without metadata or trailing bytes.

    Returns a ContentFile named by `safe_name`. Re-encoding drops EXIF (with any GPS location),
    XMP, comments, text chunks and whatever payload was appended after the image data; only
    the pixels, the colour profile, transparency and animation timing remain.
    """
    image = check_image(file)
    image_format = image.format
    icc_profile = image.info.get("icc_profile")
    out = io.BytesIO()
    if getattr(image, "n_frames", 1) > 1:
        image.info = {k: v for k, v in image.info.items() if k in KEPT_INFO}
        # Each frame's own comment would otherwise be copied into the output.
        image.save(out, format="GIF", save_all=True, optimize=False, comment=b"")
    else:
        upright = _upright(image)
        upright.info = {k: v for k, v in upright.info.items() if k in KEPT_INFO}
        options = {}
        if image_format == "JPEG":
            if upright.mode not in ("RGB", "L"):
                upright = upright.convert("RGB")
            options = {"quality": 85, "optimize": True, "progressive": True}
        elif image_format == "WEBP":
            options = {"quality": 85}
        if icc_profile:
            options["icc_profile"] = icc_profile
        upright.save(out, format=image_format, **options)
    return ContentFile(out.getvalue(), name=safe_name(name or file.name, image_format))


class CheckedImageFormField(forms.ImageField):
    """A form field that judges the upload with `check_image` and says why it refused it."""

    def to_python(self, data):
        file = forms.FileField.to_python(self, data)
        if file is None:
            return None
        check_image(file)
        file.seek(0)
        return file


class CheckedImageFieldFile(ImageFieldFile):
    """Every way of storing a file in a `CheckedImageField` checks and re-encodes it first.

    `pre_save` (forms, the admin) and a direct `instance.image.save(name, content)` (scripts,
    the shell) both arrive here; the renditions are made from the same re-encoded bytes.
    """

    def save(self, name, content, save=True):
        from news import library

        content = normalize_image(content, name=name)
        super().save(content.name, content, save=False)
        record = make_renditions(self.storage, self.name, content)
        renditions = renditions_attname(self.field)
        if renditions:
            setattr(self.instance, renditions, record)
        library.register_field_file(self, size=content.size, original_name=str(name), record=record)
        if save:
            self.instance.save()

    def delete(self, save=True):
        renditions = renditions_attname(self.field)
        if renditions and self:
            for name in files_of(getattr(self.instance, renditions) or {}):
                self.storage.delete(name)
            setattr(self.instance, renditions, {})
        super().delete(save)


class CheckedImageField(models.ImageField):
    """An image field whose new files are checked and re-encoded before they are stored.

    When the model has a `RenditionsField(source=<this field>)`, the renditions of a new file
    are made here too, once, and recorded there; clearing the image clears the record.
    """

    attr_class = CheckedImageFieldFile

    def __init__(self, *args, library_origin="", library_alt="", library_caption="", **kwargs):
        # How the media library (news.library) describes the images stored here: where they
        # came from, and the fields of the item holding their alt text and caption.
        self.library_origin = library_origin
        self.library_alt, self.library_caption = library_alt, library_caption
        super().__init__(*args, **kwargs)

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        renditions = renditions_attname(self)
        if file and not file._committed:
            file.save(file.name, file.file, save=False)
        elif not file and renditions:
            setattr(model_instance, renditions, {})
        elif file and renditions:
            record = getattr(model_instance, renditions) or {}
            if record.get("source") != file.name:
                # A stored image picked from the library: its renditions are made already.
                from news import library

                found = library.renditions_for(file.name)
                if found:
                    setattr(model_instance, renditions, found)
        return super().pre_save(model_instance, add)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": CheckedImageFormField, **kwargs})
