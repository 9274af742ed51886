"""Run the benchmark: seed, start the site production-like, load each page, report.

    python bench/run.py [--articles 100000] [--duration 10] [--clients 16] [--no-redis]

The site runs as deployed: DEBUG off, gunicorn with several sync workers, Redis as the shared
cache (unless --no-redis), PostgreSQL. Passes:

- no cache at all (a dummy cache, page cache off): article, home and category pages, cold;
- fragments only (page cache off: what a signed-in editor gets), every page;
- page cache on, every page; then the long tail (article pages nobody asked for yet, the rest
  of the site cached), many pages (readers spread over 10,000 articles: the hit rate), and the
  newsroom (readers on home, category and article pages, without and with a writer saving a
  draft every 2 s and publishing an article every 20 s);
- through deploy/nginx.conf, when nginx is installed.

Every figure is also given as a ratio to the minimal view measured in the same run (one query,
a tiny template: the cost of Django itself on this machine), since machines differ. The load
stays on loopback and each run is bounded by --duration. wrk is used when installed, otherwise
a Python load generator.
"""

import argparse
import http.client
import json
import os
import random
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
ROTATE = ROOT / "bench" / "rotate.lua"
PYTHON = sys.executable
MINIMAL, STATIC = "minimal view (baseline)", "static file (baseline)"


def server_environment(args, cache):
    """The environment of the servers: `cache` is "none", "fragments" or "pages"."""
    env = dict(os.environ)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "bench.settings",
            "DEBUG": "0",
            "SECRET_KEY": env.get("SECRET_KEY") or args.secret_key,
            "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver",
            "DATABASE_URL": args.database_url,
            "PAGE_CACHE": "1" if cache == "pages" else "0",
            "BENCH_NO_CACHE": "1" if cache == "none" else "0",
            # Plain HTTP on loopback: no TLS redirect, no HSTS, cookies without Secure.
            "SECURE_SSL_REDIRECT": "0",
            "SECURE_HSTS_SECONDS": "0",
            "SECURE_COOKIES": "0",
            "LOG_LEVEL": "WARNING",
            # gunicorn.conf.py logs each request to standard output; not the thing measured.
            "GUNICORN_ACCESS_LOG": "/dev/null",
        }
    )
    if args.redis_url:
        env.update({"REDIS_URL": args.redis_url, "CACHE_KEY_PREFIX": args.prefix})
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(env, *command):
    subprocess.run([PYTHON, "manage.py", *command], cwd=ROOT, env=env, check=True)


def ensure_database(url):
    """Create the benchmark's PostgreSQL database when it is missing."""
    import psycopg2

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    connection = psycopg2.connect(
        dbname="postgres",
        host=parts.hostname,
        port=parts.port or 5432,
        user=parts.username,
        password=parts.password,
    )
    connection.autocommit = True
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name])
        if cursor.fetchone() is None:
            print(f"Creating the database {name}")
            cursor.execute(f'CREATE DATABASE "{name}"')
    connection.close()


def wait_until_up(port, timeout=60):
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


# Load generators -----------------------------------------------------------------------------


def _seconds(value, unit):
    return float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0, "m": 60.0}[unit]


def load_with_wrk(base, paths, clients, duration, mode):
    command = ["wrk", f"-t{min(2, clients)}", f"-c{clients}", f"-d{duration}s", "--latency"]
    listing = None
    if len(paths) > 1 or mode == "random":
        listing = tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False)  # noqa: SIM115
        listing.write("\n".join(paths) + "\n")
        listing.close()
        command += ["-s", str(ROTATE), base, "--", listing.name, mode, str(min(2, clients))]
    else:
        command.append(base + paths[0])
    try:
        out = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    finally:
        if listing:
            os.unlink(listing.name)
    latency = dict(re.findall(r"^\s+(50|99)%\s+([\d.]+\w+)", out, re.MULTILINE))

    def ms(text):
        value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
        return _seconds(value, unit) * 1000

    errors = sum(int(n) for n in re.findall(r"(?:connect|read|write|timeout) (\d+)", out))
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    result = {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50_ms": ms(latency["50"]),
        "p99_ms": ms(latency["99"]),
        "errors": errors + (int(non_2xx.group(1)) if non_2xx else 0),
    }
    cached = re.search(r"page-cache hits (\d+) misses (\d+) other (\d+)", out)
    if cached:
        names = ("hits", "misses", "uncached")
        result.update(dict(zip(names, map(int, cached.groups()), strict=True)))
    return result


