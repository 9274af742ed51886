"""What is cached, under which key, for how long, and what refreshes it: the one place.

## The promise

A change that alters what anonymous readers see (publish, unpublish, an edit of a published item,
a delete, a scheduled item coming due or expiring, the site identity, the menu, partner links) is
seen by every worker of every app server within CACHE_SYNC_SECONDS (1 s), whichever process made
it: the admin on any worker, a management command, the shell, an import. A change readers cannot
see (a draft saved, an item sent for review) refreshes nothing.

## How

Every cached thing (a whole page, a fragment of a template, a value) is stored with the tags of
what it was built from, and with the sequence number of the change log (news.models) its builder
knew when it started:

- `article:12`: the item itself. Added by itself for every instance of a content model
  loaded while the thing is built (post_init), so what a page shows is what it depends on.
- `article:list`: which items of the type are public and in which order. Views declare
  it for the lists they show (`lists(Article)`), narrowed to a group where the list is
  (`lists(Article, category=[3, 4])` depends on `article:list:category=3` and `=4`).
- `article:any`: any change of any public item of the type (sitemaps, search).
- `all`: everything (`invalidate_all()`, `bulk()`).

A write records the tags it touched in the change log (`Change` rows) in its own transaction:
an edit of a public article's title touches the article only; publishing it touches the article,
its type's lists and its category's and keywords' lists; saving a draft touches nothing. A
publication or take-down time in the future is recorded as a change due at that time.

Each process keeps what the log says (tag -> sequence number of its last change) and reads the
log at most every CACHE_SYNC_SECONDS, in one query when nothing changed. Whichever process first
sees committed rows without a number stamps them with the next number (a short transaction on
the one `Clock` row), so no writer ever waits on another and a crashed writer's rows are stamped
all the same. A cached thing is fresh while none of its tags changed after it was built. The
truth lives in the database in every configuration; the cache (Redis, or each process's memory)
only holds copies, checked against it.

A thing that went out of date may still be served for up to CACHE_STALE_SECONDS while one request
rebuilds it (the others would only wait for the same result), unless what changed left the
public site (an unpublished, expired or deleted item): such copies are never served again.

## What is cached (THINGS)

Each entry below names a cached thing, what its key is made of and how long it lives; every one
is refreshed by the tags read while building it. "content" things live until a change touches
them (at most PAGE_CACHE_SECONDS, after which the cache drops them); "live" things also expire
after LIVE_SECONDS, since they show figures that change without a write (visitors, views).
"""

import hashlib
import logging
import secrets
import threading
import time
from collections import deque
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.core.signals import request_finished, request_started
from django.db import models, transaction
from django.db.models.signals import (
    m2m_changed,
    post_delete,
    post_init,
    post_save,
    pre_delete,
    pre_save,
)
from django.utils import timezone

from news.publishing import Publishable, Status, content_apps

logger = logging.getLogger(__name__)

ALL = "all"


@dataclass(frozen=True)
class Thing:
    name: str
    key: str
    lifetime: str  # "content" or "live"
    what: str


THINGS = {
    thing.name: thing
    for thing in [
        Thing(
            "page",
            "scheme, host, path, the query parameters its view declares",
            "content",
            "a whole public page for readers without a staff session (portal.pagecache)",
        ),
        Thing("site-identity", "-", "content", "the organization's name, logo, address..."),
        Thing("menu", "-", "content", "the main menu's entries: categories and pages"),
        Thing("site-head", "-", "content", "the head links every page shares"),
        Thing(
            "site-header",
            "the menu entry of the page, the search words",
            "content",
            "the header, search box and main menu",
        ),
        Thing("site-footer", "-", "content", "the footer and the site's script"),
        Thing(
            "sidebar",
            "-",
            "live",
            "the sidebar blocks (most read, videos, photos, partners, documents, visitors); "
            "put into cached pages as they are served, so pages need not follow its changes",
        ),
        Thing("category", "slug", "content", "a category and the ids of its children"),
        Thing("category-count", "category", "content", "how many articles a category lists"),
        Thing("archive-months", "-", "content", "the months that have articles"),
    ]
}


# Tags ----------------------------------------------------------------------------------------


def _label(model):
    """A model's name in tags: short, since a page's tags travel in a response header
    (watched models' names are checked to be unique, news.cache.connect_models)."""
    return model._meta.model_name


def item_tag(obj):
    return f"{_label(type(obj))}:{obj.pk}"


