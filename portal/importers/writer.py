"""Writing imported items in batches: one bulk insert or update per batch, with their keywords,
search entries, old addresses and import records, instead of one save (and its signals) per
item. The caches are refreshed once, when the run ends (`finish`).
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from news import cache
from news.articles.models import Article, Tag
from news.publishing import Status
from news.text import slugify
from portal import search
from portal.content import BY_MODEL
from portal.models import SearchEntry, SearchTerm
from portal.redirects.models import Redirect

from .models import ImportedItem

# Fields an update leaves alone: the address readers know, and the counters.
KEEP_ON_UPDATE = {"slug", "view_count", "created_at"}


@dataclass
class Planned:
    """One item to write: its model's field values and where it came from."""

    model: type
    kind: str  # the ImportedItem kind: post, page
    key: str
    fields: dict
    checksum: str
    guid: str = ""
    existing: int | None = None  # the pk of the item a previous run made
    tags: list = field(default_factory=list)
    addresses: list = field(default_factory=list)  # (path, query) pairs
    data: dict = field(default_factory=dict)


class Writer:
    def __init__(self, origin, *, report, dry_run, batch_size=500):
        self.origin = origin
        self.report = report
        self.dry_run = dry_run
        self.batch_size = batch_size
        self.pending = []
        self.records = []  # ImportedItem rows not tied to a planned item (categories, media)
        self.redirects = []  # (path, query, content_type_id, object_id, target_url)
        self.claimed = set()  # hashes of the old addresses given out by this run
        self.tag_ids = {}
        self.wrote = False

    # Buffering -------------------------------------------------------------------------------

    def add(self, planned):
        kind = "article" if planned.model is Article else "page"
        self.report.count("updated" if planned.existing else "created", kind)
        if self.dry_run:
            planned.object = planned.model(pk=planned.existing)
            self._claim_redirects(planned)
            return
        self.pending.append(planned)
        if len(self.pending) >= self.batch_size:
            self.flush()

    def remember(self, kind, key, item, *, data=None):
        """Record that `item` (a category...) came from `key`, for the next run."""
        if self.dry_run:
            return
        self.records.append(
            ImportedItem(
                origin=self.origin,
                kind=kind,
                key=key,
                content_type=ContentType.objects.get_for_model(item),
                object_id=item.pk,
                data=data or {},
                imported_at=timezone.now(),
            )
        )

    def remember_media(self, key, data):
        self.records.append(
            ImportedItem(
                origin=self.origin, kind="media", key=key, data=data, imported_at=timezone.now()
            )
        )

    def redirect(self, pairs, *, item=None, target_url=""):
        """Old addresses (path, query) leading to `item` or to `target_url`."""
        pairs = self._claim_all(pairs)
        content_type_id = ContentType.objects.get_for_model(item).pk if item else None
        for path, query in pairs:
            self.redirects.append(
                (path, query, content_type_id, item.pk if item else None, target_url)
            )

    def _claim_all(self, pairs):
        """The addresses no other item of this run took first."""
        fresh = []
        for pair in dict.fromkeys(pairs):
            mark = hash(pair)
            if mark in self.claimed:
                continue
            self.claimed.add(mark)
            fresh.append(pair)
        return fresh

    # Writing ---------------------------------------------------------------------------------

    def flush(self):
        if self.dry_run:
            self._write_redirects()
            return
        batch, self.pending = self.pending, []
        now = timezone.now()
        for model in {planned.model for planned in batch}:
            items = [planned for planned in batch if planned.model is model]
            self._write(model, items, now)
        for planned in batch:
            self._claim_redirects(planned)
        self._write_redirects()
        records = [self._record(planned) for planned in batch] + self.records
        self.records = []
        if records:
            ImportedItem.objects.bulk_create(
                records,
                batch_size=self.batch_size,
                update_conflicts=True,
                unique_fields=["origin", "kind", "key"],
                update_fields=[
                    "guid",
                    "content_type",
                    "object_id",
                    "checksum",
                    "data",
                    "imported_at",
                ],
            )
        self.wrote = self.wrote or bool(batch or records)

    def _write(self, model, items, now):
        created = [planned for planned in items if not planned.existing]
        updated = [planned for planned in items if planned.existing]
        objects = model.objects.bulk_create(
            [model(**planned.fields) for planned in created], batch_size=self.batch_size
        )
        for planned, obj in zip(created, objects, strict=True):
            planned.object = obj
        if updated:
            names = [name for name in updated[0].fields if name not in KEEP_ON_UPDATE]
            objects = []
            for planned in updated:
                values = {name: planned.fields[name] for name in names}
                obj = model(pk=planned.existing, updated_at=now, **values)
                planned.object = obj
                objects.append(obj)
            model.objects.bulk_update(objects, [*names, "updated_at"], batch_size=self.batch_size)
        if model is Article:
            self._write_tags(items)
        self._index(model, items)

    def _write_tags(self, items):
        names = {name for planned in items for name in planned.tags}
        self._ensure_tags(names)
        through = Article.tags.through
        through.objects.filter(
            article_id__in=[planned.existing for planned in items if planned.existing]
        ).delete()
        through.objects.bulk_create(
            [
                through(article_id=planned.object.pk, tag_id=self.tag_ids[slugify(name, 120)])
                for planned in items
                for name in dict.fromkeys(planned.tags)
                if slugify(name, 120) in self.tag_ids
            ],
            batch_size=self.batch_size,
            ignore_conflicts=True,
        )

    def _ensure_tags(self, names):
        wanted = {slugify(name, 120): name for name in names if slugify(name, 120)}
        missing = [slug for slug in wanted if slug not in self.tag_ids]
        if not missing:
            return
        self.tag_ids.update(Tag.objects.filter(slug__in=missing).values_list("slug", "pk"))
        new = [
            Tag(name=wanted[slug][:100], slug=slug) for slug in missing if slug not in self.tag_ids
        ]
        for tag in Tag.objects.bulk_create(new):
            self.tag_ids[tag.slug] = tag.pk
        self.report.count("created", "tag", len(new))

    def _index(self, model, items):
        source = BY_MODEL.get(model)
        if source is None:
            return
        SearchEntry.objects.filter(
            kind=source.kind,
            object_id__in=[planned.existing for planned in items if planned.existing],
        ).delete()
        entries, terms = [], set()
        for planned in items:
            if planned.object.status != Status.PUBLISHED:
                continue
            fields, found = search.entry_fields(source, planned.object)
            entries.append(SearchEntry(kind=source.kind, object_id=planned.object.pk, **fields))
            terms |= found
        SearchEntry.objects.bulk_create(entries, batch_size=self.batch_size)
        # The words the index knows, for "Có phải bạn muốn tìm": as saving one item adds them.
        SearchTerm.objects.bulk_create(
            [SearchTerm(term=term, entries=1) for term in terms],
            ignore_conflicts=True,
            batch_size=self.batch_size,
        )

    def _claim_redirects(self, planned):
        pairs = self._claim_all(planned.addresses)
        content_type_id = ContentType.objects.get_for_model(planned.model).pk
        self.redirects += [(p, q, content_type_id, planned.object.pk, "") for p, q in pairs]

    def _write_redirects(self):
        rows, self.redirects = self.redirects, []
        if not rows:
            return
        # What an administrator set by hand wins over what an import would say.
        stored = {
            (path, old_query): rest
            for path, old_query, *rest in Redirect.objects.filter(
                old_path__in={row[0] for row in rows}
            ).values_list(
                "old_path", "old_query", "content_type", "object_id", "target_url", "origin"
            )
        }
        manual = Redirect.Origin.MANUAL
        changed = []
        for path, old_query, content_type_id, object_id, target_url in rows:
            before = stored.get((path, old_query))
            if before == [content_type_id, object_id, target_url, Redirect.Origin.IMPORT]:
                self.report.count("unchanged", "redirect")
            elif before is not None and before[3] == manual:
                self.report.count("skipped", "redirect")
            else:
                self.report.count("updated" if before else "created", "redirect")
                changed.append(
                    Redirect(
                        old_path=path,
                        old_query=old_query,
                        content_type_id=content_type_id,
                        object_id=object_id,
                        target_url=target_url,
                        origin=Redirect.Origin.IMPORT,
                    )
                )
        if self.dry_run or not changed:
            return
        Redirect.objects.bulk_create(
            changed,
            batch_size=self.batch_size,
            update_conflicts=True,
            unique_fields=["old_path", "old_query"],
            update_fields=["content_type", "object_id", "target_url", "origin"],
        )

    def _record(self, planned):
        return ImportedItem(
            origin=self.origin,
            kind=planned.kind,
            key=planned.key,
            guid=planned.guid[:1000],
            content_type=ContentType.objects.get_for_model(planned.model),
            object_id=planned.object.pk,
            checksum=planned.checksum,
            data=planned.data,
            imported_at=timezone.now(),
        )

    def finish(self):
        """Write what is left and refresh the caches, once for the whole run (recorded in the
        run's transaction: it commits with the content or not at all)."""
        self.flush()
        if self.wrote:
            cache.invalidate_all()
