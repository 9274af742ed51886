"""What both importers share: the run (check, then write in one transaction), the report, the
address of every item known before any is written, images and links pointed at their new
copies, and the rule for items imported before."""

import hashlib
import json
import sys

from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from tqdm import tqdm

from news import cache
from news.articles.models import Article, Category
from news.pages.models import Page
from news.richtext import BODY_IMAGE_SIZES
from news.text import slugify
from portal.redirects import addresses

from .media import MediaStore
from .models import ImportedItem, ImportRun
from .report import Report
from .writer import Writer

# Part of every item's checksum: a new version of the conversion re-imports unchanged items.
CONVERSION_VERSION = 1
SLUG_LENGTHS = {Article: 255, Page: 200}
URL_NAMES = {Article: "articles:detail", Page: "pages:detail"}


class ImportFailed(Exception):
    """A source that cannot be imported at all; the message is for the webmaster."""


def _plain_value(value):
    return getattr(value, "pk", None) or str(value)


def checksum(*parts):
    text = json.dumps(
        [CONVERSION_VERSION, *parts], ensure_ascii=False, sort_keys=True, default=_plain_value
    )
    return hashlib.sha256(text.encode()).hexdigest()


def progress(iterable=None, **kwargs):
    """A progress bar on a terminal (standard error), nothing in logs or tests."""
    options = {"disable": None, "leave": False, "dynamic_ncols": True, **kwargs}
    if options["disable"] is False:
        options["disable"] = None  # shown only on a terminal, even when asked for
    return tqdm(iterable, file=sys.stderr, **options)


