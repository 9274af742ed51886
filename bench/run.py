"""Run the benchmark: seed, start the site production-like, load each page, report.

    python bench/run.py [--articles 100000] [--duration 10] [--clients 16]

Every figure is also given as a ratio to the minimal view measured in the same run (one query,
a tiny template: the cost of Django itself on this machine), since machines differ. The load
stays on loopback and each run is bounded by --duration. wrk is used when installed, otherwise
a Python load generator.
"""

import argparse
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
PYTHON = sys.executable


def server_environment(args, page_cache):
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DEBUG": "0",
            "SECRET_KEY": env.get("SECRET_KEY") or secrets.token_urlsafe(40),
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": args.database_url,
            "PAGE_CACHE": "1" if page_cache else "0",
            # Plain HTTP on loopback: no TLS redirect, no HSTS, cookies without Secure.
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "SECURE_COOKIES": "0",
            "LOG_LEVEL": "WARNING",
            # gunicorn.conf.py logs each request to standard output; not the thing measured.
            "GUNICORN_ACCESS_LOG": "/dev/null",
        }
    )
    return env


def manage(env, *command):
    subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)


def wait_until_up(port, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            connection.request("GET", "/healthz")
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"the server on port {port} did not start")


class Server:
    """gunicorn with sync workers and persistent database connections, DEBUG off."""

    def __init__(self, env, port, workers):
        self.port = port
        self.process = subprocess.Popen(
            [
                str(Path(PYTHON).with_name("gunicorn")),
                "portal.wsgi:application",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(workers),
                "--worker-class",
                "sync",
                "--timeout",
                "60",
                "--log-level",
                "warning",
            ],
            cwd=ROOT,
            env=env,
        )
        wait_until_up(port)

    def worker_pids(self):
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        return [int(pid) for pid in children.read_text().split()]

    def peak_rss_mb(self):
        peaks = []
        for pid in self.worker_pids():
            status = Path(f"/proc/{pid}/status").read_text()
            peaks.append(int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024)
        return max(peaks, default=0.0)

    def stop(self):
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()


class Nginx:
    """deploy/nginx.conf itself, with its paths and ports pointed at this run."""

    def __init__(self, app_port, port, media_root):
        self.port = port
        self.dir = Path(tempfile.mkdtemp(prefix="portal-nginx-"))
        site = (ROOT / "deploy" / "nginx.conf").read_text()
        site = (
            site.replace("/var/cache/nginx/portal", str(self.dir / "cache"))
            .replace("/srv/portal/staticfiles/", f"{ROOT / 'staticfiles'}/")
            .replace("/srv/portal/media/", f"{media_root}/")
            .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};")
            .replace("listen 80;", f"listen 127.0.0.1:{port};")
        )
        (self.dir / "nginx.conf").write_text(
            "user root;\nworker_processes auto;\n"
            f"pid {self.dir}/nginx.pid;\nerror_log {self.dir}/error.log warn;\n"
            "events { worker_connections 4096; }\n"
            "http {\n include /etc/nginx/mime.types;\n access_log off;\n"
            f"{site}\n}}\n"
        )
        self.process = subprocess.Popen(
            ["nginx", "-p", str(self.dir), "-c", str(self.dir / "nginx.conf"), "-g", "daemon off;"]
        )
        wait_until_up(port)

    def stop(self):
        self.process.send_signal(signal.SIGQUIT)
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
        shutil.rmtree(self.dir, ignore_errors=True)


