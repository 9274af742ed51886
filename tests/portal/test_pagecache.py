"""Readers get cached pages that follow exactly what changed, in this process (the processes'
agreement has its own tests in test_cache_processes.py)."""

import re
import time
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news import cache as content
from news.articles.models import Tag
from news.models import Change
from news.publishing import Status
from portal.models import SiteIdentity
from tests.factories import (
    image_upload,
    make_article,
    make_category,
    make_partner,
    make_video,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE = True


def state(client, url, **extra):
    """(X-Page-Cache, HTML) of one reader's request."""
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response.get("X-Page-Cache"), response.content.decode()


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit", url


def test_second_anonymous_request_is_served_from_the_cache(client):
    make_article("Tin đầu tiên")
    first = client.get("/")
    second = client.get("/")
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    control = second["Cache-Control"]
    for part in ("public", "max-age=10", "s-maxage=10", "stale-while-revalidate=10"):
        assert part in control
    assert second["ETag"] == first["ETag"]


def test_a_known_etag_gets_304_without_a_body(client):
    make_article()
    etag = client.get("/")["ETag"]
    response = client.get("/", headers={"if-none-match": etag})
    assert response.status_code == 304
    assert response.content == b""


def test_a_draft_saved_or_sent_for_review_refreshes_nothing(client):
    article = make_article("Tin đã đăng")
    draft = make_article("Bản nháp bí mật", published=False, category=article.category)
    warm(client, "/", article.get_absolute_url(), article.category.get_absolute_url())
    before = Change.objects.count()
    draft.title = "Bản nháp bí mật, sửa lần hai"
    draft.save()
    draft.status = Status.REVIEW
    draft.save()
    assert Change.objects.count() == before
    for url in ("/", article.get_absolute_url(), article.category.get_absolute_url()):
        hit, html = state(client, url)
        assert hit == "hit" and "Bản nháp bí mật" not in html


def test_an_edit_refreshes_the_pages_that_show_the_item_and_no_other(client):
    news, party = make_category("Tin tức"), make_category("Xây dựng Đảng")
    edited = make_article("Hội nghị sơ kết", category=news, days_ago=2)
    neighbour = make_article("Tin cùng chuyên mục", category=news, days_ago=3)
    elsewhere = make_article("Tin chuyên mục khác", category=party, days_ago=4)
    urls = [
        "/",
        edited.get_absolute_url(),
        neighbour.get_absolute_url(),
        elsewhere.get_absolute_url(),
        party.get_absolute_url(),
    ]
    warm(client, *urls)
    edited.title = "Hội nghị tổng kết"
    edited.save()
    for url in urls[:3]:  # they show its title: the home page, its page, its neighbour's list
        hit, html = state(client, url)
        assert hit == "miss" and "Hội nghị tổng kết" in html and "sơ kết" not in html, url
    for url in urls[3:]:  # another category shows nothing of it
        assert state(client, url)[0] == "hit", url


def test_publishing_refreshes_its_lists_but_not_other_categories(client):
    news, party = make_category("Tin tức"), make_category("Xây dựng Đảng")
    keyword = Tag.objects.create(name="Đại hội")
    neighbour = make_article("Tin cũ cùng chuyên mục", category=news, days_ago=3)
    elsewhere = make_article("Tin chuyên mục khác", category=party, days_ago=4)
    related = make_article("Tin cùng từ khóa", category=party, days_ago=5)
    related.tags.add(keyword)
    fresh = make_article("Tin mới đăng", category=news, published=False)
    fresh.tags.add(keyword)
    refreshed = [
        "/",
        news.get_absolute_url(),
        neighbour.get_absolute_url(),
        related.get_absolute_url(),
        keyword.get_absolute_url(),
        "/rss/",
    ]
    kept = [elsewhere.get_absolute_url(), party.get_absolute_url()]
    warm(client, *refreshed, *kept)
    fresh.status = Status.PUBLISHED
    fresh.publish_at = timezone.now()
    fresh.save()
    for url in refreshed:
        hit, html = state(client, url)
        assert hit == "miss" and "Tin mới đăng" in html, url
    for url in kept:
        assert state(client, url)[0] == "hit", url


def test_a_write_in_the_admin_shows_at_once(client, staff_client):
    article = make_article("Tin sắp đăng", published=False)
    assert article.title not in client.get("/").content.decode()
    staff_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    assert article.title in client.get("/").content.decode()
    assert article.title in client.get(article.category.get_absolute_url()).content.decode()


def test_an_unpublished_article_is_never_served_again(client, staff_client):
    article = make_article("Tin phải gỡ")
    other = make_article("Tin khác", category=article.category, days_ago=2)
    warm(client, article.get_absolute_url(), other.get_absolute_url(), "/")
    staff_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", "_selected_action": [article.pk]},
    )
    # Even while another request would be rebuilding them, no copy that showed it is served.
    for url in (other.get_absolute_url(), "/"):
        content.claim(content.key("page", "http", "testserver", url, ""))
    assert client.get(article.get_absolute_url()).status_code == 404
    for url in (other.get_absolute_url(), "/"):
        assert "Tin phải gỡ" not in client.get(url).content.decode()


