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

import datetime
import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models import F, Q, Sum
from django.utils import timezone

from portal.models import DailyVisits
from portal.signin import client_ip

logger = logging.getLogger(__name__)

VISIT_SECONDS = 30 * 60
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


def record(request):
    """Count one page view of a reader: a new visit and/or a new visitor online."""
    day = timezone.localdate()
    visitor = visitor_id(request, day)
    window = settings.VISITS_ONLINE_SECONDS
    bucket = online_bucket()
    if cache.add(f"visits:online:{bucket}:{visitor}", 1, window * 2):
        _incr(f"visits:online:{bucket}", window * 2)
    if cache.add(f"visits:seen:{day:%Y%m%d}:{visitor}", 1, VISIT_SECONDS):
        _incr(pending_key(day))
    if cache.add("visits:flush-lock", 1, settings.VISITS_FLUSH_SECONDS):
        flush()


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
    """Counts the reader's page views once the page has been made; never fails a page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if is_countable(request, response):
            try:
                record(request)
            except Exception:
                logger.exception("Visitor statistics: a page view could not be counted")
        return response
