"""The media library: every image and file stored once, found again, reused, never lost in use.

- **Everything uploaded enters it.** An image saved through a `CheckedImageField` (a featured
  image, an album photo, a logo), an image uploaded in the editor, a document's attached file
  and an upload to the library itself each get a `MediaFile` row: its stored name, who uploaded
  it, when, from where, its size and, for images, the renditions record (news.renditions). The
  upload rules do not change: the file went through its field's checks and re-encoding first.
- **Reuse shares the stored name.** Picking a library image for an article or an album sets the
  image field to the same name; the field then copies the library's renditions record
  (`renditions_for`), so nothing is stored or encoded twice and pages still read no file.
- **Where it is used** is kept on every save (`track`): the file fields of every model and the
  images and links inside rich text (their addresses name the file, or a rendition named after
  it). A `MediaUse` row protects its file: deleting a used file is refused on every path.
- **The focal point** of an image (fractions of its width and height, the centre by default) is
  where its fixed-shape renditions are cut (`refocus`); moving it makes them again, here and in
  the record of every item that shows the image, each saved so that cached pages follow.
"""

import re
from contextlib import contextmanager
from contextvars import ContextVar

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext as _

from news import renditions as renditions_module
from news.media import media_base_url
from news.models import MediaFile, MediaUse
from news.richtext import SanitizedHTMLField

# Stored names end with a random 8-hex suffix (news.images.safe_name, the documents' own); a
# rendition's name starts with its image's name without the extension.
_STEM = re.compile(r"^(?:renditions/)?(?P<stem>.+-[0-9a-f]{8})(?=[-._]|$)")

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".webp", ".gif")

_uploader = ContextVar("library_uploader", default=None)


def stem(name):
    """'articles/2025/05/anh-1a2b3c4d.jpg' and its renditions -> 'articles/2025/05/anh-1a2b3c4d'."""
    found = _STEM.match(name)
    return found["stem"] if found else name.rsplit(".", 1)[0]


# Who is uploading ------------------------------------------------------------------------------


class UploaderMiddleware:
    """Remembers the signed-in user of a request, so that whatever it stores is theirs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _uploader.set(request)
        try:
            return self.get_response(request)
        finally:
            _uploader.reset(token)


def _current_user():
    request = _uploader.get()
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


@contextmanager
def uploading_as(user):
    """Store uploads as `user`'s outside a request (a command, a test)."""

    class Carrier:
        pass

    carrier = Carrier()
    carrier.user = user
    token = _uploader.set(carrier)
    try:
        yield
    finally:
        _uploader.reset(token)


# Entering the library ----------------------------------------------------------------------------


def register(name, *, size=0, original_name="", origin="", record=None, alt="", caption=""):
    """The library's row of the stored `name`, made if it has none (idempotent)."""
    image = record is not None
    media, created = MediaFile.objects.get_or_create(
        file=name,
        defaults={
            "stem": stem(name),
            "kind": MediaFile.Kind.IMAGE if image else MediaFile.Kind.FILE,
            "original_name": (original_name or name.rsplit("/", 1)[-1])[:255],
            "origin": str(origin)[:100],
            "size": size,
            "width": (record or {}).get("width"),
            "height": (record or {}).get("height"),
            "renditions": record or {},
            "alt": alt[:255],
            "caption": caption[:500],
            "uploaded_by": _current_user(),
        },
    )
    return media


def register_field_file(fieldfile, *, size=0, original_name="", record=None):
    """A file just stored by a model's file field: origin and texts read from the field."""
    field, instance = fieldfile.field, fieldfile.instance
    origin = getattr(field, "library_origin", "") or capfirst(instance._meta.verbose_name)
    texts = {}
    for key in ("alt", "caption"):
        attname = getattr(field, f"library_{key}", "")
        texts[key] = str(getattr(instance, attname, "") or "") if attname else ""
    return register(
        fieldfile.name,
        size=size,
        original_name=original_name,
        origin=origin,
        record=record,
        **texts,
    )


