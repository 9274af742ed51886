"""Seed a large portal quickly for the benchmark: bulk inserts, shared pictures, real-looking text.

Text comes from portal.demo.vocabulary: the demo articles' own sentences mixed with sentences
drawn from tens of thousands of syllables and words with a natural frequency spread, and
place names (Huế, Khoái Châu...), so pages have the length and the letters of real news, and
search meets posting lists from a few articles to nearly all of them.
"""

import random
import time
from datetime import timedelta

from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, transaction
from django.utils import timezone

from news import cache
from news.articles.models import Article, Category
from news.documents.models import Document, DocumentType, Issuer, Topic
from news.galleries.models import Album, Photo
from news.images import normalize_image
from news.publishing import Status
from news.text import slugify
from news.videos.models import Video
from portal.demo.pictures import picture
from portal.demo.vocabulary import Vocabulary

BATCH = 2000
PICTURES = 24


class Command(BaseCommand):
    help = "Seed N published articles (default 100,000) for the benchmark. Idempotent for N."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=100_000)
        parser.add_argument("--words", type=int, default=600)
        parser.add_argument("--seed", type=int, default=42)

    def handle(self, *args, articles, words, seed, **options):
        started = time.monotonic()
        rng = random.Random(seed)
        if not Category.objects.exists():
            call_command("load_demo", stdout=self.stdout)
        categories = list(Category.objects.all())
        existing = Article.objects.count()
        if existing >= articles:
            self.stdout.write(f"{existing} articles already; nothing to add.")
            self.settle()
            return
        images = self.pictures()
        vocabulary = Vocabulary()
        syllables, distinct = vocabulary.distinct()
        self.stdout.write(f"Vocabulary: {syllables} syllables, {distinct} words.")
        now = timezone.now()
        for start in range(existing, articles, BATCH):
            batch = []
            for n in range(start, min(start + BATCH, articles)):
                body = vocabulary.paragraphs(rng, words)
                title = vocabulary.title(rng)
                image, alt = images[n % len(images)]
                batch.append(
                    Article(
                        title=title,
                        slug=f"{slugify(title, max_length=180)}-{n}",
                        category=categories[n % len(categories)],
                        lead=f"{vocabulary.sentence(rng)} {vocabulary.sentence(rng)}",
                        body=body,
                        image=image,
                        image_alt=alt,
                        source=rng.choice(["", "", "Báo Nam Định", "Báo Nhân Dân"]),
                        author_name=rng.choice(["Minh Anh", "Thu Hà", "Quang Huy", "Lan Hương"]),
                        status=Status.PUBLISHED,
                        # One article every ~15 minutes going back: 100,000 cover ~3 years.
                        publish_at=now - timedelta(minutes=15 * (articles - n)),
                        is_featured=n % 200 == 0,
                    )
                )
            with transaction.atomic():
                Article.objects.bulk_create(batch)
            self.stdout.write(f"  {start + len(batch)} / {articles}", ending="\r")
        self.stdout.write("")
        self.seed_albums(rng, vocabulary, articles // 500, now)
        self.seed_videos(rng, vocabulary, articles // 200, now)
        self.seed_documents(rng, vocabulary, articles // 100)
        # bulk_create sends no signals: the search index is written in one pass instead, and
        # every cached page is refreshed once.
        call_command("rebuild_search_index", stdout=self.stdout)
        cache.invalidate_all()
        self.settle()
        self.stdout.write(
            self.style.SUCCESS(
                f"Seeded {articles - existing} articles, with albums, videos and documents in "
                f"proportion, in {time.monotonic() - started:.0f} s."
            )
        )

    def settle(self):
        """What autovacuum does to a live database in time, done now: planner statistics, and
        the visibility map without which an index-only scan (deep category pages) still reads
        every row from the table."""
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("VACUUM ANALYZE")

    def seed_albums(self, rng, vocabulary, count, now):
        """Albums whose photos share the renditions of the demo albums' photos."""
        template = list(Photo.objects.exclude(image="")[:6])
        albums = Album.objects.bulk_create(
            Album(
                title=f"Album {n}: {vocabulary.title(rng)}",
                slug=f"album-bench-{n}",
                description=vocabulary.sentence(rng),
                status=Status.PUBLISHED,
                publish_at=now - timedelta(days=n),
            )
            for n in range(count)
        )
        Photo.objects.bulk_create(
            Photo(
                album=album,
                image=photo.image.name,
                image_renditions=photo.image_renditions,
                caption=photo.caption,
                alt=photo.alt,
                position=position,
            )
            for album in albums
            for position, photo in enumerate(template, start=1)
        )

    def seed_videos(self, rng, vocabulary, count, now):
        Video.objects.bulk_create(
            Video(
                title=f"Video {n}: {vocabulary.title(rng)}",
                url=f"https://www.youtube.com/watch?v=bench{n:06d}",
                provider="youtube",
                video_id=f"bench{n:06d}",
                description=vocabulary.sentence(rng),
                status=Status.PUBLISHED,
                publish_at=now - timedelta(hours=n),
            )
            for n in range(count)
        )

    def seed_documents(self, rng, vocabulary, count):
        doc_type = DocumentType.objects.first()
        issuer = Issuer.objects.first()
        topic = Topic.objects.first()
        today = timezone.localdate()
        documents = []
        for n in range(count):
            number = f"{n + 100}-TB/BENCH"
            summary = vocabulary.sentence(rng)
            document = Document(
                number=number,
                slug=f"{n + 100}-tb-bench",
                doc_type=doc_type,
                issuer=issuer,
                topic=topic,
                issued_on=today - timedelta(days=n),
                summary=summary,
                signer=vocabulary.name(rng),
                status=Status.PUBLISHED,
                publish_at=timezone.now() - timedelta(days=n),
            )
            document.search_text = document.searchable_text()
            documents.append(document)
        Document.objects.bulk_create(documents)

    def pictures(self):
        """A small pool of real, checked pictures shared by all seeded articles."""
        names = []
        for seed in range(PICTURES):
            content = normalize_image(picture(seed, f"bench-{seed}.jpg"))
            name = default_storage.save(f"bench/{content.name}", content)
            names.append((name, f"Ảnh minh họa số {seed + 1}"))
        return names
