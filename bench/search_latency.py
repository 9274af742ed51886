"""Search latency end to end, one client: p50 and p99 of /tim-kiem/ for common, rare and mixed
queries against a running server on loopback (gunicorn on a seeded database).

    python bench/search_latency.py --base-url http://127.0.0.1:8123 --requests 200

Each query is asked `--requests` times in turn with a new page number each time, so that
neither the page cache nor nginx could answer from a copy (run the server with the page cache
off anyway: PAGE_CACHE=0).
"""

import argparse
import statistics
import sys
import time
import urllib.parse
import urllib.request

QUERIES = [
    "dang vien",
    "Đảng viên",
    "Huế",
    "Khoái Châu",
    "giá vàng tăng",
    "huy hieu 30 nam tuoi dang",
    '"đảng viên" Huế',
    "nghi quyte",
    "chuyen doi so",
    "kiểm tra giám sát",
]


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=100)
    args = parser.parse_args()
    host = urllib.parse.urlsplit(args.base_url).hostname
    if host not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("Loopback addresses only.")
    everything = []
    print(f"{'query':32} {'p50 ms':>8} {'p99 ms':>8} {'max ms':>8}")
    for q in QUERIES:
        timings = []
        for n in range(args.requests):
            params = urllib.parse.urlencode({"q": q, "page": 1 + n % 3})
            started = time.perf_counter()
            with urllib.request.urlopen(f"{args.base_url}/tim-kiem/?{params}") as response:  # noqa: S310
                response.read()
                assert response.status == 200
            timings.append((time.perf_counter() - started) * 1000)
        everything += timings
        print(
            f"{q!r:32} {statistics.median(timings):8.1f} {percentile(timings, 0.99):8.1f}"
            f" {max(timings):8.1f}"
        )
    print(
        f"{'all':32} {statistics.median(everything):8.1f} {percentile(everything, 0.99):8.1f}"
        f" {max(everything):8.1f}"
    )


if __name__ == "__main__":
    main()
