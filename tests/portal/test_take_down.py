"""Scheduled take-down: at its end time an item leaves every public page, list, feed, sitemap and
search by itself, cached pages included, and the editors see it as "Hết hạn"."""

import time
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from news.articles.models import Tag
from portal import roles
from tests.conftest import make_staff
from tests.factories import (
    make_album,
    make_article,
    make_category,
    make_document,
    make_page,
    make_video,
)

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def test_every_content_type_leaves_every_public_list_at_its_end_time(client):
    soon = timezone.now() + timedelta(seconds=1)
    category = make_category("Thời sự")
    keyword = Tag.objects.create(name="Chuyển đổi số")
    article = make_article("Tin hết hạn Quỳnh Côi", category=category, unpublish_at=soon)
    article.tags.add(keyword)
    staying = make_article("Tin còn lại Quỳnh Côi", category=category, days_ago=2)
    staying.tags.add(keyword)
    album = make_album("Album hết hạn Quỳnh Côi", photos=1, unpublish_at=soon)
    video = make_video("Video hết hạn Quỳnh Côi", unpublish_at=soon)
    document = make_document("99-QĐ/HH", summary="Văn bản hết hạn Quỳnh Côi", unpublish_at=soon)
    page = make_page("Trang hết hạn", show_in_menu=True, unpublish_at=soon)
    month = timezone.localtime(article.publish_at)
    pages = {
        "/": [article, album, video, page],
        category.get_absolute_url(): [article],
        keyword.get_absolute_url(): [article],
        f"/{month:%Y}/{month:%m}/": [article],
        staying.get_absolute_url(): [article, album, video, document],
        "/rss/": [article, album, video],
        f"/rss/{category.slug}/": [article],
        "/sitemap-articles.xml": [article],
        "/sitemap-albums.xml": [album],
        "/sitemap-videos.xml": [video],
        "/hinh-anh/": [album],
        "/video/": [video],
        "/van-ban/": [document],
    }
    for url, items in pages.items():
        html = client.get(url).content.decode()
        for item in items:
            assert item.get_absolute_url() in html, (url, item)
        assert client.get(url)["X-Page-Cache"] == "hit", url
    found = client.get("/tim-kiem/", {"q": "quynh coi"}).content.decode()
    for item in (article, staying, album, video, document):
        assert item.get_absolute_url() in found, item
    assert "Tìm thấy 5 kết quả" in found

    time.sleep(1.2)

    for item in (article, album, video, document, page):
        assert client.get(item.get_absolute_url()).status_code == 404, item
    for url, items in pages.items():
        html = client.get(url).content.decode()
        for item in items:
            assert item.get_absolute_url() not in html, (url, item)
    found = client.get("/tim-kiem/", {"q": "quynh coi"}).content.decode()
    # Counted and shown: only what readers may open.
    assert "Tìm thấy 1 kết quả" in found and staying.get_absolute_url() in found
    assert article.get_absolute_url() not in found


def test_editors_see_an_expired_item_as_het_han():
    make_article("Tin đã hết hạn", unpublish_at=timezone.now() - timedelta(minutes=1))
    editor = make_staff("bientap", roles.EDITOR)
    from django.test import Client

    desk = Client()
    desk.force_login(editor)
    html = desk.get(reverse("admin:articles_article_changelist")).content.decode()
    assert "Hết hạn" in html