def test_an_out_of_date_copy_is_served_while_one_request_rebuilds_it(client, settings):
    article = make_article("Bản tin sáng")
    url = article.get_absolute_url()
    warm(client, url)
    article.title = "Bản tin chiều"
    article.save()
    key = content.key("page", "http", "testserver", url, "")
    assert content.claim(key)  # another request is rebuilding it
    hit, html = state(client, url)
    assert hit == "hit" and "Bản tin sáng" in html
    settings.CACHE_STALE_SECONDS = 0.5
    time.sleep(0.6)  # longer than that is too long: everyone rebuilds
    hit, html = state(client, url)
    assert hit == "miss" and "Bản tin chiều" in html


def wait_until(moment):
    time.sleep(max(0.0, (moment - timezone.now()).total_seconds()) + 0.2)


def test_a_scheduled_article_appears_when_due_without_any_write(client):
    make_article("Tin đã đăng")
    due = timezone.now() + timedelta(seconds=3)
    scheduled = make_article("Tin hẹn giờ", publish_at=due)
    assert scheduled.title not in client.get("/").content.decode()
    assert client.get("/")["X-Page-Cache"] == "hit"
    wait_until(due)
    assert scheduled.title in client.get("/").content.decode()
    assert client.get(scheduled.get_absolute_url()).status_code == 200


def test_a_scheduled_take_down_removes_the_article_when_due(client):
    due = timezone.now() + timedelta(seconds=3)
    leaving = make_article("Tin hết hạn", unpublish_at=due)
    staying = make_article("Tin vẫn còn", category=leaving.category, days_ago=2)
    warm(client, "/", leaving.get_absolute_url(), staying.get_absolute_url(), "/rss/")
    assert timezone.now() < due, "the machine was too slow to warm the pages in time"
    wait_until(due)
    assert client.get(leaving.get_absolute_url()).status_code == 404
    for url in ("/", staying.get_absolute_url(), "/rss/", "/sitemap-articles.xml"):
        assert "Tin hết hạn" not in client.get(url).content.decode(), url
        assert leaving.get_absolute_url() not in client.get(url).content.decode(), url


def test_the_site_identity_menu_and_partner_links_refresh_every_page(client):
    identity = SiteIdentity.objects.create(name="Đảng ủy Khối cơ quan")
    category = make_category("Tin tức")
    article = make_article(category=category)
    partner = make_partner("Báo Nhân Dân")
    urls = ["/", article.get_absolute_url(), category.get_absolute_url()]
    warm(client, *urls)
    identity.name = "Đảng ủy Khối các cơ quan tỉnh"
    identity.save()
    category.name = "Thời sự"
    category.save()
    partner.name = "Báo Nhân Dân điện tử"
    partner.save()
    for url in urls:
        html = client.get(url).content.decode()
        assert "Đảng ủy Khối các cơ quan tỉnh" in html
        assert ">Thời sự</a>" in html
        assert "Báo Nhân Dân điện tử" in html


def test_the_sidebar_is_current_inside_a_cached_page(client):
    article = make_article("Tin trong ngày")
    url = article.get_absolute_url()
    warm(client, url)
    make_video("Video hội nghị mới")
    hit, html = state(client, url)
    assert hit == "hit" and "Video hội nghị mới" in html


def test_parameters_that_do_not_change_the_page_make_no_copy(client):
    category = make_category("Tin tức")
    for n in range(20):
        make_article(f"Bài {n}", category=category, days_ago=n + 1)
    url = category.get_absolute_url()
    client.get(url)
    for junk in ("utm_source=zalo", "fbclid=IwAR0", "gclid=x", "anything=else&utm_medium=y"):
        response = client.get(f"{url}?{junk}")
        assert response["X-Page-Cache"] == "hit", junk
    page_two = client.get(f"{url}?page=2&utm_source=zalo")
    assert page_two["X-Page-Cache"] == "miss"
    html = page_two.content.decode()
    assert "Bài 15" in html and "Bài 0<" not in html
    # The view never saw the tracking parameter: its links do not carry it.
    assert "utm_source" not in html
    assert client.get(f"{url}?utm_source=x&page=2")["X-Page-Cache"] == "hit"