def load_with_python(base, paths, clients, duration, mode):
    """A bounded closed-loop load: `clients` threads, keep-alive, for `duration` seconds."""
    parts = urlsplit(base)
    deadline = time.monotonic() + duration
    latencies, errors, counts, lock = (
        [],
        [0],
        {"hits": 0, "misses": 0, "uncached": 0},
        threading.Lock(),
    )
    position = [0]

    def next_path():
        with lock:
            if mode == "random":
                return random.choice(paths)  # noqa: S311
            position[0] += 1
            return paths[(position[0] - 1) % len(paths)]

    def client():
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine, failed, seen = [], 0, {"hits": 0, "misses": 0, "uncached": 0}
        while time.monotonic() < deadline:
            started = time.perf_counter()
            try:
                connection.request("GET", next_path())
                response = connection.getresponse()
                response.read()
                if response.status >= 400:
                    failed += 1
                state = response.getheader("X-Page-Cache")
                seen[{"hit": "hits", "miss": "misses"}.get(state, "uncached")] += 1
            except OSError:
                failed += 1
                connection.close()
                connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
            mine.append(time.perf_counter() - started)
        with lock:
            latencies.extend(mine)
            errors[0] += failed
            for key, value in seen.items():
                counts[key] += value

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
        **counts,
    }


def load(base, paths, clients, duration, mode="turn"):
    paths = [paths] if isinstance(paths, str) else list(paths)
    if shutil.which("wrk"):
        return load_with_wrk(base, paths, clients, duration, mode)
    return load_with_python(base, paths, clients, duration, mode)


def hit_rate(row):
    served = row.get("hits", 0) + row.get("misses", 0) + row.get("uncached", 0)
    return row.get("hits", 0) / served if served else 0.0


# What is measured ----------------------------------------------------------------------------

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
        MINIMAL: "/bench/minimal/",
        STATIC: f"/static/{STATIC_PAGE}",
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


def article_paths(start, count):
    """`count` article addresses from the `start`-th newest on, one query."""
    from news.articles.models import Article

    slugs = Article.objects.published().values_list("slug", flat=True)[start : start + count]
    return [f"/bai-viet/{slug}/" for slug in slugs]