def tag_of(model, pk):
    return f"{_label(model)}:{pk}"


def list_tag(model, field=None, value=None):
    base = f"{_label(model)}:list"
    return base if field is None else f"{base}:{field}={value}"


def any_tag(model):
    return f"{_label(model)}:any"


# Collecting what a cached thing is built from ------------------------------------------------

_collectors = ContextVar("cache_collectors", default=())


@contextmanager
def collecting(isolated=False):
    """Collect into a set the tags of everything read inside the block (nested blocks too);
    unless `isolated`, the blocks around it collect them as well."""
    tags = set()
    token = _collectors.set((tags,) if isolated else (*_collectors.get(), tags))
    try:
        yield tags
    finally:
        _collectors.reset(token)


def depends_on(*tags):
    for collected in _collectors.get():
        collected.update(tags)


def lists(model, **groups):
    """What is being built shows a list of `model`'s public items (in `groups` only:
    `lists(Article, category=[3, 4])`): it is refreshed when that list gains, loses or reorders
    an item. What the list shows now is followed by itself (each item loaded)."""
    if not groups:
        depends_on(list_tag(model))
        return
    for field, values in groups.items():
        depends_on(*(list_tag(model, field, value) for value in values))


def searches(model):
    """What is being built depends on every public item of `model` (a sitemap, a search)."""
    depends_on(any_tag(model))


def page_query(*names, skip=()):
    """Declare the query parameters that change a function view's page; the page cache keys on
    these only, and the view sees no other. A request with one of `skip` (a search's words) is
    not cached. Class-based views say the same with `cache_query` and `cache_skip`."""

    def declare(view):
        view.cache_query, view.cache_skip = tuple(names), tuple(skip)
        return view

    return declare


def _loaded(sender, instance, **kwargs):
    if instance.pk is not None and _collectors.get():
        depends_on(item_tag(instance))


# What the log says, as this process knows it -------------------------------------------------


class _Known:
    def __init__(self):
        self.epoch = None
        self.seq = 0
        self.tags = {}  # tag -> seq of its last change
        self.hard = {}  # tag -> seq of its last change that took something off the site
        self.history = deque(maxlen=4096)  # (monotonic time, seq known from then on)
        self.synced = float("-inf")
        self.dirty = False
        self.loaded_at = 0.0

    def seq_at(self, moment):
        """The sequence number this process knew at monotonic time `moment`; before it first
        read the log, what that first read found (none of it counts as recent)."""
        known = self.history[0][1] if self.history else None
        for when, seq in self.history:
            if when > moment:
                break
            known = seq
        return known


_known = _Known()
_sync_lock = threading.RLock()


def _setting(name, default):
    return getattr(settings, name, default)


def horizon():
    """How far back the log matters: the longest a copy is kept, and a margin."""
    return _setting("PAGE_CACHE_SECONDS", 86400) + 120


def reset():
    """Forget what this process knew (tests; a database restored under a running process)."""
    global _known
    with _sync_lock:
        _known = _Known()


def _clock():
    from news.models import Change, Clock

    pending = Change.objects.filter(seq__isnull=True)
    return (
        Clock.objects.filter(pk=1)
        .annotate(
            waiting=models.Exists(pending.filter(due__isnull=True)),
            next_due=models.Subquery(
                pending.filter(due__isnull=False).order_by("due").values("due")[:1]
            ),
        )
        .values_list("seq", "epoch", "waiting", "next_due")
        .first()
    )


def _load(seq, epoch):
    """Read the log of the last `horizon()` seconds: what a new process must know."""
    from news.models import Change

    known = _Known()
    recent = Change.objects.filter(seq__isnull=False, seq__lte=seq)
    recent = recent.filter(at__gte=timezone.now() - timedelta(seconds=horizon()))
    for tag, last, hard in recent.values_list("tag", "seq", "hard").order_by("seq"):
        known.tags[tag] = last
        if hard:
            known.hard[tag] = last
    known.seq, known.epoch = seq, epoch
    known.loaded_at = time.monotonic()
    known.history.append((known.loaded_at, seq))
    return known


def _fetch(after, upto):
    from news.models import Change

    rows = Change.objects.filter(seq__gt=after, seq__lte=upto).values_list("tag", "seq", "hard")
    for tag, seq, hard in rows:
        if seq > _known.tags.get(tag, 0):
            _known.tags[tag] = seq
        if hard and seq > _known.hard.get(tag, 0):
            _known.hard[tag] = seq


