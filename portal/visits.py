"""Visitor statistics ("Thống kê truy cập"): counted in the cache, persisted in batches.

No cookie is set. A visitor is a salted hash of the address and the browser's user agent:

- a visit is counted once per visitor per day and per VISIT_SECONDS (a reader who comes back
  in the afternoon is a second visit), with an atomic `add` of a marker and an `incr` of the
  day's pending count, both in the cache; page views write nothing to the database;
- "online now" is the number of distinct visitors in the current window of
  VISITS_ONLINE_SECONDS (or the previous one, when it was larger, so that the figure does not
  drop to zero as a window starts);
- once every VISITS_FLUSH_SECONDS, whichever request comes first on any app server moves the
  pending counts into `DailyVisits`, one row per day.

With a shared cache (Redis) every app server counts into the same keys and the figures are
right; with the local-memory cache each process counts on its own.
"""

import atexit
import datetime
import hashlib
import logging
import re
import threading
import time
from collections import Counter, defaultdict

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Q, Sum
from django.utils import timezone

from news.counters import count_view
from portal.cache_backends import add_many, incr_many
from portal.models import DailyVisits
from portal.signin import client_ip

logger = logging.getLogger(__name__)

VISIT_SECONDS = 30 * 60
VIEW_SECONDS = 24 * 3600  # a visitor's views of one article count once a day
PENDING_DAYS = 7  # a day's pending count older than this (no request for a week) is dropped
BOTS = re.compile(
    r"bot|crawl|spider|slurp|archiver|scanner|monitor|preview|headless|lighthouse|"
    r"curl|wget|python|httpclient|okhttp|java/|go-http|libwww|axios|node-fetch|"
    r"facebookexternalhit|whatsapp|pingdom|uptime",
    re.IGNORECASE,
)
SKIPPED_PATHS = ("/admin/", "/editor/", "/static/", "/media/")


def _incr(key, timeout=None, delta=1):
    """Add `delta` to `key`, creating it when missing; safe when processes race to create it."""
    try:
        return cache.incr(key, delta)
    except ValueError:
        if cache.add(key, delta, timeout):
            return delta
        return cache.incr(key, delta)


def is_bot(user_agent):
    return not user_agent or bool(BOTS.search(user_agent))


def visitor_id(request, day):
    """A pseudonym, salted with the secret key and the day: it cannot be turned back into an
    address, nor followed from one day to the next."""
    raw = f"{settings.SECRET_KEY}|{day}|{client_ip(request)}|"
    raw += request.META.get("HTTP_USER_AGENT", "")
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def is_countable(request, response):
    return (
        request.method == "GET"
        and response.status_code == 200
        and response.get("Content-Type", "").startswith("text/html")
        and not request.path.startswith(SKIPPED_PATHS)
        and not is_bot(request.META.get("HTTP_USER_AGENT", ""))
    )


def pending_key(day):
    return f"visits:pending:{day:%Y%m%d}"


