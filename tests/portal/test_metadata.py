"""What pages tell machines (meta tags, JSON-LD) and offer people (sharing, print, font size)."""

import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.staticfiles import finders
from django.utils import timezone

from portal.models import SiteIdentity
from tests.factories import image_upload, make_article, make_category

pytestmark = pytest.mark.django_db


class Head(HTMLParser):
    """The page's title, meta and link tags, and the JSON-LD scripts, as a crawler reads them."""

    def __init__(self, html):
        super().__init__()
        self.meta, self.links, self.json_ld, self.title = {}, {}, [], ""
        self._in = None
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.lang = attrs.get("lang")
        elif tag == "meta" and ("property" in attrs or "name" in attrs):
            key = attrs.get("property") or attrs.get("name")
            self.meta.setdefault(key, []).append(attrs.get("content"))
        elif tag == "link" and "rel" in attrs:
            self.links[attrs["rel"]] = attrs.get("href")
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._in = "json"
            self.json_ld.append("")
        elif tag == "title":
            self._in = "title"

    def handle_endtag(self, tag):
        self._in = None

    def handle_data(self, data):
        if self._in == "json":
            self.json_ld[-1] += data
        elif self._in == "title":
            self.title += data

    def one(self, key):
        (value,) = self.meta[key]
        return value

    def structured(self, kind):
        (data,) = [d for d in map(json.loads, self.json_ld) if d["@type"] == kind]
        return data


@pytest.fixture
def article():
    SiteIdentity.objects.create(name="Đảng ủy Khối Doanh nghiệp tỉnh")
    tz = timezone.get_default_timezone()
    article = make_article(
        "Hội nghị tổng kết công tác xây dựng Đảng",
        category=make_category("Công tác tổ chức", parent=make_category("Xây dựng Đảng")),
        lead="Sáng 25-10, Đảng ủy Khối tổng kết 5 năm xây dựng tổ chức đảng.",
        publish_at=timezone.datetime(2021, 10, 25, 8, 0, tzinfo=tz),
        author_name="Minh Anh",
        image=image_upload("hoi-nghi.jpg"),
        image_alt="Quang cảnh hội nghị",
    )
    return article


def test_article_page_has_title_description_canonical_open_graph_and_twitter(client, article):
    head = Head(client.get(article.get_absolute_url()).content.decode())
    url = "http://testserver" + article.get_absolute_url()
    assert head.lang == "vi"
    assert head.title == f"{article.title} | Đảng ủy Khối Doanh nghiệp tỉnh"
    assert head.one("description") == article.lead
    assert head.links["canonical"] == url
    assert head.one("og:type") == "article"
    assert head.one("og:title") == article.title
    assert head.one("og:description") == article.lead
    assert head.one("og:url") == url
    # The 1200x630 image made for sharing, cut around the image's focal point.
    share = article.image_renditions["share"]["name"]
    assert head.one("og:image") == "http://testserver/media/" + share
    assert head.one("og:site_name") == "Đảng ủy Khối Doanh nghiệp tỉnh"
    assert head.one("og:locale") == "vi_VN"
    assert head.one("article:published_time") == "2021-10-25T08:00:00+07:00"
    assert head.one("twitter:card") == "summary_large_image"
    assert head.one("twitter:image") == head.one("og:image")