def _seconds(value, unit):
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def load_with_wrk(url, clients, duration):
    out = subprocess.run(
        ["wrk", f"-t{min(2, clients)}", f"-c{clients}", f"-d{duration}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.MULTILINE))

    def ms(text):
        value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
        return _seconds(value, unit) * 1000

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": ms(latency["50"]),
        "p99_ms": ms(latency["99"]),
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }


def load_with_python(url, clients, duration):
    """A bounded closed-loop load: `clients` threads, keep-alive, for `duration` seconds."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.monotonic() + duration
    latencies, errors, lock = [], [0], threading.Lock()

    def client():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine, failed = [], 0
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", path)
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    failed += 1
            except OSError:
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    latencies.sort()

    def percentile(p):
        return latencies[min(len(latencies) - 1, int(len(latencies) * p))] * 1000

    return {
        "rps": len(latencies) / duration,
        "p50_ms": percentile(0.50),
        "p99_ms": percentile(0.99),
        "errors": errors[0],
    }


def load(url, clients, duration):
    if shutil.which("wrk"):
        return load_with_wrk(url, clients, duration)
    return load_with_python(url, clients, duration)


STATIC_PAGE = "bench/page-40kb.html"
STATIC_PAGE_BYTES = 40 * 1024


def write_static_page(path):
    """The static baseline: one of our article pages saved as a 40 KB HTML file (padded with a
    comment), the size of the static page the targets were set against."""
    from django.conf import settings
    from django.test import Client

    html = Client().get(path).content
    html += b"<!--" + b" " * max(0, STATIC_PAGE_BYTES - len(html) - 8) + b"-->\n"
    target = Path(settings.STATIC_ROOT) / STATIC_PAGE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(html)
    return len(html)


def pages():
    """The pages to measure, as paths, read from the seeded database."""
    from django.urls import reverse

    from news.articles.models import Article, Category
    from news.galleries.models import Album

    category = Category.objects.filter(parent=None, children=None).first()
    return {
        "minimal view (baseline)": "/bench/minimal/",
        "static file (baseline)": f"/static/{STATIC_PAGE}",
        "home": reverse("home"),
        "category page 1": category.get_absolute_url(),
        "category page 500": f"{category.get_absolute_url()}?page=500",
        "article": Article.objects.published()[50].get_absolute_url(),
        "album": Album.objects.published().first().get_absolute_url(),
        "video list": reverse("videos:index"),
        "document register": reverse("documents:index"),
        "search, 1 word": f"{reverse('search')}?q=%C4%91%E1%BA%A3ng",
        "search, 3 words": f"{reverse('search')}?q=hoi+nghi+dang+vien",
        "RSS feed": reverse("feed"),
        "sitemap": reverse("sitemap"),
    }


def query_counts(paths):
    """SQL statements per page, counted in-process with the test client (warm caches)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client, counts = Client(), {}
    for label, path in paths.items():
        client.get(path)
        with CaptureQueriesContext(connection) as context:
            client.get(path)
        counts[label] = len(context)
    return counts


def measure(paths, port, args):
    results = {}
    for label, path in paths.items():
        url = f"http://127.0.0.1:{port}{path}"
        load(url, args.clients, 2)  # warm-up
        results[label] = {**load(url, args.clients, args.duration), "path": path}
    # A shared machine drifts during a run: the baselines are measured again after the pages,
    # and the pages are compared with the mean of both measurements.
    for label, path in paths.items():
        if "baseline" not in label:
            continue
        again = load(f"http://127.0.0.1:{port}{path}", args.clients, args.duration)
        first = results[label]
        results[label] = {
            "rps": (first["rps"] + again["rps"]) / 2,
            "p50_ms": (first["p50_ms"] + again["p50_ms"]) / 2,
            "p99_ms": max(first["p99_ms"], again["p99_ms"]),
            "errors": first["errors"] + again["errors"],
            "path": path,
            "rps_before_and_after": [first["rps"], again["rps"]],
        }
    return results


def report(results, args):
    baseline = results["minimal view (baseline)"]["rps"]
    static = results["static file (baseline)"]["rps"]
    header = (
        f"{'page':28} {'req/s':>9} {'x minimal':>9} {'x static':>9} {'p50 ms':>8} "
        f"{'p99 ms':>8} {'errors':>7}"
    )
    lines = [header, "-" * len(header)]
    for label, row in results.items():
        row["ratio"] = row["rps"] / baseline if baseline else 0.0
        row["ratio_static"] = row["rps"] / static if static else 0.0
        queries = row.get("queries")
        lines.append(
            f"{label:28} {row['rps']:9.0f} {row['ratio']:9.2f} {row['ratio_static']:9.2f} "
            f"{row['p50_ms']:8.1f} {row['p99_ms']:8.1f} {row['errors']:7d}"
            + (f"   {queries} SQL" if queries is not None else "")
        )
    return "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench"
        ),
    )
    args = parser.parse_args()

    env = server_environment(args, page_cache=False)
    os.environ.update(env)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_bench", "--articles", str(args.articles))
    manage(env, "collectstatic", "--noinput", "-v0")

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    paths = pages()
    static_bytes = write_static_page(paths["article"])
    counts = query_counts(paths)

    runs = {}
    for mode, page_cache in (("page cache off", False), ("page cache on", True)):
        server = Server(server_environment(args, page_cache), args.port, args.workers)
        try:
            results = measure(paths, args.port, args)
            if not page_cache:
                for label, row in results.items():
                    row["queries"] = counts[label]
                # The search target is for one reader at a time: latency, not throughput.
                single = argparse.Namespace(**{**vars(args), "clients": 1})
                searches = {
                    k: v for k, v in paths.items() if k.startswith("search") or "baseline" in k
                }
                runs["search, one client"] = {"pages": measure(searches, args.port, single)}
            if page_cache and shutil.which("nginx"):
                from django.conf import settings

                proxy = Nginx(args.port, args.port + 1, settings.MEDIA_ROOT)
                try:
                    runs["nginx micro-cache"] = {"pages": measure(paths, proxy.port, args)}
                finally:
                    proxy.stop()
            rss = server.peak_rss_mb()
        finally:
            server.stop()
        runs[mode] = {"pages": results, "peak_rss_mb_per_worker": rss}

    for mode, run in runs.items():
        rss = run.get("peak_rss_mb_per_worker")
        print(
            f"\n{mode} — {args.articles} articles, {args.clients} clients, "
            f"{args.workers} gunicorn workers"
            + (f", peak RSS per worker {rss:.0f} MB" if rss else "")
        )
        print(report(run["pages"], args))
    print(f"\nThe static file is a {static_bytes:,}-byte copy of the article page.")

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(
        json.dumps(
            {
                "articles": args.articles,
                "clients": args.clients,
                "duration_s": args.duration,
                "workers": args.workers,
                "static_page_bytes": static_bytes,
                "load_generator": "wrk" if shutil.which("wrk") else "python",
                "runs": runs,
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    print(f"\nJSON: {out}")


if __name__ == "__main__":
    main()
