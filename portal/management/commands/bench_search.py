"""Measure search over many articles, inside a transaction that is rolled back at the end."""

import random
import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.articles.models import Article, Category
from news.publishing import Status
from portal import search
from portal.demo import articles as demo

# From words in nearly every article to words in none: the demo sentences make most words
# common, so two place names are sprinkled in, one in every 100th article, one in every 2,000th.
QUERIES = [
    "dang vien",
    "Nam Dinh",
    "kiem tra giam sat",
    "huy hieu 30 nam tuoi dang",
    "Quynh Coi",
    "Khoai Chau",
    "xyz",
]


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Insert synthetic articles (100,000 by default) from the demo text, index them, and "
        "time the search page's queries with EXPLAIN ANALYZE on PostgreSQL (wall time on "
        "SQLite). Everything is rolled back: the database is left as it was."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--runs", type=int, default=5)

    def handle(self, *args, articles, runs, **options):
        try:
            with transaction.atomic():
                self.fill(articles)
                for q in QUERIES:
                    self.measure(q, runs)
                raise Rollback
        except Rollback:
            self.stdout.write(self.style.SUCCESS("Done; the synthetic articles were rolled back."))

    def fill(self, count):
        rng = random.Random(5)
        plain = [search.plain_text(a["lead"] + " " + a["body"]) for a in demo.ARTICLES]
        sentences = [s.strip() + "." for text in plain for s in text.split(".") if s.strip()]
        titles = [a["title"] for a in demo.ARTICLES]
        category = Category.objects.create(name="Bench", slug="bench-search-tmp")
        now = timezone.now()
        started = time.perf_counter()
        batch = []
        for n in range(count):
            body = " ".join(rng.sample(sentences, 8))
            if n % 100 == 0:
                body += " Đoàn công tác về thị trấn Quỳnh Côi."
            if n % 2000 == 0:
                body += " Hội nghị tổ chức tại huyện Khoái Châu."
            batch.append(
                Article(
                    title=f"{rng.choice(titles)} ({n})",
                    slug=f"bench-search-{n}",
                    category=category,
                    lead=rng.choice(sentences),
                    body=f"<p>{body}</p>",
                    status=Status.PUBLISHED,
                    publish_at=now - timedelta(minutes=n),
                )
            )
            if len(batch) == 5000:
                Article.objects.bulk_create(batch)
                batch = []
        Article.objects.bulk_create(batch)
        inserted = time.perf_counter()
        written = search.rebuild(batch_size=5000)
        indexed = time.perf_counter()
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("SELECT gin_clean_pending_list('search_entry_vector_idx'::regclass)")
                cursor.execute("ANALYZE portal_searchentry")
                cursor.execute(
                    "SELECT pg_size_pretty(pg_relation_size('search_entry_vector_idx')),"
                    " pg_size_pretty(pg_total_relation_size('portal_searchentry'))"
                )
                index_size, table_size = cursor.fetchone()
            self.stdout.write(f"GIN index {index_size}, search table with indexes {table_size}")
        self.stdout.write(
            f"{count} articles inserted in {inserted - started:.1f} s, "
            f"{written} entries indexed in {indexed - inserted:.1f} s"
        )

    def measure(self, q, runs):
        # The very statement the search page runs: the newest matches, ranked; the page's
        # count and its ten entries come from that one list.
        with CaptureQueriesContext(connection) as captured:
            total = len(search.search(search.words(q)))
        statements = [("ranked matches", captured[0]["sql"])]
        for label, sql in statements:
            timings = []
            for _ in range(runs):
                if connection.vendor == "postgresql":
                    with connection.cursor() as cursor:
                        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
                        plan = cursor.fetchone()[0]
                    plan = plan[0] if isinstance(plan, list) else plan
                    timings.append(plan["Planning Time"] + plan["Execution Time"])
                else:
                    started = time.perf_counter()
                    with connection.cursor() as cursor:
                        cursor.execute(sql)
                        cursor.fetchall()
                    timings.append((time.perf_counter() - started) * 1000)
            timings.sort()
            self.stdout.write(
                f"{q!r:32} {label:10} median {timings[len(timings) // 2]:7.1f} ms, "
                f"best {timings[0]:7.1f} ms  ({total} matches)"
            )
