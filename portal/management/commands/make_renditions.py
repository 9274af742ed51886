"""Make the renditions of images stored before the rendition pipeline existed, and enter every
stored file in the media library."""

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db.models import Q

from news import cache, library
from news.renditions import CENTRE, RenditionsField, make_renditions, recrop

# Past this many images, every cached page is refreshed at once rather than item by item.
MANY = 1000


class Command(BaseCommand):
    help = (
        "Make the renditions (widths, WebP and JPEG/PNG, and the 16:9, square and 1200x630 "
        "shapes) of stored images that have none yet, then enter every stored image and file in "
        "the media library with where it is used. Safe to run again; --all remakes every "
        "image's renditions."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Remake renditions that exist.")

    def handle(self, *args, **options):
        changed = []
        for model in apps.get_models():
            for field in model._meta.concrete_fields:
                if isinstance(field, RenditionsField):
                    changed += self.make(model, field, remake=options["all"])
        # Rows were written with update(): tell the caches which items show new pictures.
        if len(changed) > MANY:
            cache.invalidate_all()
        else:
            cache.invalidate(*changed)
        entered, items = library.backfill()
        self.stdout.write(
            self.style.SUCCESS(
                f"Renditions made for {len(changed)} images. Media library: {entered} files "
                f"entered, uses of {items} items recorded."
            )
        )

    def make(self, model, field, remake):
        source = model._meta.get_field(field.source)
        rows = model._default_manager.exclude(**{source.attname: ""})
        if not remake:
            # Records made before the shapes and the focal point have no "source".
            rows = rows.filter(
                Q(**{field.attname: {}}) | ~Q(**{f"{field.attname}__has_key": "source"})
            )
        made = []
        for pk, name, record in rows.values_list("pk", source.attname, field.attname).iterator():
            storage = source.storage
            if not storage.exists(name):
                self.stderr.write(f"{model._meta.label} {pk}: {name} is missing, skipped.")
                continue
            if record and record.get("fallback") and not remake:
                record = recrop(storage, {**record, "source": name}, CENTRE)
            else:
                with storage.open(name, "rb") as stored:
                    content = ContentFile(stored.read())
                record = make_renditions(storage, name, content)
            model._default_manager.filter(pk=pk).update(**{field.attname: record})
            made.append(cache.tag_of(model, pk))
        return made
