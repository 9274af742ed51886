#!/usr/bin/env python3
"""A bounded load test of the public pages: N concurrent readers for a fixed time, on loopback.

    .venv/bin/python bench/load.py --serve                 # starts gunicorn itself
    .venv/bin/python bench/load.py --base-url http://127.0.0.1:8000

Readers start from the home page and follow its links to categories and articles, each reader
on its own keep-alive connection, for `--duration` seconds. Any answer other than 200 counts as
an error and makes the exit status 1. Figures go to standard output and bench/results/.
"""

import argparse
import http.client
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
PUBLIC_LINK = re.compile(r'href="(/(?:chuyen-muc|bai-viet)/[^"#?]+/)"')


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(host, port, path, timeout=30):
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        return response.status, response.read()
    finally:
        connection.close()


def start_server(port):
    """gunicorn with the project's configuration, as in production, on a loopback port."""
    env = {**os.environ, "GUNICORN_BIND": f"127.0.0.1:{port}", "GUNICORN_ACCESS_LOG": "/dev/null"}
    server = subprocess.Popen(  # noqa: S603
        [str(Path(sys.executable).parent / "gunicorn"), "--config", "gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if fetch("127.0.0.1", port, "/healthz", timeout=1)[0] == 200:
                return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("gunicorn did not start within 30 s")


def discover(host, port):
    status, body = fetch(host, port, "/")
    if status != 200:
        raise SystemExit(f"The home page answered {status}")
    links = sorted(set(PUBLIC_LINK.findall(body.decode())))
    return ["/", *links]


def reader(host, port, paths, offset, deadline, results):
    connection = http.client.HTTPConnection(host, port, timeout=30)
    index = offset
    while time.monotonic() < deadline:
        path = paths[index % len(paths)]
        index += 1
        started = time.monotonic()
        try:
            connection.request("GET", path)
            response = connection.getresponse()
            response.read()
            status = response.status
            if response.will_close:
                connection.close()
        except (OSError, http.client.HTTPException) as error:
            status = type(error).__name__
            connection.close()
        results.append((status, time.monotonic() - started, path))
    connection.close()


def run(host, port, clients, duration):
    paths = discover(host, port)
    results = []
    deadline = time.monotonic() + duration
    threads = [
        threading.Thread(target=reader, args=(host, port, paths, n * 7, deadline, results))
        for n in range(clients)
    ]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    latencies = sorted(latency for status, latency, _ in results if status == 200)
    statuses = Counter(str(status) for status, _, _ in results)
    errors = {status: count for status, count in statuses.items() if status != "200"}

    def percentile(share):
        return round(latencies[min(len(latencies) - 1, int(len(latencies) * share))] * 1000, 1)

    return {
        "clients": clients,
        "duration_s": round(elapsed, 1),
        "distinct_pages": len(paths),
        "requests": len(results),
        "requests_per_s": round(len(results) / elapsed, 1),
        "errors": errors,
        "latency_ms": {
            "median": round(statistics.median(latencies) * 1000, 1),
            "p95": percentile(0.95),
            "p99": percentile(0.99),
            "max": round(latencies[-1] * 1000, 1),
        }
        if latencies
        else {},
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", help="A server to test; loopback addresses only.")
    parser.add_argument("--serve", action="store_true", help="Start gunicorn for the test.")
    parser.add_argument("--clients", type=int, default=64)
    parser.add_argument("--duration", type=float, default=60)
    args = parser.parse_args()
    if bool(args.base_url) == args.serve:
        parser.error("give either --base-url or --serve")

    server = None
    if args.serve:
        host, port = "127.0.0.1", free_port()
        server = start_server(port)
    else:
        url = urlsplit(args.base_url)
        host, port = url.hostname, url.port or 80
        if host not in LOOPBACK:
            parser.error("the load test only runs against a server on this machine (loopback)")
    try:
        figures = run(host, port, args.clients, args.duration)
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
    figures["server_workers"] = os.environ.get("WEB_CONCURRENCY") or "gunicorn.conf.py default"
    print(json.dumps(figures, indent=2, ensure_ascii=False))
    out = ROOT / "bench" / "results"
    out.mkdir(exist_ok=True)
    (out / f"load-{time.strftime('%Y%m%d-%H%M%S')}.json").write_text(json.dumps(figures, indent=2))
    return 1 if figures["errors"] or not figures["requests"] else 0


if __name__ == "__main__":
    sys.exit(main())
