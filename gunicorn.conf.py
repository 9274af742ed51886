"""Gunicorn settings for the portal; gunicorn reads this file from the working directory.

Every value can be overridden from the environment (README, Configuration). A graceful reload
(new code, same address, no request dropped) is `kill -HUP <master pid>`: new workers start, old
ones finish their requests within `graceful_timeout` and exit.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: the work is the database and the templates. Two per core plus one keeps the CPU
# busy while some workers wait on PostgreSQL.
workers = int(os.environ.get("WEB_CONCURRENCY") or multiprocessing.cpu_count() * 2 + 1)
worker_class = "sync"
# A request that has not finished in this many seconds is killed and its worker replaced; it is
# longer than the database statement timeout, so a slow query is cancelled before that.
timeout = int(os.environ.get("GUNICORN_TIMEOUT") or 120)
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT") or 30)
keepalive = 5
# Workers are recycled now and then so that no slow leak can grow without bound. Not often: a
# new worker starts cold (imports, templates, its local caches), and at 2,000 requests a worker
# under a peak of traffic was replaced every few seconds, giving 1% of readers a 1.5 s wait.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS") or 50_000)
max_requests_jitter = max_requests // 10
# Heartbeat files in memory: a slow disk must not make the master think a worker hung.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
wsgi_app = "portal.wsgi:application"
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("LOG_LEVEL", "info").lower()
# Addresses of the proxies whose X-Forwarded-* headers gunicorn trusts.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
proc_name = "portal"
# The runtime control socket is off: several gunicorns on one machine would share its default
# path. Reloads use the signal above.
control_socket_disable = True
