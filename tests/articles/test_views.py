import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news import cache as content_cache
from news.articles.models import Article
from news.publishing import Status
from portal.models import SiteIdentity
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def main_column(response):
    """The page's main column, without the sidebar blocks that list articles of their own."""
    return response.content.decode().split('<aside class="page__sidebar"')[0]


@pytest.fixture
def seed_article():
    category = make_category("Công tác tổ chức", parent=make_category("Xây dựng Đảng"))
    tz = timezone.get_default_timezone()
    return make_article(
        "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh tổng kết công tác xây dựng tổ chức đảng",
        category=category,
        publish_at=timezone.datetime(2021, 10, 25, 8, 0, tzinfo=tz),
        lead="Ngày 15-10, hội nghị tổng kết 5 năm.",
        body="<p>Đảng bộ Khối có 159 tổ chức cơ sở đảng.</p>",
        source="Báo Nam Định",
        author_name="Minh Anh",
    )


def test_article_page_shows_what_a_reader_expects(client, seed_article):
    response = client.get(seed_article.get_absolute_url())
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="article__title">Đảng ủy Khối các Cơ quan' in html
    assert "Thứ 2, Ngày 25/10/2021" in html
    assert "Ngày 15-10, hội nghị tổng kết 5 năm." in html
    assert "159 tổ chức cơ sở đảng" in html
    assert "Theo Báo Nam Định" in html
    assert "Minh Anh" in html
    # The breadcrumb leads back through the category and its parent.
    assert 'href="/chuyen-muc/xay-dung-dang/"' in html
    assert 'href="/chuyen-muc/cong-tac-to-chuc/"' in html


def test_article_page_lists_other_articles_of_its_category(client, seed_article):
    other = make_article("Tin khác cùng chuyên mục", category=seed_article.category)
    hidden = make_article("Bản nháp chưa đăng", category=seed_article.category, published=False)
    html = main_column(client.get(seed_article.get_absolute_url()))
    assert "Các tin khác" in html
    assert other.title in html
    assert hidden.title not in html


@pytest.mark.parametrize(("status", "days_ago"), [(Status.DRAFT, 1), (Status.PUBLISHED, -1)])
def test_drafts_and_scheduled_articles_are_404_for_the_public(client, status, days_ago):
    article = make_article(status=status, days_ago=days_ago)
    assert client.get(article.get_absolute_url()).status_code == 404


def test_staff_preview_a_draft_and_it_is_not_counted_or_cached(staff_client):
    article = make_article("Bài đang viết", published=False)
    response = staff_client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert "Bản xem trước" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"
    article.refresh_from_db()
    assert article.view_count == 0


READER = "Mozilla/5.0 (X11; Linux x86_64) Firefox/130.0"


def test_a_readers_views_count_once_a_day_and_bots_and_head_requests_never(client):
    article = make_article()
    url = article.get_absolute_url()
    for _ in range(3):
        client.get(url, HTTP_USER_AGENT=READER, REMOTE_ADDR="203.0.113.5")
    client.get(url, HTTP_USER_AGENT=f"{READER} khác", REMOTE_ADDR="203.0.113.6")
    client.get(url, HTTP_USER_AGENT="Mozilla/5.0 (compatible; Googlebot/2.1)")
    client.get(url)  # no user agent at all: a script
    client.head(url, HTTP_USER_AGENT="Mozilla/5.0 (Windows NT 10.0) Chrome/130.0")
    article.refresh_from_db()
    assert article.view_count == 2


def test_one_address_cannot_push_an_article_up_the_most_read_list(client, settings):
    settings.VIEWS_PER_ADDRESS_HOUR = 3
    article = make_article()
    for n in range(10):  # a script that changes its user agent at every request
        client.get(
            article.get_absolute_url(), HTTP_USER_AGENT=f"{READER} {n}", REMOTE_ADDR="198.51.100.9"
        )
    client.get(article.get_absolute_url(), HTTP_USER_AGENT=READER, REMOTE_ADDR="198.51.100.10")
    article.refresh_from_db()
    assert article.view_count == 4


def test_home_shows_featured_latest_and_category_blocks(client):
    category = make_category("Kinh tế - Xã hội")
    featured = make_article("Tin nổi bật nhất", category=category, is_featured=True)
    latest = make_article("Tin mới nhất", category=category)
    draft = make_article("Bản nháp", category=category, published=False)
    future = make_article("Tin hẹn giờ", category=category, days_ago=-1)
    html = main_column(client.get("/"))
    assert featured.title in html and latest.title in html
    assert draft.title not in html and future.title not in html
    assert 'href="/chuyen-muc/kinh-te-xa-hoi/"' in html  # menu and category block


