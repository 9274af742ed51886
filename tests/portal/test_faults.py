"""The site when PostgreSQL or Redis fails: a maintenance page fast, then recovery by itself."""

import socket
import threading
import time
from contextlib import contextmanager

import pytest
from django.db import OperationalError, connections
from django.db.utils import load_backend
from django.test import Client

from portal import health
from portal.settings import postgres_options
from tests.factories import make_article
from tests.servers import free_port

pytestmark = pytest.mark.django_db

MAINTENANCE = "Hệ thống đang bảo trì"


@pytest.fixture(autouse=True)
def _fresh_health_state(settings):
    settings.DB_RETRY_AFTER = 1
    health._state["down_until"] = 0.0
    yield
    health._state["down_until"] = 0.0


@pytest.fixture
def reader():
    # A reader sees what a browser sees: the rendered error page, not an exception.
    return Client(raise_request_exception=False)


@pytest.fixture
def silent_server():
    """A host that accepts TCP connections and then never says a word, like a hung server or a
    firewall that drops packets after the handshake."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    yield server.getsockname()[1]
    server.close()


def postgres_at(port, statement_timeout=0, name="portal"):
    return {
        **connections["default"].settings_dict,
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "127.0.0.1",
        "PORT": port,
        "NAME": name,
        "USER": "postgres",
        "PASSWORD": "",
        "CONN_MAX_AGE": 60,
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": postgres_options(connect_timeout=2, statement_timeout=statement_timeout),
    }


@contextmanager
def database(settings_dict):
    """Point the app's default database at `settings_dict` for a while, then give it back."""
    original = connections["default"]
    wrapper = load_backend(settings_dict["ENGINE"]).DatabaseWrapper(settings_dict, "default")
    connections["default"] = wrapper
    try:
        yield wrapper
    finally:
        wrapper.close()
        connections["default"] = original


def timed_get(client, url):
    started = time.monotonic()
    response = client.get(url)
    return response, time.monotonic() - started


def assert_maintenance(response):
    assert response.status_code == 503
    assert response["Retry-After"] == "1"
    html = response.content.decode()
    assert MAINTENANCE in html
    assert "Traceback" not in html
    assert 'href="/static/css/site.css"' in html


def test_refused_database_gives_a_maintenance_page_then_the_site_recovers(reader):
    article = make_article("Bài vẫn còn đó")
    with database(postgres_at(free_port())):
        response, elapsed = timed_get(reader, article.get_absolute_url())
        assert_maintenance(response)
        assert elapsed < 2
        assert reader.get("/").status_code == 503
    time.sleep(1.1)
    response = reader.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Bài vẫn còn đó" in response.content.decode()


def test_silent_database_host_costs_one_connect_timeout_not_minutes(reader, silent_server):
    with database(postgres_at(silent_server)):
        response, elapsed = timed_get(reader, "/")
        assert_maintenance(response)
        assert elapsed < 4
        # The worker does not wait again for every request while the database is away.
        response, elapsed = timed_get(reader, "/")
        assert_maintenance(response)
        assert elapsed < 0.5
    time.sleep(1.1)
    assert reader.get("/").status_code == 200


def test_health_and_readiness_probes(reader, silent_server):
    # Load balancers call app servers by address over HTTP, not by the site's host name.
    assert reader.get("/healthz", HTTP_HOST="10.0.0.7").json() == {"status": "ok"}
    ready = reader.get("/readyz", HTTP_HOST="10.0.0.7")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ok", "database": True, "cache": True}
    with database(postgres_at(free_port())):
        assert reader.get("/healthz").status_code == 200
        ready = reader.get("/readyz")
        assert ready.status_code == 503
        assert ready.json()["database"] is False