def stamp():
    """Give the committed, unnumbered changes that are due the next sequence number.

    Any process may do it, as often as it likes: the lock on the clock row makes stampers take
    turns, and rows already stamped are left alone. Returns the new number, or None.
    """
    from news.models import Change, Clock

    now = timezone.now()
    with transaction.atomic():
        clock = Clock.objects.select_for_update().filter(pk=1).first()
        if clock is None:
            clock = Clock.objects.create(pk=1)
        seq = clock.seq + 1
        due = Change.objects.filter(seq__isnull=True).filter(
            models.Q(due__isnull=True) | models.Q(due__lte=now)
        )
        if not due.update(seq=seq, at=now):
            return None
        Clock.objects.filter(pk=1).update(seq=seq)
        tags = set(Change.objects.filter(seq=seq).values_list("tag", flat=True))
        if seq % 100 == 0:
            old = now - timedelta(seconds=horizon())
            Change.objects.filter(seq__isnull=False, at__lt=old).delete()
    from news import cdn

    transaction.on_commit(lambda: cdn.purge(tags))
    return seq


def new_epoch():
    """A new name for the database's history: copies made under another are never served (a
    database restored from a backup goes back in its sequence numbers)."""
    return secrets.token_hex(8)


def _may_stamp():
    """Not inside a transaction that writes content: the stamp would hold the clock's lock until
    that transaction ends (its own changes are stamped once it commits, news.cache._record).
    The transaction a test runs in is no writer's."""
    from django.db import connection

    return all(getattr(block, "_from_testcase", False) for block in connection.atomic_blocks)


def sync(force=False):
    """Bring this process's knowledge of the log up to date (at most every sync interval)."""
    global _known
    moment = time.monotonic()
    interval = _setting("CACHE_SYNC_SECONDS", 1)
    if not (force or _known.dirty) and moment - _known.synced < interval:
        return
    with _sync_lock:
        try:
            row = _clock()
            if row is None:  # a database migrated without its clock row
                from news.models import Clock

                Clock.objects.get_or_create(pk=1, defaults={"epoch": new_epoch()})
                row = _clock()
            seq, epoch, waiting, next_due = row
            if epoch != _known.epoch or seq < _known.seq:
                _known = _load(seq, epoch)
            due = next_due is not None and next_due <= timezone.now()
            if (waiting or due) and _may_stamp():
                seq = stamp() or seq
            if seq > _known.seq:
                _fetch(_known.seq, seq)
                _known.seq = seq
                _known.history.append((time.monotonic(), seq))
            _prune(moment)
        finally:
            # Tried, even if the database is away: not again before the next interval.
            _known.synced = moment
        _known.dirty = False


def _prune(moment):
    """Forget changes older than the longest-lived copy: no copy built before them remains."""
    if moment - _known.loaded_at < horizon() or len(_known.tags) < 10_000:
        return
    floor = _known.seq_at(moment - horizon())
    if floor is None:
        return
    _known.tags = {tag: seq for tag, seq in _known.tags.items() if seq > floor}
    _known.hard = {tag: seq for tag, seq in _known.hard.items() if seq > floor}
    _known.loaded_at = moment


def known_seq():
    return _known.seq


# Cached things -------------------------------------------------------------------------------

FRESH, STALE, GONE = "fresh", "stale", "gone"


def judge(entry):
    """FRESH, STALE (out of date, but may be served while someone rebuilds it) or GONE."""
    if entry is None or entry[0] != _known.epoch:
        return GONE
    _epoch, built, tags, fresh_until, _value = entry
    known = _known.tags
    newest = known.get(ALL, 0)
    for tag in tags:
        seq = known.get(tag, 0)
        if seq > newest:
            newest = seq
    stale_seconds = _setting("CACHE_STALE_SECONDS", 5)
    if newest <= built:
        if fresh_until is None or time.time() < fresh_until:
            return FRESH
        return STALE if time.time() < fresh_until + stale_seconds else GONE
    hard = _known.hard
    if hard.get(ALL, 0) > built or any(hard.get(tag, 0) > built for tag in tags):
        return GONE
    # Every change after the copy was built was learned less than CACHE_STALE_SECONDS ago.
    floor = _known.seq_at(time.monotonic() - stale_seconds)
    return STALE if floor is not None and built >= floor else GONE


