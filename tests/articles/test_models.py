from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import counters
from news.articles.models import Article
from news.publishing import Status
from tests.factories import image_upload, make_article, make_category

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "days_ago", "visible"),
    [
        (Status.PUBLISHED, 1, True),
        (Status.PUBLISHED, -1, False),  # scheduled for tomorrow
        (Status.DRAFT, 1, False),
        (Status.DRAFT, -1, False),
    ],
)
def test_published_matrix(status, days_ago, visible):
    article = make_article(status=status, days_ago=days_ago)
    assert (article in Article.objects.published()) is visible


def test_scheduled_article_appears_when_its_time_comes_without_any_job():
    article = make_article(publish_at=timezone.now() + timedelta(seconds=1))
    assert not Article.objects.published().exists()
    Article.objects.filter(pk=article.pk).update(publish_at=timezone.now() - timedelta(seconds=1))
    assert list(Article.objects.published()) == [article]


def test_slug_is_made_from_the_vietnamese_title():
    article = make_article("Đảng ủy Khối các Cơ quan")
    assert article.slug == "dang-uy-khoi-cac-co-quan"
    assert article.get_absolute_url() == "/bai-viet/dang-uy-khoi-cac-co-quan/"


def test_slugs_stay_unique():
    category = make_category()
    slugs = {make_article("Hội nghị tổng kết", category=category).slug for _ in range(3)}
    assert slugs == {"hoi-nghi-tong-ket", "hoi-nghi-tong-ket-2", "hoi-nghi-tong-ket-3"}


def test_slug_stays_when_the_title_changes():
    article = make_article("Tiêu đề ban đầu")
    article.title = "Tiêu đề đã sửa"
    article.save()
    article.refresh_from_db()
    assert article.slug == "tieu-de-ban-dau"


def test_body_is_sanitized_on_every_path():
    category = make_category()
    hostile = '<p onclick="x()">Tin</p><script>alert(1)</script>'
    created = Article.objects.create(title="A", category=category, body=hostile)
    assert created.body == "<p>Tin</p>"
    bulk = Article.objects.bulk_create(
        [Article(title="B", slug="b", category=category, body=hostile)]
    )
    assert Article.objects.get(pk=bulk[0].pk).body == "<p>Tin</p>"
    Article.objects.filter(pk=created.pk).update(body='<img src=x onerror="alert(1)">')
    created.refresh_from_db()
    assert "onerror" not in created.body


def test_featured_image_is_re_encoded_under_a_safe_name():
    article = make_article(image=image_upload("Ảnh Hội nghị.jpg"), image_alt="Hội trường")
    assert article.image.name.startswith("articles/")
    assert "anh-hoi-nghi-" in article.image.name
    assert article.image.storage.exists(article.image.name)


def test_view_count_is_incremented_in_the_database():
    article = make_article()
    article.count_view()
    article.count_view()
    article.refresh_from_db()
    assert article.view_count == 2


def test_view_counts_are_written_in_batches(settings):
    settings.VIEW_COUNT_FLUSH_SECONDS = 3600
    first, second = make_article(), make_article()
    with CaptureQueriesContext(connection) as context:
        for _ in range(5):
            first.count_view()
        second.count_view()
    assert len(context) == 0  # nothing written yet
    counters.flush()
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.view_count, second.view_count) == (5, 1)