def test_site_identity_is_data_an_administrator_edits(client):
    SiteIdentity.objects.create(
        name="Đảng ủy Khối Doanh nghiệp tỉnh",
        address="Số 1 đường Trần Hưng Đạo",
        phone="0228 3000 000",
        email="vanphong@example.vn",
    )
    html = client.get("/").content.decode()
    assert "Đảng ủy Khối Doanh nghiệp tỉnh" in html
    assert "Số 1 đường Trần Hưng Đạo" in html
    identity = SiteIdentity.objects.get()
    identity.name = "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh"
    identity.save()
    assert "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh" in client.get("/").content.decode()


def test_category_page_lists_its_and_its_childrens_articles_newest_first(client):
    parent = make_category("Xây dựng Đảng")
    child = make_category("Kiểm tra - Giám sát", parent=parent)
    older = make_article("Tin cũ", category=parent, days_ago=5)
    newer = make_article("Tin mới ở chuyên mục con", category=child, days_ago=1)
    make_article("Tin chuyên mục khác")
    html = main_column(client.get(parent.get_absolute_url()))
    assert html.index(newer.title) < html.index(older.title)
    assert "Tin chuyên mục khác" not in html


@pytest.mark.parametrize("page", ["3", "0", "abc", "-1", "99999999999999999999"])
def test_category_page_out_of_range_or_not_a_number_is_404(client, page):
    category = make_category()
    for _ in range(16):
        make_article(category=category)
    assert client.get(category.get_absolute_url(), {"page": "2"}).status_code == 200
    assert client.get(category.get_absolute_url(), {"page": page}).status_code == 404


def test_unknown_category_and_article_are_404(client):
    assert client.get("/chuyen-muc/khong-co/").status_code == 404
    assert client.get("/bai-viet/khong-co/").status_code == 404


def queries_for(client, url):
    client.get(url)  # warm the per-process caches a real server keeps warm too
    content_cache.sync(force=True)  # the change log is read once a second, not per page
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.mark.parametrize("page", ["home", "category", "article", "archive", "print"])
def test_query_count_does_not_grow_with_the_number_of_articles(client, page):
    categories = [make_category(f"Chuyên mục {i}") for i in range(3)]
    counts = []
    for total in (5, 500):
        existing = Article.objects.count()
        Article.objects.bulk_create(
            Article(
                title=f"Bài {n}",
                slug=f"bai-{n}",
                category=categories[n % 3],
                lead="Sapo",
                body="<p>Nội dung</p>",
                status=Status.PUBLISHED,
                publish_at=timezone.now() - timedelta(minutes=n),
                is_featured=n % 7 == 0,
            )
            for n in range(existing, total)
        )
        url = {
            "home": "/",
            "category": categories[0].get_absolute_url(),
            "article": Article.objects.published().first().get_absolute_url(),
            "archive": f"/{timezone.localdate():%Y/%m}/",
            "print": f"{Article.objects.published().first().get_absolute_url()}in/",
        }[page]
        counts.append(queries_for(client, url))
    assert counts[0] == counts[1]


def test_an_article_read_again_costs_no_query_until_it_is_edited(client, settings):
    settings.VIEW_COUNT_FLUSH_SECONDS = 3600  # the views' batched write is not this page's read
    settings.PAGE_CACHE = True
    article = make_article("Khai mạc kỳ họp thứ nhất")
    url = article.get_absolute_url()
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert "Khai mạc kỳ họp thứ nhất" in client.get(url).content.decode()
    assert len(context) == 0

    article.title = "Bế mạc kỳ họp thứ nhất"
    article.save()
    html = client.get(url).content.decode()
    assert "Bế mạc kỳ họp thứ nhất" in html and "Khai mạc" not in html

    article.status = Status.UNPUBLISHED
    article.save()
    assert client.get(url).status_code == 404


def test_the_menu_marks_the_page_the_reader_is_on(client):
    news, party = make_category("Tin tức"), make_category("Xây dựng Đảng")
    article = make_article(category=news)

    def marked(url):
        menu = client.get(url).content.decode().split('<nav class="main-menu"')[1]
        return re.findall(r'href="([^"]+)" aria-current="page"', menu.split("</nav>")[0])

    for _ in range(2):  # the second time round, the header comes from the cache
        assert marked("/") == ["/"]
        assert marked(news.get_absolute_url()) == [news.get_absolute_url()]
        assert marked(f"{party.get_absolute_url()}?page=1") == [party.get_absolute_url()]
        assert marked(article.get_absolute_url()) == []