def key(name, *vary):
    if name not in THINGS:
        raise ImproperlyConfigured(f"'{name}' is not named in news.cache.THINGS")
    if not vary:
        return f"c:{name}"
    digest = hashlib.md5("\x1f".join(map(str, vary)).encode(), usedforsecurity=False)
    return f"c:{name}:{digest.hexdigest()}"


def claim(cache_key):
    """Whether this request is the one to rebuild `cache_key` (the others may serve stale)."""
    return cache.add(f"lock:{cache_key}", 1, _setting("CACHE_STALE_SECONDS", 5))


def release(cache_key):
    cache.delete(f"lock:{cache_key}")


def build(name, make, isolated=False):
    """Run `make()` collecting what it reads: the entry to store and the value."""
    thing = THINGS[name]
    built = _known.seq
    with collecting(isolated) as tags:
        value = make()
    fresh_until = None
    if thing.lifetime == "live":
        fresh_until = time.time() + _setting("LIVE_SECONDS", 60)
    return (_known.epoch, built, tuple(sorted(tags)), fresh_until, value), value


def store(cache_key, entry):
    cache.set(cache_key, entry, _setting("PAGE_CACHE_SECONDS", 86400))


_memo = ContextVar("cache_memo", default=None)


def cached(name, *vary, make, entry=None, detached=False):
    """The value cached as `name` (keyed by `vary`), built by `make()` when it is not fresh.

    The tags it was built from are added to whatever encloses it (a fragment, a page), unless
    `detached` (the sidebar, which pages get as they are served). `entry` is the stored entry
    when the caller already fetched it. Returns the value; with `detached`, (value, tags).
    """
    cache_key = key(name, *vary)
    memo = _memo.get()
    if memo is not None and cache_key in memo:
        value, tags = memo[cache_key]
    else:
        sync()
        if entry is None:
            entry = cache.get(cache_key)
        verdict = judge(entry)
        if verdict == FRESH or (verdict == STALE and not claim(cache_key)):
            value, tags = entry[4], entry[2]
        else:
            entry, value = build(name, make, isolated=detached)
            store(cache_key, entry)
            if verdict == STALE:
                release(cache_key)
            tags = entry[2]
        if memo is not None:
            memo[cache_key] = (value, tags)
    if detached:
        return value, tags
    depends_on(*tags)
    return value


def remember(entries):
    """Keep the fresh ones of `entries` ({key: stored entry}, fetched together by the caller)
    for the rest of the request: cached() then finds them without a round trip each."""
    memo = _memo.get()
    if memo is None:
        return
    for cache_key, entry in entries.items():
        if cache_key not in memo and judge(entry) == FRESH:
            memo[cache_key] = (entry[4], entry[2])


def _start_request(**kwargs):
    _memo.set({})


def _end_request(**kwargs):
    _memo.set(None)


# Recording changes ---------------------------------------------------------------------------

_bulk = ContextVar("cache_bulk", default=None)


@contextmanager
def bulk():
    """Write many items without recording each change: if anything was written, everything is
    refreshed once at the end (imports, the demo loader, the benchmark seeder)."""
    if _bulk.get() is not None:
        yield
        return
    written = []
    token = _bulk.set(written)
    try:
        yield
    finally:
        _bulk.reset(token)
    if written:
        invalidate_all()


def _in_bulk():
    """Whether a bulk() block is open; if so, note that it wrote something."""
    written = _bulk.get()
    if written is None:
        return False
    if not written:
        written.append(True)
    return True


def invalidate(*tags, hard=False, due=None):
    """Record that what `tags` show changed (code that writes with QuerySet.update()), or, with
    `due`, that it will change then by itself (an end time that is not a take-down's)."""
    _record([(tag, due, hard) for tag in tags])


def invalidate_all():
    invalidate(ALL, hard=True)


def _record(rows):
    from news.models import Change

    if not rows:
        return
    Change.objects.bulk_create(Change(tag=tag, due=due, hard=hard) for tag, due, hard in rows)
    _known.dirty = True
    transaction.on_commit(lambda: sync(force=True))