def stored_image(upload, *, folder):
    """Check, re-encode and store an uploaded image under `folder/YYYY/MM/` and make its
    renditions: the fields of its library row. Raises ValidationError saying why a file is
    refused."""
    from news.images import normalize_image

    image = normalize_image(upload)
    name = default_storage.save(f"{folder}/{timezone.now():%Y/%m}/{image.name}", image)
    record = renditions_module.make_renditions(default_storage, name, image)
    return {
        "file": name,
        "stem": stem(name),
        "kind": MediaFile.Kind.IMAGE,
        "original_name": getattr(upload, "name", "")[:255],
        "size": image.size,
        "width": record.get("width"),
        "height": record.get("height"),
        "renditions": record,
        "uploaded_by": _current_user(),
    }


def store_image(upload, *, folder, origin):
    """An uploaded image stored (see `stored_image`) and entered in the library."""
    return MediaFile.objects.create(origin=str(origin), **stored_image(upload, folder=folder))


def renditions_for(name):
    """The renditions record the library keeps for the stored `name`, or None."""
    return MediaFile.objects.filter(file=name).values_list("renditions", flat=True).first()


# Where each file is used -----------------------------------------------------------------------


def referenced_stems(html):
    """The stems of the stored files that rich text shows or links to."""
    base = re.escape(media_base_url())
    found = re.findall(rf'{base}([^"\'\s,<>?#]+)', html or "")
    return {stem(path) for path in found}


def tracked_fields(model):
    """(file fields, rich-text fields) of `model` whose values may name library files."""
    files, rich = [], []
    for field in model._meta.concrete_fields:
        if isinstance(field, models.FileField):
            files.append(field)
        elif isinstance(field, SanitizedHTMLField):
            rich.append(field)
    return files, rich


def track(sender, instance, raw=False, created=False, **kwargs):
    """Keep the `MediaUse` rows of `instance` equal to what its fields show now."""
    if raw:
        return
    files, rich = tracked_fields(sender)
    wanted_names = {}
    wanted_stems = {}
    for field in files:
        value = getattr(instance, field.attname)
        name = getattr(value, "name", value)
        if name:
            wanted_names.setdefault(name, set()).add(field.name)
    for field in rich:
        for found in referenced_stems(getattr(instance, field.attname)):
            wanted_stems.setdefault(found, set()).add(field.name)
    wanted = set()
    if wanted_names or wanted_stems:
        rows = MediaFile.objects.filter(
            models.Q(file__in=wanted_names) | models.Q(stem__in=wanted_stems)
        ).values_list("pk", "file", "stem")
        for pk, name, media_stem in rows:
            for field_name in wanted_names.get(name, set()) | wanted_stems.get(media_stem, set()):
                wanted.add((pk, field_name))
    content_type = ContentType.objects.get_for_model(sender)
    uses = MediaUse.objects.filter(content_type=content_type, object_id=instance.pk)
    existing = set() if created else set(uses.values_list("media_id", "field"))
    gone = existing - wanted
    if gone:
        stale = models.Q(pk__in=[])
        for media_id, field_name in gone:
            stale |= models.Q(media_id=media_id, field=field_name)
        uses.filter(stale).delete()
    MediaUse.objects.bulk_create(
        [
            MediaUse(media_id=pk, content_type=content_type, object_id=instance.pk, field=name)
            for pk, name in wanted - existing
        ],
        ignore_conflicts=True,
    )


def untrack(sender, instance, **kwargs):
    content_type = ContentType.objects.get_for_model(sender)
    MediaUse.objects.filter(content_type=content_type, object_id=instance.pk).delete()


def uses_of(media):
    """(item, field label, admin address or "") of each place `media` is shown."""
    from django.contrib import admin
    from django.urls import NoReverseMatch, reverse

    found = []
    for use in media.uses.select_related("content_type"):
        model = use.content_type.model_class()
        item = model._base_manager.filter(pk=use.object_id).first() if model else None
        if item is None:
            continue
        label = model._meta.get_field(use.field).verbose_name
        shown = item
        if not admin.site.is_registered(model):
            # A part of something (an album's photo, a document's file): link to the whole.
            parent = next(
                (
                    getattr(item, f.name)
                    for f in model._meta.concrete_fields
                    if f.is_relation and admin.site.is_registered(f.related_model)
                ),
                None,
            )
            shown = parent or item
        opts = shown._meta
        try:
            url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[shown.pk])
        except NoReverseMatch:
            url = ""
        found.append((item, shown, label, url))
    return found