def test_statement_timeout_cancels_a_long_query_and_the_connection_lives_on(settings):
    default = connections["default"].settings_dict
    uses_postgres = default["ENGINE"] == "django.db.backends.postgresql"
    # On an SQLite test run, the PostgreSQL server of the development machine and CI.
    target = postgres_at(default["PORT"] or 5432, statement_timeout=1, name="postgres")
    if uses_postgres:
        target.update(HOST=default["HOST"], NAME=default["NAME"], USER=default["USER"])
    wrapper = load_backend(target["ENGINE"]).DatabaseWrapper(target, "timeouts")
    try:
        started = time.monotonic()
        with (
            pytest.raises(OperationalError, match="statement timeout"),
            wrapper.cursor() as cursor,
        ):
            cursor.execute("SELECT pg_sleep(10)")
        assert time.monotonic() - started < 3
        with wrapper.cursor() as cursor:
            cursor.execute("SELECT 1")
            assert cursor.fetchone() == (1,)
    finally:
        wrapper.close()


def test_settings_bound_every_wait_on_postgresql():
    options = postgres_options(connect_timeout=5, statement_timeout=30)
    assert options["connect_timeout"] == 5
    assert options["tcp_user_timeout"] == 5000
    assert options["options"] == "-c statement_timeout=30000"
    assert "options" not in postgres_options(connect_timeout=5, statement_timeout=0)


# Redis: a database index of its own, since tests flush the cache they use.
REDIS_TEST_URL = "redis://127.0.0.1:6379/11"


def redis_cache(url):
    return {
        "default": {
            "BACKEND": "portal.cache_backends.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "portal-test",
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


def test_pages_and_sessions_use_redis_when_it_is_there(settings, admin_user):
    import redis

    settings.CACHES = redis_cache(REDIS_TEST_URL)
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    make_article("Bài trong bộ nhớ đệm")
    client = Client()
    assert client.get("/").status_code == 200
    client.force_login(admin_user)
    assert client.get("/admin/").status_code == 200
    keys = redis.Redis.from_url(REDIS_TEST_URL).keys("portal-test:*")
    assert any(b"c:site-identity" in key for key in keys)
    assert any(b"django.contrib.sessions.cached_db" in key for key in keys)
    assert client.get("/readyz").json()["cache"] is True


@pytest.mark.parametrize("redis_state", ["refusing", "silent"])
def test_site_serves_from_the_database_when_redis_is_down(
    settings, admin_user, silent_server, redis_state
):
    port = free_port() if redis_state == "refusing" else silent_server
    settings.CACHES = redis_cache(f"redis://127.0.0.1:{port}/0")
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    make_article("Bài đọc từ cơ sở dữ liệu")

    response, elapsed = timed_get(Client(), "/")
    assert response.status_code == 200
    assert "Bài đọc từ cơ sở dữ liệu" in response.content.decode()
    assert elapsed < 2

    # Staff can still sign in: the session lives in the database too.
    staff = Client()
    response = staff.post(
        "/admin/login/?next=/admin/", {"username": "admin", "password": "password"}
    )
    assert response.status_code == 302
    assert staff.get("/admin/").status_code == 200
    assert Client().get("/readyz").status_code == 503


def test_a_cached_page_costs_one_redis_round_trip(settings):
    import redis

    prefix = f"portal-hit-{time.monotonic_ns()}"
    settings.CACHES = redis_cache(REDIS_TEST_URL)
    settings.CACHES["default"]["KEY_PREFIX"] = prefix
    settings.PAGE_CACHE = True
    article = make_article("Tin đọc từ Redis")
    reader = Client(HTTP_USER_AGENT="Googlebot/2.1")  # a bot: visitor counting is not measured
    url = article.get_absolute_url()
    reader.get(url)
    assert reader.get(url)["X-Page-Cache"] == "hit"
    commands, stop = [], f"{prefix}-stop"

    def listen(monitor):
        for event in monitor.listen():
            if stop in event["command"]:
                return
            if prefix in event["command"]:
                commands.append(event["command"])

    with redis.Redis.from_url(REDIS_TEST_URL).monitor() as monitor:
        listening = threading.Thread(target=listen, args=(monitor,))
        listening.start()
        response = reader.get(url)
        redis.Redis.from_url(REDIS_TEST_URL).get(stop)
        listening.join(timeout=10)
    assert response["X-Page-Cache"] == "hit" and "Tin đọc từ Redis" in response.content.decode()
    assert len(commands) == 1 and commands[0].startswith("MGET"), commands