@dataclass(frozen=True)
class Rules:
    """How the writes of one model touch tags, read from its fields."""

    model: type
    publishable: bool
    parent: str | None  # a non-publishable part of a publishable item (a photo of an album)
    groups: tuple  # (field name, attname) of foreign keys a list may be narrowed by
    m2m: tuple  # many-to-many field names
    ordering: tuple  # attnames whose change may reorder or regroup a list

    @classmethod
    def of(cls, model):
        publishable = issubclass(model, Publishable)
        watched = set(watched_models())
        parent, groups, ordering = None, [], set()
        for field in model._meta.concrete_fields:
            if field.is_relation and field.related_model in watched:
                groups.append((field.name, field.attname))
                ordering.add(field.attname)
                if (
                    not publishable
                    and parent is None
                    and issubclass(field.related_model, Publishable)
                ):
                    parent = field.name
            elif isinstance(field, models.BooleanField):
                ordering.add(field.attname)
        for name in model._meta.ordering or ():
            name = name.lstrip("-")
            if name in ("pk", "?") or "__" in name:
                continue
            ordering.add(model._meta.get_field(name).attname)
        if publishable:
            ordering |= {"status", "publish_at", "unpublish_at"}
        m2m = tuple(
            field.name for field in model._meta.local_many_to_many if field.related_model in watched
        )
        return cls(model, publishable, parent, tuple(groups), m2m, tuple(sorted(ordering)))

    @property
    def fields(self):
        names = set(self.ordering) | {attname for _name, attname in self.groups}
        return tuple(sorted(names))

    def snapshot(self, instance):
        return {name: getattr(instance, name) for name in self.fields}

    def visible(self, values, moment):
        if values is None:
            return False
        if self.publishable:
            unpublish_at = values["unpublish_at"]
            return (
                values["status"] == Status.PUBLISHED
                and values["publish_at"] <= moment
                and (unpublish_at is None or unpublish_at > moment)
            )
        if self.parent:
            parent = self.model._meta.get_field(self.parent)
            parent_id = values[parent.attname]
            return parent.related_model.objects.published().filter(pk=parent_id).exists()
        return True

    def group_tags(self, values):
        if values is None:
            return set()
        return {
            list_tag(self.model, name, values[attname])
            for name, attname in self.groups
            if values[attname] is not None
        }

    def parent_tags(self, values):
        if not self.parent or values is None:
            return set()
        parent = self.model._meta.get_field(self.parent)
        parent_id = values[parent.attname]
        label = _label(parent.related_model)
        return {f"{label}:{parent_id}", f"{label}:any"}


_rules = {}


def rules(model):
    if model not in _rules:
        _rules[model] = Rules.of(model)
    return _rules[model]


def _moments(rules, values, now):
    """(time, hard) of the moments a published item will come or go by itself."""
    if not rules.publishable or values is None or values["status"] != Status.PUBLISHED:
        return []
    start, end = values["publish_at"], values["unpublish_at"]
    moments = []
    if start > now and (end is None or end > start):
        moments.append((start, False))
    if end is not None and end > now and end > start:
        moments.append((end, True))
    return moments


def changes(rules, pk, before, after, now, linked=frozenset):
    """The (tag, due, hard) rows for one item going from `before` to `after` (None: absent);
    `linked()` gives the list tags of its many-to-many links (its keywords' lists)."""
    model = rules.model
    item = f"{_label(model)}:{pk}"
    rows = []
    was, now_visible = rules.visible(before, now), rules.visible(after, now)
    if was or now_visible:
        tags = {item, any_tag(model)} | rules.parent_tags(before) | rules.parent_tags(after)
        if was != now_visible or any(
            before is None or after is None or before[name] != after[name]
            for name in rules.ordering
        ):
            tags |= {list_tag(model)} | rules.group_tags(before) | rules.group_tags(after)
            tags |= linked()
        rows += [(tag, None, was and not now_visible) for tag in tags]
    moments = _moments(rules, after, now)
    if moments:
        whole = {item, any_tag(model), list_tag(model)} | rules.group_tags(after) | linked()
        rows += [(tag, due, hard) for due, hard in moments for tag in whole]
    return rows


def _linked(rules, pk):
    """The list tags of the many-to-many links `pk` has in the database now."""
    tags = set()
    for name in rules.m2m:
        field = rules.model._meta.get_field(name)
        through = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        for value in through.objects.filter(**{source: pk}).values_list(target, flat=True):
            tags.add(list_tag(rules.model, name, value))
    return tags


def _lazy_linked(rules, pk):
    found = []

    def linked():
        if not found:
            found.append(_linked(rules, pk) if rules.m2m and pk is not None else set())
        return found[0]

    return linked


