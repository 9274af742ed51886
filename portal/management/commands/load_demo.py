"""Load the demo content: site identity, categories, articles and their keywords, albums,
videos, partner sites, documents, pages and visitor counts. Safe to run again."""

import datetime
import random

from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from news import cache
from news.articles.models import Article, Category, Tag
from news.documents.models import Attachment, Document, DocumentType, Issuer, Topic
from news.galleries.models import Album, Photo
from news.links.models import Partner
from news.pages.models import Page
from news.publishing import Status
from news.text import slugify
from news.videos.models import Video
from portal.demo import articles as demo
from portal.demo import documents as demo_documents
from portal.demo import media
from portal.demo import pages as demo_pages
from portal.demo.pdf import make_pdf
from portal.demo.pictures import picture
from portal.models import DailyVisits, SiteIdentity

VISIT_DAYS = 90


def local_time(text):
    naive = datetime.datetime.strptime(text, "%Y-%m-%d %H:%M")
    return timezone.make_aware(naive, timezone.get_default_timezone())


class Command(BaseCommand):
    help = "Load the demo content (idempotent: what exists already is left as it is)."

    def handle(self, *args, **options):
        # One refresh of every cache at the end, not one per item written.
        with transaction.atomic(), cache.bulk():
            self.load(*args, **options)

    def load(self, *args, **options):
        if not SiteIdentity.objects.exists():
            SiteIdentity.objects.create(**demo.SITE)
        categories = self.load_categories()
        created = self.load_articles(categories)
        tags = self.load_tags()
        albums = self.load_albums()
        videos = self.load_videos()
        partners = self.load_partners()
        documents = self.load_documents()
        pages = self.load_pages()
        visits = self.load_visits()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {len(categories)} categories, "
                f"{created} new articles ({Article.objects.count()} in all), {tags} keywords, "
                f"{albums} new albums, {videos} new videos, {partners} new partner sites, "
                f"{documents} new documents, {pages} new pages, {visits} days of visits."
            )
        )

    def load_categories(self):
        by_slug = {}
        for order, item in enumerate(demo.CATEGORIES, start=1):
            parent, _ = Category.objects.get_or_create(
                slug=item["slug"], defaults={"name": item["name"], "order": order}
            )
            by_slug[parent.slug] = parent
            for child_order, child in enumerate(item.get("children", []), start=1):
                by_slug[child["slug"]], _ = Category.objects.get_or_create(
                    slug=child["slug"],
                    defaults={"name": child["name"], "order": child_order, "parent": parent},
                )
        return by_slug

    def load_articles(self, categories):
        created = 0
        for seed, item in enumerate(demo.ARTICLES):
            slug = slugify(item["title"])
            if Article.objects.filter(slug=slug).exists():
                continue
            article = Article(
                title=item["title"],
                slug=slug,
                category=categories[item["category"]],
                lead=item["lead"],
                body=item["body"],
                source=item.get("source", ""),
                author_name=item.get("author", ""),
                status=Status.PUBLISHED,
                publish_at=local_time(item["published"]),
                is_featured=item.get("featured", False),
                image=picture(seed, f"{slug[:60]}.jpg"),
                image_alt=f"Ảnh minh họa cho bài “{item['title']}”",
            )
            article.save()
            created += 1
        return created

    def load_albums(self):
        created = 0
        for number, item in enumerate(media.ALBUMS):
            slug = slugify(item["title"])
            if Album.objects.filter(slug=slug).exists():
                continue
            album = Album.objects.create(
                title=item["title"],
                slug=slug,
                description=item["description"],
                event_date=datetime.date.fromisoformat(item["event_date"]),
                status=Status.PUBLISHED,
                publish_at=local_time(f"{item['event_date']} 17:00"),
            )
            for position, photo in enumerate(item["photos"], start=1):
                Photo.objects.create(
                    album=album,
                    image=picture(100 + 10 * number + position, f"{slug[:50]}-{position}.jpg"),
                    caption=photo["caption"],
                    alt=photo["alt"],
                    position=position,
                )
            created += 1
        return created

    def load_videos(self):
        created = 0
        for number, item in enumerate(media.VIDEOS):
            _, is_new = Video.objects.get_or_create(
                url=item["url"],
                defaults={
                    "title": item["title"],
                    "description": item["description"],
                    "status": Status.PUBLISHED,
                    "publish_at": local_time("2021-12-20 09:00") - datetime.timedelta(days=number),
                },
            )
            created += is_new
        return created

    def load_partners(self):
        created = 0
        for order, item in enumerate(media.LINKS, start=1):
            _, is_new = Partner.objects.get_or_create(
                url=item["url"], defaults={"name": item["name"], "order": order}
            )
            created += is_new
        return created

    def load_tags(self):
        """Attach each demo article's keywords, creating the keywords that do not exist yet."""
        tags = {}
        articles = Article.objects.in_bulk(
            [slugify(item["title"]) for item in demo.ARTICLES], field_name="slug"
        )
        for item in demo.ARTICLES:
            article = articles.get(slugify(item["title"]))
            if article is None:
                continue
            for name in item.get("tags", []):
                slug = slugify(name)
                if slug not in tags:
                    tags[slug], _ = Tag.objects.get_or_create(slug=slug, defaults={"name": name})
                article.tags.add(tags[slug])
        return len(tags)

    def load_documents(self):
        types = {
            name: DocumentType.objects.get_or_create(name=name, defaults={"order": order})[0]
            for order, name in enumerate(demo_documents.DOCUMENT_TYPES, start=1)
        }
        topics = {
            name: Topic.objects.get_or_create(name=name, defaults={"order": order})[0]
            for order, name in enumerate(demo_documents.FIELDS, start=1)
        }
        created = 0
        for item in demo_documents.DOCUMENTS:
            if Document.objects.filter(number=item["number"]).exists():
                continue
            issuer, _ = Issuer.objects.get_or_create(name=item["issuer"])
            issued = datetime.date.fromisoformat(item["issued"])
            document = Document.objects.create(
                number=item["number"],
                doc_type=types[item["type"]],
                issuer=issuer,
                topic=topics[item["field"]],
                signer=item["signer"],
                issued_on=issued,
                effective_on=datetime.date.fromisoformat(item["in_force"]),
                summary=item["summary"],
                status=Status.PUBLISHED,
                publish_at=local_time(f"{item['issued']} 08:00"),
            )
            heading = f"{item['type']} {item['number']}"
            name = f"{heading.replace('/', '-')}.pdf"
            Attachment.objects.create(
                document=document,
                file=ContentFile(make_pdf(heading, item["pages"]), name=name),
                title=heading.replace("/", "-"),
            )
            created += 1
        return created

    def load_pages(self):
        created = 0
        for item in demo_pages.PAGES:
            _, was_created = Page.objects.get_or_create(
                slug=item["slug"],
                defaults={
                    "title": item["title"],
                    "body": item["body"],
                    "order": item["order"],
                    "language": item.get("language", "vi"),
                    "status": Status.PUBLISHED,
                },
            )
            created += was_created
        return created

    def load_visits(self):
        """A plausible history of daily visits, so that the statistics block is not empty."""
        if DailyVisits.objects.exists():
            return 0
        rng = random.Random(8)
        today = timezone.localdate()
        days = [today - datetime.timedelta(days=n) for n in range(1, VISIT_DAYS + 1)]
        DailyVisits.objects.bulk_create(
            DailyVisits(day=day, visits=rng.randint(300, 900) // (2 if day.weekday() > 4 else 1))
            for day in days
        )
        return len(days)
