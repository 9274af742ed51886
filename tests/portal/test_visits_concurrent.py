"""Visitor counting under concurrent requests served by two gunicorn worker processes that
share one Redis, as several app servers would."""

import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import redis
from django.test import override_settings
from django.utils import timezone

from portal import visits
from portal.models import DailyVisits
from tests.servers import free_port

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = "redis://127.0.0.1:6379/0"
VISITORS = 120
VIEWS_EACH = 3
BOT_VIEWS = 30
WINDOW = 3600  # "online now" window for this test: long enough for the whole run


@pytest.fixture
def redis_prefix():
    client = redis.Redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        pytest.fail("Redis must run at 127.0.0.1:6379 for this test (.ci/run starts it).")
    prefix = f"test-visits-{uuid.uuid4().hex[:12]}"
    yield prefix
    for key in client.scan_iter(f"{prefix}:*"):
        client.delete(key)


@pytest.fixture
def server(tmp_path, redis_prefix):
    env = {
        **os.environ,
        "DEBUG": "1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'server.sqlite3'}",
        "MEDIA_ROOT": str(tmp_path / "media"),
        "REDIS_URL": REDIS_URL,
        "CACHE_KEY_PREFIX": redis_prefix,
        "VISITS_ONLINE_SECONDS": str(WINDOW),
    }
    python = sys.executable
    subprocess.run(
        [python, "manage.py", "migrate", "--noinput", "-v0"], cwd=ROOT, env=env, check=True
    )
    port = free_port()
    log = tmp_path / "access.log"
    process = subprocess.Popen(
        [
            str(Path(python).with_name("gunicorn")),
            "portal.wsgi:application",
            f"--bind=127.0.0.1:{port}",
            "--workers=2",
            f"--access-logfile={log}",
            "--access-logformat=%(p)s %(s)s",
        ],
        cwd=ROOT,
        env=env,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                break
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                pytest.fail("gunicorn did not start")
            time.sleep(0.2)
    try:
        yield url, log, process
    finally:
        process.terminate()
        process.wait(timeout=20)


def get(url, agent):
    request = urllib.request.Request(url, headers={"User-Agent": agent})
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


def test_two_processes_count_every_visitor_exactly_once(server, redis_prefix):
    url, log, process = server
    redis_cache = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": redis_prefix,
        }
    }
    with override_settings(CACHES=redis_cache, VISITS_ONLINE_SECONDS=WINDOW):
        # As if a flush had just run: the servers leave the counts in Redis for this test to
        # read and flush into its own database.
        from django.core.cache import cache

        cache.set("visits:flush-lock", 1, 600)
        if WINDOW - time.time() % WINDOW < 60:  # do not straddle two "online" windows
            time.sleep(WINDOW - time.time() % WINDOW + 1)

        agents = [
            f"Mozilla/5.0 (X11; Linux x86_64; reader {n}) Firefox/130.0" for n in range(VISITORS)
        ]
        # Every reader comes back: each round brings every reader once more.
        requests = [agent for _ in range(VIEWS_EACH) for agent in agents]
        requests += ["Mozilla/5.0 (compatible; Googlebot/2.1)"] * BOT_VIEWS
        with ThreadPoolExecutor(max_workers=12) as pool:
            statuses = list(pool.map(lambda agent: get(f"{url}/", agent), requests))
        assert statuses == [200] * len(requests)

        workers = {line.split()[0] for line in log.read_text().splitlines() if line.strip()}
        assert len(workers) == 2, "both worker processes served requests"
        # Each worker sends the views it keeps to Redis once a second and when it stops.
        process.terminate()
        process.wait(timeout=20)

        stats = visits.stats()
        assert stats["today"] == VISITORS
        assert stats["online"] == VISITORS
        assert visits.flush() == VISITORS
        assert DailyVisits.objects.get(day=timezone.localdate()).visits == VISITORS
        assert visits.stats()["today"] == VISITORS