def _before_save(sender, instance, raw=False, **kwargs):
    if _in_bulk():
        return
    rules_ = rules(sender)
    before = None
    if instance.pk is not None and not instance._state.adding:
        before = sender._base_manager.filter(pk=instance.pk).values(*rules_.fields).first()
    instance._cache_before = before


def _saved(sender, instance, raw=False, **kwargs):
    if _in_bulk():
        return
    rules_ = rules(sender)
    before = instance.__dict__.pop("_cache_before", None)
    after = rules_.snapshot(instance)
    linked = _lazy_linked(rules_, instance.pk)
    _record(changes(rules_, instance.pk, before, after, timezone.now(), linked))


def _before_delete(sender, instance, **kwargs):
    if not _in_bulk():
        rules_ = rules(sender)
        instance._cache_linked = _linked(rules_, instance.pk) if rules_.m2m else set()


def _deleted(sender, instance, **kwargs):
    if _in_bulk():
        return
    rules_ = rules(sender)
    linked = instance.__dict__.pop("_cache_linked", set())
    before = rules_.snapshot(instance)
    _record(changes(rules_, instance.pk, before, None, timezone.now(), lambda: linked))


def _m2m(sender, instance, action, reverse, pk_set, **kwargs):
    """Keywords added to or taken from an item: the item and the lists of those keywords, now
    if the item is public, or when it will be."""
    if action not in ("pre_clear", "post_add", "post_remove", "post_clear"):
        return
    if action in ("post_add", "post_remove") and not pk_set:
        return  # adding links that were there already
    if _in_bulk():
        return
    field = next(f for f in _m2m_fields if f.remote_field.through is sender)
    if action == "pre_clear":
        accessor = field.remote_field.get_accessor_name() if reverse else field.name
        instance._cache_cleared = set(getattr(instance, accessor).values_list("pk", flat=True))
        return
    if action == "post_clear":
        pk_set = instance.__dict__.pop("_cache_cleared", set())
    owner = field.model
    targets = {}  # owner pk -> the linked pks that changed
    for pk in pk_set or ():
        owner_pk, target_pk = (pk, instance.pk) if reverse else (instance.pk, pk)
        targets.setdefault(owner_pk, set()).add(target_pk)
    rules_ = rules(owner)
    now = timezone.now()
    rows = []
    for values in owner._base_manager.filter(pk__in=targets).values("pk", *rules_.fields):
        pk = values["pk"]
        whole = {f"{_label(owner)}:{pk}", any_tag(owner), list_tag(owner)}
        whole |= {list_tag(owner, field.name, target) for target in targets[pk]}
        if rules_.visible(values, now):
            rows += [(tag, None, False) for tag in whole]
        rows += [(tag, due, hard) for due, hard in _moments(rules_, values, now) for tag in whole]
    _record(rows)


_m2m_fields = []
_extra = []


def watch(model):
    """Follow the writes of `model` although its app is not a content app (the site identity)."""
    if model not in _extra:
        _extra.append(model)


def watched_models():
    found = [model for config in content_apps() for model in config.get_models()]
    return found + [model for model in _extra if model not in found]


def connect_signals():
    request_started.connect(_start_request, dispatch_uid="news-cache-start")
    request_finished.connect(_end_request, dispatch_uid="news-cache-end")


def connect_models():
    """Called once every app is ready (after `watch()` calls): follow every watched model."""
    _rules.clear()
    names = [model._meta.model_name for model in watched_models()]
    twice = {name for name in names if names.count(name) > 1}
    if twice:
        raise ImproperlyConfigured(f"Content models share a name, which tags need unique: {twice}")
    for model in watched_models():
        label = model._meta.label
        post_init.connect(_loaded, sender=model, dispatch_uid=f"cache-init-{label}")
        pre_save.connect(_before_save, sender=model, dispatch_uid=f"cache-pre-{label}")
        post_save.connect(_saved, sender=model, dispatch_uid=f"cache-save-{label}")
        pre_delete.connect(_before_delete, sender=model, dispatch_uid=f"cache-predel-{label}")
        post_delete.connect(_deleted, sender=model, dispatch_uid=f"cache-delete-{label}")
        for field in model._meta.local_many_to_many:
            if field not in _m2m_fields:
                _m2m_fields.append(field)
            m2m_changed.connect(
                _m2m,
                sender=field.remote_field.through,
                dispatch_uid=f"cache-m2m-{label}-{field.name}",
            )