def query_counts(paths, cold):
    """SQL statements per page, counted in-process with the test client: with warm caches, or
    with no cache at all (a dummy cache)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    dummy = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
    client, counts = Client(), {}
    with override_settings(**({"CACHES": dummy} if cold else {})):
        for label, path in paths.items():
            client.get(path)
            with CaptureQueriesContext(connection) as context:
                client.get(path)
            counts[label] = len(context)
    return counts


def measure(base, paths, args, clients=None):
    clients = clients or args.clients
    results = {}
    for label, path in paths.items():
        load(base, path, clients, 2)  # warm-up
        results[label] = {**load(base, path, clients, args.duration), "path": path}
    # A shared machine drifts during a run: the baselines are measured again after the pages,
    # and the pages are compared with the mean of both measurements.
    for label, path in paths.items():
        if "baseline" not in label:
            continue
        again = load(base, path, clients, args.duration)
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


def baselines(paths):
    return {label: path for label, path in paths.items() if "baseline" in label}


class Writer(threading.Thread):
    """A newsroom's writer, through the ORM as the admin saves: a draft saved every 2 s (a
    reporter typing), an article published every 20 s."""

    def __init__(self):
        super().__init__(daemon=True)
        self.stop = threading.Event()
        self.saved = self.published = 0

    def run(self):
        from django.db import connection
        from django.utils import timezone

        from news.articles.models import Article, Category
        from news.publishing import Status

        categories = list(Category.objects.all())
        rng = random.Random(7)  # noqa: S311
        started = time.monotonic()
        draft = None
        while not self.stop.is_set():
            if draft is None:
                draft = Article.objects.create(
                    title=f"Bản thảo của phóng viên {secrets.token_hex(3)}",
                    category=rng.choice(categories),
                    lead="Sapo đang viết.",
                    body="<p>Đoạn mở đầu.</p>",
                    status=Status.DRAFT,
                )
            draft.body += "<p>Thêm một đoạn nữa.</p>"
            draft.save()
            self.saved += 1
            if time.monotonic() - started >= 20 * (self.published + 1):
                draft.status, draft.publish_at = Status.PUBLISHED, timezone.now()
                draft.save()
                self.published += 1
                draft = None
            self.stop.wait(2)
        connection.close()


def newsroom(base, args, paths):
    """Readers on the home page, category pages and article pages, without then with a
    writer."""
    reader_paths = paths
    load(base, reader_paths, args.clients, args.duration, "random")  # every page cached once
    quiet = load(base, reader_paths, args.clients, args.newsroom_duration, "random")
    writer = Writer()
    writer.start()
    try:
        busy = load(base, reader_paths, args.clients, args.newsroom_duration, "random")
    finally:
        writer.stop.set()
        writer.join()
    return {
        "without writer": quiet,
        "with writer": busy,
        "drafts saved": writer.saved,
        "articles published": writer.published,
    }


def report(results):
    baseline = results[MINIMAL]["rps"] if MINIMAL in results else 0
    static = results[STATIC]["rps"] if STATIC in results else 0
    header = (
        f"{'page':28} {'req/s':>9} {'x minimal':>9} {'x static':>9} {'p50 ms':>8} "
        f"{'p99 ms':>8} {'errors':>7} {'hits':>6}"
    )
    lines = [header, "-" * len(header)]
    for label, row in results.items():
        row["ratio"] = row["rps"] / baseline if baseline else 0.0
        row["ratio_static"] = row["rps"] / static if static else 0.0
        queries = row.get("queries")
        hits = f"{hit_rate(row):6.0%}" if "hits" in row else " " * 6
        lines.append(
            f"{label:28} {row['rps']:9.0f} {row['ratio']:9.2f} {row['ratio_static']:9.2f} "
            f"{row['p50_ms']:8.1f} {row['p99_ms']:8.1f} {row['errors']:7d} {hits}"
            + (f"   {queries} SQL" if queries is not None else "")
        )
    return "\n".join(lines)


def run_server(args, cache, body):
    server = Server(server_environment(args, cache), args.port, args.workers)
    try:
        result = body(f"http://127.0.0.1:{args.port}", server)
        rss = server.peak_rss_mb()
    finally:
        server.stop()
    return result, rss


def flush_redis(args):
    if not args.redis_url:
        return
    import redis

    client = redis.Redis.from_url(args.redis_url)
    for key in client.scan_iter(f"{args.prefix}:*"):
        client.delete(key)


def main():
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per page")
    parser.add_argument("--newsroom-duration", type=int, default=40)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument(
        "--database-url",
        default=os.environ.get(
            "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/portal_bench"
        ),
    )
    parser.add_argument(
        "--redis-url", default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/0")
    )
    parser.add_argument("--no-redis", action="store_true", help="each process its own cache")
    parser.add_argument(
        "--passes",
        default="none,fragments,pages,tail,many,newsroom,nginx",
        help="comma-separated subset of the passes to run",
    )
    args = parser.parse_args()
    if args.no_redis:
        args.redis_url = ""
    args.prefix = f"bench-{secrets.token_hex(4)}"
    args.secret_key = secrets.token_urlsafe(40)
    wanted = set(args.passes.split(","))

    ensure_database(args.database_url)
    env = server_environment(args, "fragments")
    os.environ.update(env)
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "seed_bench", "--articles", str(args.articles))
    manage(env, "collectstatic", "--noinput", "-v0")

    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    paths = pages()
    static_bytes = write_static_page(paths["article"])
    counts = query_counts(paths, cold=False)
    cold_counts = query_counts(paths, cold=True)
    cold_paths = {k: paths[k] for k in (MINIMAL, STATIC, "article", "home", "category page 1")}

    runs = {}
    if "none" in wanted:
        results, rss = run_server(args, "none", lambda base, _: measure(base, cold_paths, args))
        for label, row in results.items():
            row["queries"] = cold_counts[label]
        runs["no cache at all"] = {"pages": results, "peak_rss_mb_per_worker": rss}

    if "fragments" in wanted:

        def fragments(base, _server):
            results = measure(base, paths, args)
            for label, row in results.items():
                row["queries"] = counts[label]
            # Latency, not throughput: every page for one reader at a time (the search target,
            # and "no page takes over 1 s").
            alone = argparse.Namespace(**{**vars(args), "duration": 3})
            runs["one reader at a time (page cache off)"] = {
                "pages": measure(base, paths, alone, clients=1)
            }
            return results

        results, rss = run_server(args, "fragments", fragments)
        runs["fragments only (page cache off)"] = {"pages": results, "peak_rss_mb_per_worker": rss}

    def cached_site(base, _server):
        flush_redis(args)
        done = {}
        if "pages" in wanted:
            done["page cache on"] = {"pages": measure(base, paths, args)}
        if "tail" in wanted:
            # Article pages nobody has asked for, while the rest of the site is cached.
            tail = article_paths(20_000, 40_000)
            load(base, ["/", paths["article"]], args.clients, 2)
            results = measure(base, baselines(paths), args)
            results["article, not yet cached"] = load(base, tail, args.clients, args.duration)
            done["long tail"] = {"pages": results}
        if "many" in wanted:
            spread = article_paths(0, 10_000)
            results = measure(base, baselines(paths), args)
            for round_ in (1, 2, 3):
                row = load(base, spread, args.clients, args.duration * 2, "random")
                results[f"10,000 articles, round {round_}"] = row
            done["many pages"] = {"pages": results}
        if "newsroom" in wanted:
            from portal.context_processors import main_menu

            reader_paths = [
                "/",
                *(entry.url for entry in main_menu()),
                *article_paths(0, 100)[::2],
                *article_paths(5_000, 100)[::2],
            ]
            results = newsroom(base, args, reader_paths)
            done["newsroom"] = results
        if "nginx" in wanted and shutil.which("nginx"):
            from django.conf import settings

            proxy = Nginx(args.port, args.port + 1, settings.MEDIA_ROOT)
            try:
                done["nginx micro-cache"] = {
                    "pages": measure(f"http://127.0.0.1:{proxy.port}", paths, args)
                }
            finally:
                proxy.stop()
        return done

    if wanted & {"pages", "tail", "many", "newsroom", "nginx"}:
        done, rss = run_server(args, "pages", cached_site)
        for run in done.values():
            if "pages" in run:
                run["peak_rss_mb_per_worker"] = rss
        runs.update(done)
    flush_redis(args)

    cache_name = f"Redis ({args.redis_url})" if args.redis_url else "each process's own memory"
    for mode, run in runs.items():
        rss = run.get("peak_rss_mb_per_worker")
        print(
            f"\n{mode} — {args.articles} articles, {args.clients} clients, "
            f"{args.workers} gunicorn workers, cache: {cache_name}"
            + (f", peak RSS per worker {rss:.0f} MB" if rss else "")
        )
        if "pages" in run:
            print(report(run["pages"]))
        else:
            rows = {k: v for k, v in run.items() if isinstance(v, dict)}
            print(report(rows))
            print(
                f"writer: {run['drafts saved']} drafts saved, "
                f"{run['articles published']} articles published"
            )
    print(f"\nThe static file is a {static_bytes:,}-byte copy of the article page.")
    print("\n" + "\n".join(targets(runs)))

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(
        json.dumps(
            {
                "articles": args.articles,
                "clients": args.clients,
                "duration_s": args.duration,
                "workers": args.workers,
                "cache": cache_name,
                "static_page_bytes": static_bytes,
                "load_generator": "wrk" if shutil.which("wrk") else "python",
                "cold_sql": cold_counts,
                "runs": runs,
            },
            ensure_ascii=False,
            indent=2,
        )
    )
    print(f"\nJSON: {out}")


def targets(runs):
    """The issue's targets, met or not, from this run's figures."""
    lines = ["Targets:"]

    def minimal_ratio(run, label):
        pages_ = runs.get(run, {}).get("pages", {})
        row, base = pages_.get(label), pages_.get(MINIMAL)
        return row["rps"] / base["rps"] if row and base else None

    def line(name, value, target, better="higher"):
        if value is None:
            return
        met = value >= target if better == "higher" else value <= target
        lines.append(f"  {name}: {value:.2f} (target {target}) {'met' if met else 'NOT MET'}")

    line("no cache, article x minimal", minimal_ratio("no cache at all", "article"), 0.15)
    line("long tail article x minimal", minimal_ratio("long tail", "article, not yet cached"), 0.35)
    news = runs.get("newsroom")
    if news:
        quiet, busy = news["without writer"], news["with writer"]
        line("newsroom throughput with/without writer", busy["rps"] / quiet["rps"], 0.8)
        line("newsroom p99 with/without writer", busy["p99_ms"] / quiet["p99_ms"], 2.0, "lower")
    alone = runs.get("one reader at a time (page cache off)", {}).get("pages", {})
    if alone:
        line(
            "slowest page for one reader, p99 (s)",
            max(r["p99_ms"] for r in alone.values()) / 1000,
            1.0,
            "lower",
        )
    return lines


if __name__ == "__main__":
    main()
