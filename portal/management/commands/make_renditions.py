"""Make the renditions of images stored before the rendition pipeline existed."""

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand

from news import cache
from news.renditions import RenditionsField, make_renditions

# Past this many images, every cached page is refreshed at once rather than item by item.
MANY = 1000


class Command(BaseCommand):
    help = (
        "Make the renditions (widths, WebP and JPEG/PNG) of stored images that have none yet. "
        "Safe to run again; --all remakes every image's renditions."
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
        self.stdout.write(self.style.SUCCESS(f"Renditions made for {len(changed)} images."))

    def make(self, model, field, remake):
        source = model._meta.get_field(field.source)
        rows = model._default_manager.exclude(**{source.attname: ""})
        if not remake:
            rows = rows.filter(**{field.attname: {}})
        made = []
        for pk, name in rows.values_list("pk", source.attname).iterator():
            storage = source.storage
            if not storage.exists(name):
                self.stderr.write(f"{model._meta.label} {pk}: {name} is missing, skipped.")
                continue
            with storage.open(name, "rb") as stored:
                content = ContentFile(stored.read())
            record = make_renditions(storage, name, content)
            model._default_manager.filter(pk=pk).update(**{field.attname: record})
            made.append(cache.tag_of(model, pk))
        return made
