"""RSS feeds read by a real feed parser, the sitemap index and its sections, robots.txt."""

import xml.etree.ElementTree as ET
from datetime import timedelta

import feedparser
import pytest
from django.utils import timezone

from news.articles.models import Article
from news.publishing import Status
from portal.sitemaps import SITEMAPS
from tests.articles.test_views import queries_for
from tests.factories import (
    image_upload,
    make_album,
    make_article,
    make_category,
    make_video,
)

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def parse_feed(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "rss20"
    return feed, response.content.decode()


def test_site_feed_lists_published_articles_with_absolute_links_and_local_dates(client):
    tz = timezone.get_default_timezone()
    article = make_article(
        "Hội nghị sơ kết 6 tháng",
        lead="Sáng 19-7, Đảng ủy Khối họp sơ kết công tác 6 tháng đầu năm.",
        publish_at=timezone.datetime(2021, 7, 20, 9, 0, tzinfo=tz),
        author_name="Minh Anh",
        image=image_upload("hoi-nghi.jpg"),
        image_alt="Quang cảnh hội nghị",
    )
    make_article("Bản nháp", published=False)
    make_article("Tin hẹn giờ", days_ago=-1)

    feed, raw = parse_feed(client, "/rss/")
    assert feed.feed.title == "Cổng thông tin điện tử"
    assert feed.feed.link == "http://testserver/"
    assert [entry.title for entry in feed.entries] == ["Hội nghị sơ kết 6 tháng"]
    entry = feed.entries[0]
    assert entry.link == "http://testserver" + article.get_absolute_url()
    assert entry.description == article.lead
    assert entry.author == "Minh Anh"
    assert "<pubDate>Tue, 20 Jul 2021 09:00:00 +0700</pubDate>" in raw
    assert entry.published_parsed[:5] == (2021, 7, 20, 2, 0)  # the same instant in UTC
    enclosure = entry.enclosures[0]
    assert enclosure.href == "http://testserver" + article.image.url
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == article.image.size > 0


def test_feed_is_newest_first_and_limited(client):
    category = make_category()
    Article.objects.bulk_create(
        Article(
            title=f"Tin {n}",
            slug=f"tin-{n}",
            category=category,
            status=Status.PUBLISHED,
            publish_at=timezone.now() - timedelta(hours=n),
        )
        for n in range(40)
    )
    feed, _ = parse_feed(client, "/rss/")
    assert [e.title for e in feed.entries] == [f"Tin {n}" for n in range(30)]


def test_category_feed_holds_its_and_its_childrens_articles(client):
    parent = make_category("Xây dựng Đảng")
    child = make_category("Công tác tổ chức", parent=parent)
    make_article("Tin chuyên mục cha", category=parent, days_ago=2)
    make_article("Tin chuyên mục con", category=child, days_ago=1)
    make_article("Tin nơi khác", category=make_category("Đoàn thể"))
    feed, _ = parse_feed(client, "/rss/xay-dung-dang/")
    assert feed.feed.title.startswith("Xây dựng Đảng")
    assert feed.feed.link == "http://testserver/chuyen-muc/xay-dung-dang/"
    assert [e.title for e in feed.entries] == ["Tin chuyên mục con", "Tin chuyên mục cha"]
    assert feed.entries[0].tags[0].term == "Công tác tổ chức"


def test_unknown_category_feed_is_404(client):
    assert client.get("/rss/khong-co/").status_code == 404


def test_feed_query_count_does_not_grow(client):
    category = make_category()
    counts = []
    for total in (3, 40):
        for n in range(Article.objects.count(), total):
            make_article(f"Tin {n}", category=category)
        counts.append(queries_for(client, "/rss/"))
    assert counts[0] == counts[1]


def test_pages_announce_the_feed(client):
    html = client.get("/").content.decode()
    assert '<link rel="alternate" type="application/rss+xml"' in html and 'href="/rss/"' in html


def locs(xml):
    return [el.text for el in ET.fromstring(xml).findall(".//sm:loc", SITEMAP_NS)]


def test_sitemap_index_lists_sections_and_sections_list_published_urls(client):
    category = make_category("Xây dựng Đảng")
    article = make_article("Tin đã đăng", category=category)
    draft = make_article("Bản nháp", category=category, published=False)
    scheduled = make_article("Tin hẹn giờ", category=category, days_ago=-1)

    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert set(locs(response.content)) == {
        "http://testserver/sitemap-categories.xml",
        "http://testserver/sitemap-articles.xml",
        "http://testserver/sitemap-albums.xml",
        "http://testserver/sitemap-videos.xml",
        "http://testserver/sitemap-documents.xml",
        "http://testserver/sitemap-pages.xml",
    }

    section = client.get("/sitemap-articles.xml").content
    urls = locs(section)
    assert urls == ["http://testserver" + article.get_absolute_url()]
    assert "http://testserver" + draft.get_absolute_url() not in urls
    assert "http://testserver" + scheduled.get_absolute_url() not in urls
    lastmod = ET.fromstring(section).find(".//sm:lastmod", SITEMAP_NS).text
    assert lastmod == timezone.localtime(article.updated_at).date().isoformat()

    assert locs(client.get("/sitemap-categories.xml").content) == [
        "http://testserver/chuyen-muc/xay-dung-dang/"
    ]


def test_a_large_section_is_split_into_pages_listed_in_the_index(client, monkeypatch):
    monkeypatch.setattr(SITEMAPS["articles"], "limit", 2)
    category = make_category()
    articles = [make_article(f"Tin {n}", category=category) for n in range(5)]
    index = locs(client.get("/sitemap.xml").content)
    assert "http://testserver/sitemap-articles.xml?p=3" in index
    assert "http://testserver/sitemap-articles.xml?p=4" not in index
    # Oldest first, so adding an article never moves the URLs of earlier pages.
    assert locs(client.get("/sitemap-articles.xml?p=2").content) == [
        "http://testserver" + a.get_absolute_url() for a in articles[2:4]
    ]
    assert client.get("/sitemap-articles.xml?p=9").status_code == 404


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[0] == "User-agent: *"
    assert "Disallow: /admin/" in lines
    assert "Disallow: /tim-kiem/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_albums_and_videos_join_the_sitemap_and_the_site_feed(client):
    album = make_album("Hình ảnh Đại hội Đoàn", days_ago=2)
    video = make_video("Phóng sự ngày hội đại đoàn kết", days_ago=3)
    hidden = make_album("Album nháp", published=False)

    assert locs(client.get("/sitemap-albums.xml").content) == [
        "http://testserver" + album.get_absolute_url()
    ]
    assert locs(client.get("/sitemap-videos.xml").content) == [
        "http://testserver" + video.get_absolute_url()
    ]
    links = [entry.link for entry in parse_feed(client, "/rss/")[0].entries]
    assert "http://testserver" + album.get_absolute_url() in links
    assert "http://testserver" + video.get_absolute_url() in links
    assert "http://testserver" + hidden.get_absolute_url() not in links


def test_a_plain_text_lead_is_text_in_the_feed_not_markup(client):
    make_article("Bài có ký tự đặc biệt", lead='Chỉ tiêu <b>đạt 100%</b> & "vượt" <img src=x>')
    response = client.get("/rss/")
    description = ET.fromstring(response.content).find("channel/item/description").text
    # Feed readers read the description as HTML: escaped once more, it shows what was typed.
    assert description == (
        "Chỉ tiêu &lt;b&gt;đạt 100%&lt;/b&gt; &amp; &quot;vượt&quot; &lt;img src=x&gt;"
    )
    feed, _xml = parse_feed(client, "/rss/")
    assert "<b>" not in feed.entries[0].summary and "<img" not in feed.entries[0].summary
