"""View counts, added up in each process and written to the database in batches.

A write per page view would cost a commit (and a disk flush) on every request and could not
be made for pages served from the page cache. Instead each process adds views up in memory and
writes them every few seconds with `F() + n`, which stays correct with any number of processes
and servers; at most the last few seconds of one process's views are lost if it is killed.
"""

import atexit
import logging
import threading
import time
from collections import Counter, defaultdict

from django.apps import apps
from django.conf import settings
from django.db import DatabaseError
from django.db.models import F

logger = logging.getLogger(__name__)

_lock = threading.Lock()
_pending = Counter()
_last_flush = time.monotonic()


def count_view(label, pk):
    """Count one view of the object `pk` of the model `label` ("articles.article")."""
    with _lock:
        _pending[(label, pk)] += 1
        due = time.monotonic() - _last_flush >= settings.VIEW_COUNT_FLUSH_SECONDS
    if due:
        flush()


def flush():
    global _last_flush
    with _lock:
        pending = dict(_pending)
        _pending.clear()
        _last_flush = time.monotonic()
    groups = defaultdict(lambda: defaultdict(list))
    for (label, pk), views in pending.items():
        groups[label][views].append(pk)
    try:
        for label, by_count in groups.items():
            model = apps.get_model(label)
            for views, pks in by_count.items():
                model.objects.filter(pk__in=pks).update(view_count=F("view_count") + views)
    except DatabaseError:
        logger.warning("View counts could not be written; keeping them for the next flush.")
        with _lock:
            _pending.update(pending)


atexit.register(flush)