class Importer:
    kind = ""  # ImportRun.Kind

    def __init__(self, *, origin, source, dry_run=False, overwrite=False, batch_size=500):
        self.origin = origin
        self.source = source
        self.dry_run = dry_run
        self.overwrite = overwrite
        self.report = Report(dry_run=dry_run)
        self.writer = Writer(origin, report=self.report, dry_run=dry_run, batch_size=batch_size)
        self.media = None  # a MediaStore, set by `use_media`
        self.slugs = {}  # (model, key) -> the slug the item has or will have
        self.records = {}  # (kind, key) -> (object_id, checksum, imported_at, data)
        self.current = {}  # (model, pk) -> updated_at, for the items imported before

    def use_media(self, source):
        self.media = MediaStore(
            source, origin=self.origin, report=self.report, dry_run=self.dry_run, writer=self.writer
        )

    # The run ---------------------------------------------------------------------------------

    def run(self):
        """Check the whole source, then import it in one transaction; returns the report."""
        self.scan()
        started = timezone.now()
        try:
            # Bulk writes send no signal; the few saves one by one (categories, accounts) are
            # not recorded each either: the writer refreshes everything once at the end.
            with cache.bulk(), transaction.atomic():
                self.prepare()
                self.import_items()
                self.finish()
                self.writer.finish()
                if self.dry_run:
                    transaction.set_rollback(True)
                else:
                    ImportRun.objects.create(
                        kind=self.kind,
                        source=str(self.source)[:1000],
                        started_at=started,
                        finished_at=timezone.now(),
                        counts=self.report.totals(),
                        report=self.report.render(),
                    )
        except BaseException:
            if self.media is not None:
                self.media.discard()
            raise
        return self.report

    def scan(self):
        raise NotImplementedError

    def prepare(self):
        pass

    def import_items(self):
        raise NotImplementedError

    def finish(self):
        pass

    # Items imported before -------------------------------------------------------------------

    def load_records(self, kinds):
        """What earlier runs imported from this origin, and the current state of those items.

        Kept lean (100,000 items are held at once): the checksum, and the result of the
        conversion only for items whose files were missing.
        """
        rows = ImportedItem.objects.filter(origin=self.origin, kind__in=kinds).values_list(
            "kind", "key", "object_id", "checksum", "imported_at", "data"
        )
        by_model = {}
        for kind, key, object_id, check, imported_at, data in rows.iterator(chunk_size=5000):
            missing = data.get("result", "") if data.get("incomplete") else None
            self.records[(kind, key)] = (object_id, check, imported_at, missing)
            if kind in ("post", "page"):
                by_model.setdefault(self.model_of(kind), []).append(object_id)
        for model, ids in by_model.items():
            for start in range(0, len(ids), 5000):
                chunk = ids[start : start + 5000]
                for pk, slug, updated_at in model.objects.filter(pk__in=chunk).values_list(
                    "pk", "slug", "updated_at"
                ):
                    self.current[(model, pk)] = (slug, updated_at)

    def model_of(self, kind):
        return Page if kind == "page" else Article

    def record_of(self, kind, key, guid=""):
        """The record of an item imported before: by its id, else (an export made again after
        the old site's ids changed) by its guid."""
        record = self.records.get((kind, key))
        if record is None and guid and self.records:
            other = (
                ImportedItem.objects.filter(origin=self.origin, kind=kind, guid=guid)
                .values_list("key", flat=True)
                .first()
            )
            record = self.records.get((kind, other)) if other else None
        return record

    def decide(self, kind, key, check, label, guid=""):
        """("create" | "update" | None, pk): what to do with an item met again, reported."""
        record = self.record_of(kind, key, guid)
        if record is None:
            return "create", None
        model = self.model_of(kind)
        report_kind = "page" if model is Page else "article"
        object_id, old_check, imported_at, missing = record
        state = self.current.get((model, object_id))
        if state is None:
            self.report.skip(report_kind, "đã bị xóa trên cổng sau lần nhập trước", label)
            return None, None
        if old_check == check and missing is None:
            self.report.count("unchanged", report_kind)
            return None, None
        # Writes of an import set `updated_at` before its record's `imported_at`: a later
        # `updated_at` is an edit made on the portal, which is not overwritten unless asked.
        if state[1] > imported_at and not self.overwrite:
            self.report.skip(
                report_kind,
                "đã được sửa trên cổng sau lần nhập trước (chạy với --overwrite để ghi đè)",
                label,
            )
            return None, None
        return "update", object_id

    def submit(self, planned, guid=""):
        """Hand `planned` to the writer, unless it would write what an earlier run wrote (an
        item imported again only because one of its files was missing, and still is)."""
        planned.data["result"] = checksum(planned.fields, planned.tags)
        if planned.existing:
            record = self.record_of(planned.kind, planned.key, guid)
            if record and record[3] == planned.data["result"]:
                self.report.count("unchanged", "page" if planned.model is Page else "article")
                return
        self.writer.add(planned)

    # Addresses -------------------------------------------------------------------------------

    def assign_slugs(self, model, wanted):
        """Give each new item (key -> a wished slug) a slug no other item has."""
        length = SLUG_LENGTHS[model]
        wanted = {
            key: (slugify(text, max_length=length - 6) or "bai-viet")
            for key, text in wanted.items()
        }
        taken = set()
        candidates = list(set(wanted.values()))
        for start in range(0, len(candidates), 2000):
            chunk = candidates[start : start + 2000]
            taken.update(model.objects.filter(slug__in=chunk).values_list("slug", flat=True))
        taken.update(slug for (owner, _key), slug in self.slugs.items() if owner is model)
        for key, base in wanted.items():
            slug, n = base, 2
            while slug in taken or (n > 2 and model.objects.filter(slug=slug).exists()):
                slug, n = f"{base}-{n}", n + 1
            taken.add(slug)
            self.slugs[(model, key)] = slug

    def url_of(self, model, key):
        slug = self.slugs.get((model, key))
        return reverse(URL_NAMES[model], args=[slug]) if slug else None

    def old_addresses(self, urls, new_url):
        """(path, query) pairs of an item's old addresses, without the home page or its new one."""
        new = addresses.split(new_url) if new_url else None
        pairs = []
        for url in urls:
            if not url:
                continue
            pair = addresses.split(url)
            if pair != ("/", "") and pair != new and pair not in pairs:
                pairs.append(pair)
        return pairs

    # Bodies ----------------------------------------------------------------------------------

    def rewrite_images(self, body, *, label, alt_for=None):
        """Point every image at its imported copy; drop those that cannot be had.

        Returns whether any image of the old site was missing (the item is then imported again
        on the next run, when the file may be there).
        """
        missing = False
        for img in body.images():
            src = (img.attrs.get("src") or "").strip()
            url = self.absolute(src) if src else ""
            stored = self.image_at(url, label) if url and self.is_own(url) else None
            if stored is None:
                if url and self.is_own(url):
                    missing = True
                elif url:
                    self.report.note("Ảnh ở trang ngoài, đã bỏ khỏi bài", f"{url} (trong: {label})")
                img.decompose()
                continue
            alt = (img.attrs.get("alt") or "").strip() or (alt_for(img) if alt_for else "") or label
            for name in list(img.attrs.keys()):
                del img.attrs[name]
            img.attrs["src"] = stored.url
            if stored.record.get("webp"):
                img.attrs["srcset"] = stored.srcset
                img.attrs["sizes"] = BODY_IMAGE_SIZES
            if stored.record.get("width"):
                img.attrs["width"] = str(stored.record["width"])
                img.attrs["height"] = str(stored.record["height"])
            img.attrs["alt"] = alt[:255]
        body.drop_empty_figures()
        return missing

    def rewrite_links(self, body, *, label):
        for link in body.links():
            href = link.attrs.get("href") or ""
            new = self.link_to(href.strip(), label)
            if new is not None and new != href:
                link.attrs["href"] = new

    def image_at(self, url, label):
        return self.media.image(url, folder="editor/%Y/%m", label=label)

    def absolute(self, url):
        raise NotImplementedError

    def is_own(self, url):
        raise NotImplementedError

    def link_to(self, href, label):
        raise NotImplementedError

    # Categories ------------------------------------------------------------------------------

    def category(self, key, name, parent=None, *, slug_hint=""):
        """The category imported from `key` before, an existing one with the same address, or
        a new one (hidden from the menu until an administrator shows it)."""
        record = self.records.get(("category", key))
        if record is not None:
            found = Category.objects.filter(pk=record[0]).first()
            if found is not None:
                self.report.count("unchanged", "category")
                return found
        slug = slugify(slug_hint or name, max_length=134) or slugify(name, max_length=134)
        found = Category.objects.filter(slug=slug).first() if slug else None
        if found is not None:
            self.report.count("unchanged", "category")
            self.report.note("Chuyên mục đã có trên cổng, dùng lại", f"{found} ({key})")
        elif self.dry_run:
            self.report.count("created", "category")
            return Category(name=name, slug=slug or "chuyen-muc", parent=parent)
        else:
            found = Category(name=name[:120], parent=parent, show_in_menu=False)
            if slug and not Category.objects.filter(slug=slug).exists():
                found.slug = slug
            found.save()
            self.report.count("created", "category")
            self.report.note(
                "Chuyên mục mới chưa hiện trên trình đơn: bật “hiện trên trình đơn” trong trang "
                "quản trị cho những chuyên mục cần hiện",
                str(found),
            )
        self.writer.remember("category", key, found)
        return found
