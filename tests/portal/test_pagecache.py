"""Anonymous readers get cached pages; every write and every due schedule refreshes them."""

import time
from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from tests.factories import make_article

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True


def test_second_anonymous_request_is_served_from_the_cache(client):
    make_article("Tin đầu tiên")
    first = client.get("/")
    second = client.get("/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert "public" in second["Cache-Control"] and "max-age=10" in second["Cache-Control"]
    assert second["ETag"] == first["ETag"]


def test_a_known_etag_gets_304_without_a_body(client):
    make_article()
    etag = client.get("/")["ETag"]
    response = client.get("/", headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response.content == b""


def test_a_write_in_the_admin_shows_at_once(client, staff_client):
    article = make_article("Tin sắp đăng", published=False)
    assert article.title not in client.get("/").content.decode()
    staff_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    assert article.title in client.get("/").content.decode()
    assert article.title in client.get(article.category.get_absolute_url()).content.decode()


def test_a_scheduled_article_appears_when_due_without_any_write(client):
    make_article("Tin đã đăng")
    scheduled = make_article("Tin hẹn giờ", publish_at=timezone.now() + timedelta(seconds=1))
    assert scheduled.title not in client.get("/").content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"
    time.sleep(1.2)
    assert scheduled.title in client.get("/").content.decode()


def test_staff_always_get_a_live_page(staff_client):
    make_article()
    staff_client.get("/")
    response = staff_client.get("/")
    assert "X-Page-Cache" not in response


def test_previews_and_errors_are_never_stored(staff_client, client):
    draft = make_article(published=False)
    preview = staff_client.get(draft.get_absolute_url())
    assert preview.status_code == 200 and "X-Page-Cache" not in preview
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "X-Page-Cache" not in client.get("/bai-viet/khong-co/")


def test_cached_article_pages_still_count_views():
    article = make_article()
    reader = Client()
    for _ in range(3):
        reader.get(article.get_absolute_url())
    article.refresh_from_db()
    assert article.view_count == 3
