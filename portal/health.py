"""What load balancers and readers see when a part of the system is down.

`/healthz` answers while the process lives; `/readyz` only while the database and the cache
answer too. A request that finds the database unreachable gets a 503 maintenance page with
Retry-After instead of a 500, and for DB_RETRY_AFTER seconds afterwards the worker answers so at
once instead of waiting a connect timeout per request; then it tries the database again.
"""

import json
import logging
import sys
import time

from django.conf import settings
from django.core.cache import cache
from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.views.decorators.csrf import requires_csrf_token

logger = logging.getLogger(__name__)

HEALTH_PATHS = {"/healthz", "/readyz"}
_state = {"down_until": 0.0}


def database_ready():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        return True
    except DatabaseError:
        logger.warning("Readiness: the database does not answer", exc_info=True)
        return False


def cache_ready():
    try:
        cache.set("portal:readyz", 1, 10)
        return cache.get("portal:readyz") == 1
    except Exception:
        logger.warning("Readiness: the cache does not answer", exc_info=True)
        return False


def _json(data, status):
    response = HttpResponse(json.dumps(data), content_type="application/json", status=status)
    response["Cache-Control"] = "no-store"
    return response


def maintenance_response():
    """The 503 page; rendered without a request so that nothing in it touches the database."""
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(max(settings.DB_RETRY_AFTER, 1))
    response["Cache-Control"] = "no-store"
    return response


def _database_failed(exception):
    """A 503 for a database error; only a lost connection (not, say, a query cancelled by the
    statement timeout) makes the worker stop trying for a while."""
    raw = connection.connection
    lost = raw is None or bool(getattr(raw, "closed", False))
    logger.error(
        "Database error (%s): %s", "connection lost" if lost else "query failed", exception
    )
    if lost:
        _state["down_until"] = time.monotonic() + settings.DB_RETRY_AFTER
    return maintenance_response()


class HealthCheckMiddleware:
    """Answers the probes before host validation and the HTTPS redirect: load balancers call
    app servers by address, over plain HTTP."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path == "/healthz":
            return _json({"status": "ok"}, 200)
        if request.path == "/readyz":
            checks = {"database": database_ready(), "cache": cache_ready()}
            ready = all(checks.values())
            return _json(
                {"status": "ok" if ready else "unavailable", **checks}, 200 if ready else 503
            )
        return self.get_response(request)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if time.monotonic() < _state["down_until"]:
            return maintenance_response()
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, OperationalError | InterfaceError):
            return _database_failed(exception)
        return None


@requires_csrf_token
def server_error(request):
    """handler500: a database lost outside a view (in a middleware, say) is still a 503."""
    exception = sys.exc_info()[1]
    if isinstance(exception, OperationalError | InterfaceError):
        return _database_failed(exception)
    return HttpResponseServerError(loader.render_to_string("500.html"))