def test_the_scheme_is_part_of_the_key(client):
    make_article()
    client.get("/")
    assert client.get("/", secure=True)["X-Page-Cache"] == "miss"
    assert client.get("/", secure=True)["X-Page-Cache"] == "hit"


def test_searches_are_not_cached_but_the_empty_form_is(client):
    make_article("Đại hội đảng viên")
    assert "X-Page-Cache" not in client.get("/tim-kiem/?q=dai+hoi")
    client.get("/tim-kiem/")
    assert client.get("/tim-kiem/")["X-Page-Cache"] == "hit"


def test_a_made_up_session_cookie_gets_the_cached_page(client):
    make_article()
    client.get("/")
    client.cookies["sessionid"] = "x" * 32
    assert client.get("/")["X-Page-Cache"] == "hit"


def test_staff_always_get_a_live_private_page(staff_client):
    make_article()
    staff_client.get("/")
    response = staff_client.get("/")
    assert "X-Page-Cache" not in response
    assert "private" in response["Cache-Control"]


def test_previews_and_errors_are_never_stored(staff_client, client):
    draft = make_article(published=False)
    preview = staff_client.get(draft.get_absolute_url())
    assert preview.status_code == 200 and "X-Page-Cache" not in preview
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert "X-Page-Cache" not in client.get("/bai-viet/khong-co/")


def test_cached_article_pages_still_count_views():
    article = make_article()
    for n in range(3):
        reader = Client(HTTP_USER_AGENT=f"Mozilla/5.0 (X11; Linux) Firefox/{130 + n}.0")
        assert reader.get(article.get_absolute_url())["X-Page-Cache"] == ("hit" if n else "miss")
    article.refresh_from_db()
    assert article.view_count == 3


def test_pages_name_what_they_show_for_a_cdn(client):
    category = make_category("Tin tức")
    article = make_article("Tin có thẻ", category=category)
    response = client.get(article.get_absolute_url())
    tags = response["Surrogate-Key"].split()
    assert f"articles.article:{article.pk}" in tags
    assert f"articles.category:{category.pk}" in tags
    assert f"articles.article:list:category={category.pk}" in tags
    assert "portal.siteidentity:list" in tags
    assert response["Cache-Tag"].split(",") == tags
    assert client.get(article.get_absolute_url())["Surrogate-Key"] == response["Surrogate-Key"]


def test_renditions_made_by_a_command_refresh_the_pages_that_show_them(client):
    article = make_article("Tin có ảnh", image=image_upload(), image_alt="Ảnh hội nghị")
    type(article).objects.filter(pk=article.pk).update(image_renditions={})
    content.reset()
    cache.clear()
    url = article.get_absolute_url()
    warm(client, url)
    assert "srcset" not in client.get(url).content.decode().split("article__figure")[1][:600]
    call_command("make_renditions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    hit, html = state(client, url)
    assert hit == "miss" and "srcset" in html.split("article__figure")[1][:600]


def test_the_database_away_still_serves_what_was_cached(client, settings):
    from django.db import DatabaseError

    article = make_article("Tin vẫn đọc được")
    url = article.get_absolute_url()
    warm(client, url)

    def unreachable(force=False):
        raise DatabaseError("the database is away")

    real, content.sync = content.sync, unreachable
    try:
        hit, html = state(client, url)
    finally:
        content.sync = real
    assert hit == "hit" and "Tin vẫn đọc được" in html


def test_a_fully_cold_article_and_home_stay_within_their_queries(
    client, django_assert_max_num_queries
):
    keywords = [Tag.objects.create(name=f"Từ khóa {n}") for n in range(3)]
    categories = [make_category(f"Chuyên mục {n}") for n in range(8)]
    for n in range(40):
        article = make_article(f"Bài {n}", category=categories[n % 8], is_featured=n % 5 == 0)
        article.tags.add(*keywords[: n % 4])
    make_video()
    client.get("/")  # this process has read the change log once
    cache.clear()
    with django_assert_max_num_queries(15):
        assert client.get("/").status_code == 200
    cache.clear()
    with django_assert_max_num_queries(12):
        assert client.get(article.get_absolute_url()).status_code == 200


def test_the_user_model_is_not_content():
    assert get_user_model() not in content.watched_models()
    assert SiteIdentity in content.watched_models()
    assert re.match(r"c:page:[0-9a-f]{32}$", content.key("page", "http", "h", "/", ""))