def online_bucket(now=None):
    return int((now or time.time()) // settings.VISITS_ONLINE_SECONDS)


def address_key(request):
    """The reader's address, salted and cut: enough to cap what one address counts, never the
    address itself."""
    raw = f"{settings.SECRET_KEY}|address|{client_ip(request)}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


_lock = threading.Lock()
_batch = []
_batched_at = [0.0]


def record(request, counts_view=None):
    """Count one page view of a reader: a new visit, a new visitor online, and a view of the
    article it shows (`counts_view`: (model label, pk)). Kept in this process and sent to the
    cache in one batch every VISITS_BATCH_SECONDS, so a page view costs no round trip."""
    day = timezone.localdate()
    item = (day, online_bucket(), visitor_id(request, day), address_key(request), counts_view)
    with _lock:
        _batch.append(item)
        due = time.monotonic() - _batched_at[0] >= settings.VISITS_BATCH_SECONDS
    if due:
        send_batch()


def send_batch():
    """Send the views kept in this process to the cache: what is new (a visitor not seen in
    this window, a visit not seen for VISIT_SECONDS, an article this visitor has not read
    today) is counted, in two round trips for the whole batch."""
    with _lock:
        batch = list(_batch)
        _batch.clear()
        _batched_at[0] = time.monotonic()
    window = settings.VISITS_ONLINE_SECONDS
    markers = {}
    for day, bucket, visitor, address, counts_view in batch:
        markers[f"visits:online:{bucket}:{visitor}"] = (window * 2, ("online", bucket))
        markers[f"visits:seen:{day:%Y%m%d}:{visitor}"] = (VISIT_SECONDS, ("visit", day))
        if counts_view:
            label, pk = counts_view
            markers[f"views:seen:{day:%Y%m%d}:{visitor}:{label}:{pk}"] = (
                VIEW_SECONDS,
                ("view", address, counts_view),
            )
    if markers:
        added = add_many(cache, [(key, timeout) for key, (timeout, _what) in markers.items()])
        _count(markers[key][1] for key in added)
    if cache.add("visits:flush-lock", 1, settings.VISITS_FLUSH_SECONDS):
        flush()


def _count(news):
    online, visits, views = Counter(), Counter(), defaultdict(list)
    for kind, *what in news:
        if kind == "online":
            online[f"visits:online:{what[0]}"] += 1
        elif kind == "visit":
            visits[pending_key(what[0])] += 1
        else:
            address, counts_view = what
            views[address].append(counts_view)
    window = settings.VISITS_ONLINE_SECONDS
    if online:
        incr_many(cache, online, window * 2)
    if visits:
        incr_many(cache, visits)
    if views:
        # One address counts at most VIEWS_PER_ADDRESS_HOUR views an hour: a script that
        # changes its user agent at each request still cannot push an article up the list.
        hour = int(time.time() // 3600)
        caps = {f"views:address:{hour}:{address}": len(seen) for address, seen in views.items()}
        totals = incr_many(cache, caps, 3600)
        for address, seen in views.items():
            total = totals.get(f"views:address:{hour}:{address}", len(seen))
            allowed = settings.VIEWS_PER_ADDRESS_HOUR - (total - len(seen))
            for label, pk in seen[: max(0, allowed)]:
                count_view(label, pk)


atexit.register(send_batch)


def _pending_days():
    today = timezone.localdate()
    return [today - datetime.timedelta(days=n) for n in range(PENDING_DAYS)]


def flush():
    """Move the pending counts from the cache into the database. Returns how many moved."""
    moved = 0
    for day in _pending_days():
        key = pending_key(day)
        count = cache.get(key)
        if not count:
            continue
        # Take exactly what was read; visits counted meanwhile stay for the next flush.
        cache.decr(key, count)
        try:
            # Plain queries, not save(): a flush must not bump the content version.
            DailyVisits.objects.bulk_create([DailyVisits(day=day)], ignore_conflicts=True)
            DailyVisits.objects.filter(day=day).update(visits=F("visits") + count)
        except Exception:
            _incr(key, delta=count)
            raise
        moved += count
    if moved:
        cache.delete("visits:stats")
    return moved


def _stored_totals():
    totals = cache.get("visits:stats")
    if totals is None:
        today = timezone.localdate()
        totals = DailyVisits.objects.aggregate(
            total=Sum("visits", default=0),
            month=Sum("visits", default=0, filter=Q(day__gte=today.replace(day=1))),
            today=Sum("visits", default=0, filter=Q(day=today)),
        )
        cache.set("visits:stats", totals, settings.LIVE_SECONDS)
    return totals


def stats():
    """Visitors online now, today, this month and in total: stored plus pending counts."""
    totals = dict(_stored_totals())
    days = _pending_days()
    bucket = online_bucket()
    keys = [pending_key(day) for day in days]
    keys += [f"visits:online:{bucket}", f"visits:online:{bucket - 1}"]
    values = cache.get_many(keys)
    today = days[0]
    for day in days:
        count = values.get(pending_key(day)) or 0
        totals["total"] += count
        if (day.year, day.month) == (today.year, today.month):
            totals["month"] += count
        if day == today:
            totals["today"] += count
    totals["online"] = max(
        values.get(f"visits:online:{bucket}") or 0,
        values.get(f"visits:online:{bucket - 1}") or 0,
        1,  # the reader looking at the figures
    )
    return totals


class VisitMiddleware:
    """Counts the reader's page views (and views of the article a page shows) once the page has
    been made, for pages from the page cache too; never fails a page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_countable(request, response):
            try:
                record(request, getattr(response, "counts_view", None))
            except Exception:
                logger.exception("Visitor statistics: a page view could not be counted")
        return response
