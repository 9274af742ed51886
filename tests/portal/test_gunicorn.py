"""The application server as production runs it: gunicorn with gunicorn.conf.py."""

import http.client
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.portal.test_security import PRODUCTION, clean_environ
from tests.servers import free_port

ROOT = Path(__file__).resolve().parents[2]


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        connection.request("GET", path, headers={"Host": "portal.example.vn"})
        response = connection.getresponse()
        return response.status, response.getheader("Content-Security-Policy"), response.read()
    finally:
        connection.close()


def wait_until_up(port, deadline):
    while time.monotonic() < deadline:
        try:
            return get(port, "/healthz")
        except OSError:
            time.sleep(0.2)
    pytest.fail("gunicorn did not answer")


def test_gunicorn_serves_and_reloads_gracefully(tmp_path):
    port = free_port()
    env = clean_environ(
        **PRODUCTION,
        GUNICORN_BIND=f"127.0.0.1:{port}",
        WEB_CONCURRENCY="2",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        SECURE_SSL_REDIRECT="0",
    )
    gunicorn = Path(sys.executable).parent / "gunicorn"
    server = subprocess.Popen(
        [str(gunicorn), "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        status, csp, body = wait_until_up(port, time.monotonic() + 30)
        assert (status, body) == (200, b'{"status": "ok"}')
        assert "script-src 'self'" in csp

        server.send_signal(signal.SIGHUP)
        # Requests keep being answered while the workers are replaced.
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            assert get(port, "/healthz")[0] == 200
            time.sleep(0.1)
        assert server.poll() is None
    finally:
        server.terminate()
        _, errors = server.communicate(timeout=30)
    assert "Booting worker" in errors
    assert errors.count("Booting worker") >= 4  # two at start, two more after the reload