def test_article_page_has_news_article_and_breadcrumb_json_ld(client, article):
    head = Head(client.get(article.get_absolute_url()).content.decode())
    news = head.structured("NewsArticle")
    url = "http://testserver" + article.get_absolute_url()
    assert news["@context"] == "https://schema.org"
    assert news["headline"] == article.title
    assert news["url"] == url and news["mainEntityOfPage"]["@id"] == url
    assert news["datePublished"] == "2021-10-25T08:00:00+07:00"
    assert news["dateModified"].endswith("+07:00")
    assert news["image"] == ["http://testserver" + article.image.url]
    assert news["author"] == {"@type": "Person", "name": "Minh Anh"}
    assert news["publisher"]["name"] == "Đảng ủy Khối Doanh nghiệp tỉnh"
    assert news["publisher"]["logo"]["url"] == "http://testserver/static/img/emblem.svg"
    crumbs = head.structured("BreadcrumbList")["itemListElement"]
    assert [(c["position"], c["name"], c["item"]) for c in crumbs] == [
        (1, "Trang chủ", "http://testserver/"),
        (2, "Xây dựng Đảng", "http://testserver/chuyen-muc/xay-dung-dang/"),
        (3, "Công tác tổ chức", "http://testserver/chuyen-muc/cong-tac-to-chuc/"),
        (4, article.title, url),
    ]


def test_publisher_logo_is_the_uploaded_logo_when_there_is_one(client, article):
    identity = SiteIdentity.objects.get()
    identity.logo = image_upload("logo.png", image_format="PNG")
    identity.save()
    head = Head(client.get(article.get_absolute_url()).content.decode())
    logo = head.structured("NewsArticle")["publisher"]["logo"]["url"]
    assert logo == "http://testserver" + identity.logo.url


def test_json_ld_cannot_be_broken_out_of_by_a_title(client):
    article = make_article('Tin </script><script>alert("x")</script> & “ngoặc”', lead="")
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<script>alert("x")' not in html
    news = Head(html).structured("NewsArticle")
    assert news["headline"] == article.title
    assert news["author"]["@type"] == "Organization"  # no author name: the organization
    assert "image" not in news and "description" not in news


def test_other_pages_have_a_canonical_url_and_site_wide_open_graph(client):
    category = make_category("Đoàn thể")
    for _ in range(16):
        make_article(category=category)
    head = Head(client.get("/chuyen-muc/doan-the/?page=2&utm_source=zalo").content.decode())
    assert head.links["canonical"] == "http://testserver/chuyen-muc/doan-the/?page=2"
    assert head.one("og:type") == "website"
    assert head.one("og:site_name") == "Cổng thông tin điện tử"
    assert head.one("og:image") == "http://testserver/static/img/emblem.svg"


def test_previews_tell_machines_nothing(staff_client):
    draft = make_article("Bản nháp", published=False)
    head = Head(staff_client.get(draft.get_absolute_url()).content.decode())
    assert head.one("robots") == "noindex"
    assert head.json_ld == []


def test_sharing_is_plain_links_with_no_third_party_script(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    encoded = "http%3A%2F%2Ftestserver" + article.get_absolute_url().replace("/", "%2F")
    assert f'href="https://www.facebook.com/sharer/sharer.php?u={encoded}"' in html
    assert f'href="https://sp.zalo.me/share?url={encoded}"' in html
    assert f'data-copy="http://testserver{article.get_absolute_url()}"' in html
    scripts = [s.split('"')[1] for s in html.split("<script src=")[1:]]
    assert scripts and all(src.startswith("/static/") for src in scripts)


def test_print_view_carries_the_address_and_date_and_hides_the_rest(client, article):
    html = client.get(article.get_absolute_url()).content.decode()
    assert f"Địa chỉ bài viết: http://testserver{article.get_absolute_url()}" in html
    assert "Ngày đăng: 08:00 25/10/2021" in html
    css = Path(finders.find("css/site.css")).read_text()
    print_rules = css.split("@media print")[1]
    for hidden in (".main-menu", ".page__sidebar", ".share", ".font-size", ".site-search"):
        assert hidden in print_rules.split("display: none")[0]
    assert ".print-only { display: block" in print_rules


def test_behind_a_tls_proxy_links_say_https(client, settings, article):
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    html = client.get(
        article.get_absolute_url(), headers={"x-forwarded-proto": "https"}, SERVER_PORT="443"
    )
    head = Head(html.content.decode())
    assert head.links["canonical"] == "https://testserver" + article.get_absolute_url()
    assert head.structured("NewsArticle")["image"][0].startswith("https://testserver/media/")