# Files stored before the library ----------------------------------------------------------------


def _walk(storage, folder):
    try:
        folders, files = storage.listdir(folder)
    except (FileNotFoundError, NotImplementedError):
        return
    for name in files:
        yield f"{folder}/{name}"
    for sub in folders:
        yield from _walk(storage, f"{folder}/{sub}")


def backfill():
    """Enter in the library every stored file a model's file field names and every image the
    editor stored (under editor/), then record where each is used. Returns (entered, items).
    Safe to run again."""
    from news.images import CheckedImageField

    known = set(MediaFile.objects.values_list("file", flat=True))
    entered = 0
    tracked = []
    for model in apps.get_models():
        if model in (MediaFile, MediaUse) or model._meta.proxy:
            continue
        files, rich = tracked_fields(model)
        if files or rich:
            tracked.append((model, files, rich))
        for field in files:
            attname = renditions_module.renditions_attname(field)
            image = isinstance(field, CheckedImageField)
            columns = [field.attname, attname] if attname else [field.attname]
            rows = model._base_manager.exclude(**{field.attname: ""}).values_list(*columns)
            for name, *record in rows.iterator():
                if name in known:
                    continue
                origin = getattr(field, "library_origin", "") or capfirst(model._meta.verbose_name)
                record = (record[0] if record else None) or ({} if image else None)
                register(name, origin=origin, record=record)
                known.add(name)
                entered += 1
    for name in _walk(default_storage, "editor"):
        if name in known or not name.lower().endswith(IMAGE_EXTENSIONS):
            continue
        with default_storage.open(name, "rb") as stored:
            content = ContentFile(stored.read())
        try:
            record = renditions_module.make_renditions(default_storage, name, content)
        except (OSError, ValueError):
            continue  # not an image after all: left out
        register(name, size=content.size, origin=_("Ảnh trong bài viết"), record=record)
        known.add(name)
        entered += 1
    items = 0
    for model, files, rich in tracked:
        columns = ["pk", *(f.attname for f in files), *(f.attname for f in rich)]
        for instance in model._base_manager.only(*columns).iterator():
            track(model, instance)
            items += 1
    return entered, items


# The focal point -------------------------------------------------------------------------------


def refocus(media, x, y):
    """Make the fixed-shape renditions of `media` again around (x, y), and give every item that
    shows it the new record, each through its own save (cached pages follow it)."""
    record = renditions_module.recrop(default_storage, media.renditions, (x, y))
    media.focal_x, media.focal_y, media.renditions = x, y, record
    media.save(update_fields=["focal_x", "focal_y", "renditions"])
    for use in media.uses.select_related("content_type"):
        model = use.content_type.model_class()
        field = model._meta.get_field(use.field) if model else None
        attname = renditions_module.renditions_attname(field) if field else None
        if not attname:
            continue
        for item in model._base_manager.filter(pk=use.object_id):
            setattr(item, attname, record)
            item.save(update_fields=[attname])
    return record


def release(name):
    """After an item showing the stored `name` was deleted: the library's row goes too when
    nothing else shows the file (deleting the file and its renditions). Returns whether the
    library keeps `name`, so that the caller leaves the file alone."""
    media = MediaFile.objects.filter(file=name).first()
    if media is None:
        return False
    if not media.uses.exists():
        media.delete()
    return True


def _deleted(sender, instance, **kwargs):
    """A library file deleted (none of its uses left, or it could not be): its bytes go too,
    once the deletion has committed."""
    names = [instance.file.name, *renditions_module.files_of(instance.renditions or {})]

    def remove():
        for name in names:
            default_storage.delete(name)

    transaction.on_commit(remove)


def connect_signals():
    """Follow the saves of every model that can name a library file (after all apps loaded)."""
    for model in apps.get_models():
        if model in (MediaFile, MediaUse):
            continue
        files, rich = tracked_fields(model)
        if not (files or rich):
            continue
        label = model._meta.label
        post_save.connect(track, sender=model, dispatch_uid=f"library-track-{label}")
        post_delete.connect(untrack, sender=model, dispatch_uid=f"library-untrack-{label}")
    post_delete.connect(_deleted, sender=MediaFile, dispatch_uid="library-file-deleted")
