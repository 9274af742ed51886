"""Measure search over many articles, inside a transaction that is rolled back at the end."""

import random
import statistics
import time
from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from news.articles.models import Article, Category
from news.publishing import Status
from portal import search
from portal.demo.vocabulary import Vocabulary
from portal.models import SearchTerm

# From words in nearly every article to words in a handful, with and without marks, phrases,
# quotes and a typing mistake. "{rare_word}" is a two-syllable word of the vocabulary drawn for
# a few articles in 100,000, "{rare_syllable}" the syllable the fewest entries have.
QUERIES = [
    ("common phrase", "dang vien"),
    ("common, marks", "Đảng viên"),
    ("place", "Huế"),
    ("rare place", "Khoái Châu"),
    ("three words", "giá vàng tăng"),
    ("six words", "huy hieu 30 nam tuoi dang"),
    ("quoted and a word", '"đảng viên" Huế'),
    ("rare word", "{rare_word}"),
    ("rarest syllable", "{rare_syllable}"),
    ("typing mistake", "nghi quyte"),
    ("nothing", "xyzw"),
]


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Insert synthetic articles (100,000 by default) drawn from a realistic vocabulary "
        "(portal.demo.vocabulary), index them, and time the search page's statement with EXPLAIN "
        "ANALYZE on PostgreSQL (wall time on SQLite) for common, rare and mixed queries. "
        "Everything is rolled back: the database is left as it was."
    )

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--runs", type=int, default=5)
        parser.add_argument("--plans", action="store_true", help="Print each query plan.")
        parser.add_argument(
            "--existing",
            action="store_true",
            help="Measure the content already in the database instead of inserting articles.",
        )

    def handle(self, *args, articles, runs, plans, existing, **options):
        try:
            with transaction.atomic():
                rare = self.fill(0 if existing else articles)
                if connection.vendor == "postgresql":
                    self.settle()
                for label, q in QUERIES:
                    self.measure(label, q.format(**rare), runs, plans)
                raise Rollback
        except Rollback:
            self.stdout.write(self.style.SUCCESS("Done; anything inserted was rolled back."))

    def fill(self, count):
        """Insert `count` articles and index everything; returns rare words of their text."""
        rng = random.Random(5)
        vocabulary = Vocabulary()
        category = Category.objects.create(name="Bench", slug="bench-search-tmp")
        now = timezone.now()
        started = time.perf_counter()
        batch = []
        for n in range(count):
            batch.append(
                Article(
                    title=vocabulary.title(rng),
                    slug=f"bench-search-{n}",
                    category=category,
                    lead=vocabulary.sentence(rng),
                    body=vocabulary.paragraphs(rng, 600),
                    status=Status.PUBLISHED,
                    publish_at=now - timedelta(minutes=15 * n),
                )
            )
            if len(batch) == 5000:
                Article.objects.bulk_create(batch)
                batch = []
        Article.objects.bulk_create(batch)
        inserted = time.perf_counter()
        if count:
            written = search.rebuild(batch_size=2000)
            indexed = time.perf_counter()
            self.stdout.write(
                f"{count} articles inserted in {inserted - started:.1f} s, "
                f"{written} entries indexed in {indexed - inserted:.1f} s"
            )
        rarest = SearchTerm.objects.filter(term__regex=r"^[a-z]{3,}$").order_by("entries", "term")
        return {
            "rare_word": next(
                w
                for w in reversed(vocabulary.words[:40_000])
                if w.count(" ") == 1 and all(len(s) <= 6 for s in w.split())
            ),
            "rare_syllable": rarest.values_list("term", flat=True).first() or "khoai",
        }

    def settle(self):
        with connection.cursor() as cursor:
            cursor.execute("SELECT gin_clean_pending_list('search_entry_vector_idx'::regclass)")
            cursor.execute("ANALYZE portal_searchentry")
            cursor.execute(
                "SELECT count(*), pg_size_pretty(pg_relation_size('search_entry_vector_idx')),"
                " pg_size_pretty(pg_total_relation_size('portal_searchentry'))"
                " FROM portal_searchentry"
            )
            entries, index_size, table_size = cursor.fetchone()
        self.stdout.write(
            f"{entries} entries; GIN index {index_size}, search table with indexes {table_size}"
        )

    def measure(self, label, q, runs, plans):
        query = search.Query.parse(q)
        timings, statement = [], []
        for _ in range(runs):
            started = time.perf_counter()
            found = search.search(query)
            if len(found) < search.FEW_RESULTS:
                search.suggestion(query, {})
            timings.append((time.perf_counter() - started) * 1000)
        line = (
            f"{label:18} {q!r:32} {len(found):5} matches; search() median "
            f"{statistics.median(timings):6.1f} ms"
        )
        if connection.vendor == "postgresql" and query:
            for _ in range(runs):
                plan = search.explain(query, "ANALYZE, FORMAT JSON")
                plan = plan[0] if isinstance(plan, list) else plan
                statement.append(plan["Planning Time"] + plan["Execution Time"])
            used = "GIN" if "search_entry_vector_idx" in str(plan) else "date index"
            line += f", its statement {statistics.median(statement):6.1f} ms ({used})"
            if plans:
                text = search.explain(query, "ANALYZE, COSTS OFF")
                line += "\n    " + text.replace("\n", "\n    ")
        self.stdout.write(line)
