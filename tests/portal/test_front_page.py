"""The front page editors arrange: pins in "Tin nổi bật", "Tin mới" and each category's block,
in their order and until their end time; the rest fills with the newest; nothing twice. And the
breaking-news line above the menu."""

import re
import time
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news.articles.models import Pin
from portal import roles
from portal.models import SiteIdentity
from tests.conftest import make_staff
from tests.factories import make_article, make_category

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


def card_titles(html, section=None):
    """The card titles of the home page, or of one of its sections (by its heading's id)."""
    if section:
        html = html.split(f'aria-labelledby="{section}"')[1].split("</section>")[0]
    return re.findall(r'class="card__title"><a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def newsroom():
    """Four menu categories of twelve articles each, a featured one every fourth."""
    categories = [make_category(f"Chuyên mục {n}", order=n) for n in range(4)]
    articles = [
        make_article(
            f"Bài {n:02d}",
            category=categories[n % 4],
            is_featured=n % 4 == 0,
            publish_at=timezone.now() - timedelta(hours=n + 1),
        )
        for n in range(48)
    ]
    return categories, articles


def test_every_card_of_the_home_page_is_a_different_story(client, newsroom):
    titles = card_titles(client.get("/").content.decode())
    assert len(titles) == 5 + 8 + 4 * 5
    assert len(set(titles)) == len(titles)


def test_pins_come_first_in_the_editors_order_and_the_rest_is_the_newest(client, newsroom):
    categories, articles = newsroom
    old_a, old_b, old_c = articles[40], articles[45], articles[47]
    Pin.objects.create(article=old_a, place=Pin.Place.FEATURED, position=2)
    Pin.objects.create(article=old_b, place=Pin.Place.FEATURED, position=1)
    Pin.objects.create(article=old_c, place=Pin.Place.CATEGORY, category=old_c.category)
    html = client.get("/").content.decode()
    featured = card_titles(html, "featured-heading")
    assert featured[:2] == [old_b.title, old_a.title]
    # Then the newest featured articles.
    assert featured[2:] == ["Bài 00", "Bài 04", "Bài 08"]
    block = card_titles(html, f"category-{old_c.category_id}")
    assert block[0] == old_c.title
    titles = card_titles(html)
    assert len(set(titles)) == len(titles) == 33


def test_a_pin_refreshes_the_cached_home_page_at_once_and_leaves_at_its_end(client, newsroom):
    _categories, articles = newsroom
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    pin = Pin.objects.create(
        article=articles[44],
        place=Pin.Place.LATEST,
        ends_at=timezone.now() + timedelta(seconds=1),
    )
    assert card_titles(client.get("/").content.decode(), "latest-heading")[0] == "Bài 44"
    assert client.get("/")["X-Page-Cache"] == "hit"
    time.sleep(1.2)
    assert "Bài 44" not in card_titles(client.get("/").content.decode())
    pin.ends_at = None
    pin.save()
    assert card_titles(client.get("/").content.decode(), "latest-heading")[0] == "Bài 44"
    pin.delete()
    assert "Bài 44" not in card_titles(client.get("/").content.decode())


def test_a_pinned_article_shows_only_while_it_is_published(client, newsroom):
    categories, _articles = newsroom
    draft = make_article("Bài chưa duyệt", category=categories[0], published=False)
    Pin.objects.create(article=draft, place=Pin.Place.FEATURED)
    assert "Bài chưa duyệt" not in card_titles(client.get("/").content.decode())


def test_a_fully_cold_home_page_with_pins_and_a_breaking_line_stays_within_15_queries(
    client, newsroom, django_assert_max_num_queries
):
    categories, articles = newsroom
    for n, article in enumerate(articles[30:36]):
        Pin.objects.create(
            article=article,
            place=Pin.Place.CATEGORY if n % 2 else Pin.Place.FEATURED,
            category=categories[n % 4] if n % 2 else None,
            position=n,
        )
    SiteIdentity.objects.create(name="Cổng thông tin", breaking_text="Bão số 3 đổ bộ")
    client.get("/")
    cache.clear()
    with django_assert_max_num_queries(15):
        html = client.get("/").content.decode()
    assert "Bão số 3 đổ bộ" in html


def test_only_those_who_may_publish_pin(newsroom):
    _categories, articles = newsroom
    reporter, editor = Client(), Client()
    reporter.force_login(make_staff("phongvien", roles.AUTHOR))
    editor.force_login(make_staff("bientap", roles.EDITOR))
    assert reporter.get(reverse("admin:articles_pin_changelist")).status_code == 403
    response = reporter.post(
        reverse("admin:articles_pin_add"),
        {"article": articles[0].pk, "place": Pin.Place.FEATURED, "position": 1},
    )
    assert response.status_code == 403 and not Pin.objects.exists()
    mine = make_article("Bài của phóng viên", published=False)
    form = reporter.get(reverse("admin:articles_article_add")).content.decode()
    assert "Ghim lên trang chủ" not in form

    form = editor.get(reverse("admin:articles_article_add")).content.decode()
    assert "Ghim lên trang chủ" in form
    editor.post(
        reverse("admin:articles_article_changelist"),
        {"action": "pin_to_featured", "_selected_action": [articles[20].pk, articles[10].pk]},
    )
    pins = list(Pin.objects.filter(place=Pin.Place.FEATURED).order_by("position"))
    assert [pin.article_id for pin in pins] == [articles[10].pk, articles[20].pk]
    assert all(pin.created_by.username == "bientap" for pin in pins)
    assert mine.pk not in [pin.article_id for pin in pins]


def test_a_category_pin_needs_its_block(newsroom):
    _categories, articles = newsroom
    editor = Client()
    editor.force_login(make_staff("bientap", roles.EDITOR))
    response = editor.post(
        reverse("admin:articles_pin_add"),
        {"article": articles[0].pk, "place": Pin.Place.CATEGORY, "position": 1},
    )
    assert "Hãy chọn khối chuyên mục" in response.content.decode()
    assert not Pin.objects.exists()


# The breaking-news line --------------------------------------------------------------------


def test_an_editor_writes_the_breaking_line_and_every_page_shows_it_at_once(client):
    category = make_category("Thời sự")
    article = make_article("Tin bão", category=category)
    urls = ["/", article.get_absolute_url(), category.get_absolute_url()]
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
        assert 'class="breaking"' not in client.get(url).content.decode()
    editor = Client()
    editor.force_login(make_staff("bientap", roles.EDITOR))
    page = editor.get(reverse("admin:portal_breakingnews_changelist"), follow=True)
    assert page.status_code == 200 and 'name="breaking_text"' in page.content.decode()
    assert 'name="tracking_script_url"' not in page.content.decode()
    identity = SiteIdentity.objects.get()
    response = editor.post(
        reverse("admin:portal_breakingnews_change", args=[identity.pk]),
        {
            "breaking_text": "Bão số 3 đổ bộ: học sinh nghỉ học",
            "breaking_url": "/bai-viet/tin-bao/",
        },
    )
    assert response.status_code == 302
    for url in urls:
        html = client.get(url).content.decode()
        line = html.split('class="breaking"')[1].split("</div>")[0]
        assert "Bão số 3 đổ bộ: học sinh nghỉ học" in line and 'href="/bai-viet/tin-bao/"' in line
        # Above the menu.
        assert html.index('class="breaking"') < html.index('class="main-menu"')

    soon = timezone.localtime() + timedelta(seconds=2)
    editor.post(
        reverse("admin:portal_breakingnews_change", args=[identity.pk]),
        {
            "breaking_text": "Bão số 3 đổ bộ: học sinh nghỉ học",
            "breaking_until_0": soon.strftime("%d/%m/%Y"),
            "breaking_until_1": soon.strftime("%H:%M:%S"),
        },
    )
    assert "Bão số 3" in client.get("/").content.decode()
    time.sleep(2.2)
    for url in urls:
        assert 'class="breaking"' not in client.get(url).content.decode(), url


def test_the_breaking_link_must_be_an_address(client):
    identity = SiteIdentity.objects.create(name="Cổng")
    editor = Client()
    editor.force_login(make_staff("bientap", roles.EDITOR))
    response = editor.post(
        reverse("admin:portal_breakingnews_change", args=[identity.pk]),
        {"breaking_text": "Tin", "breaking_url": "javascript:alert(1)"},
    )
    assert response.status_code == 200
    assert "Hãy nhập địa chỉ trong trang" in response.content.decode()
    identity.refresh_from_db()
    assert identity.breaking_text == ""


def test_a_reporter_cannot_write_the_breaking_line():
    identity = SiteIdentity.objects.create(name="Cổng")
    reporter = Client()
    reporter.force_login(make_staff("phongvien", roles.AUTHOR))
    url = reverse("admin:portal_breakingnews_change", args=[identity.pk])
    assert reporter.post(url, {"breaking_text": "Tin giả"}).status_code == 403
