"""No input to a public page gives a 500: hostile values in every public URL's parameters.

Every public URL pattern is found in the URL configuration (so that a new one is covered the
day it is added), filled with real content's arguments and then with hostile ones, and asked
with hostile values in every query parameter the site reads.
"""

from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver

from news import sharing
from news.articles.models import Tag
from news.documents.models import Attachment
from tests.factories import (
    make_album,
    make_article,
    make_category,
    make_document,
    make_page,
    make_video,
    pdf_bytes,
)

pytestmark = pytest.mark.django_db

# Where the public does not go: the admin, the editor's upload.
PRIVATE = ("admin/", "editor/")
QUERY_KEYS = ("page", "q", "category", "start", "end", "loai", "co_quan", "linh_vuc", "nam")
HOSTILE_VALUES = [
    "-1",
    "0",
    "99999999999999999999999999999",
    "-99999999999999999999999999999",
    "9223372036854775808",
    "1e309",
    "NaN",
    "last",
    "31/12/9999",
    "01/01/0001",
    "9999-12-31",
    "0001-01-01",
    "31-12-9999",
    "29/02/2023",
    "32/13/2024",
    "00/00/0000",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "Đảng" * 2000,
    "a" * 20000,
    "%00",
    "%FF%FE%C0%AF",  # invalid UTF-8, sent as it is
    "%E2%80%AE%0B%0C",
    "&",
    "=",
]
PATH_VALUES = [
    "a" * 3000,
    "0",
    "-",
    "99999999999999999999999999999",
    "%FF%FE",
    "%C0%AF",
    "%00",
    "..%2F..%2Fportal%2Fsettings.py",
    quote("Đảng ủy"),
]


def public_patterns(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        route = prefix + str(entry.pattern)
        if route.lstrip("^").startswith(PRIVATE):
            continue
        if isinstance(entry, URLResolver):
            yield from public_patterns(entry, route)
        elif isinstance(entry, URLPattern):
            yield route


@pytest.fixture
def site():
    parent = make_category("Tin tức")
    child = make_category("Sự kiện", parent=parent)
    article = make_article("Bài viết", category=child)
    article.tags.add(Tag.objects.create(name="Đảng viên"))
    document = make_document("05-CT/TW")
    attachment = Attachment.objects.create(
        document=document, file=SimpleUploadedFile("qd.pdf", pdf_bytes())
    )
    return {
        "slug": article.slug,
        "category": child.slug,
        "tag": "dang-vien",
        "album": (album := make_album("Album", photos=1)).slug,
        "photo": album.photos.get().image.name,
        "video": make_video("Video").pk,
        "document": document.slug,
        "attachment": attachment.pk,
        "page": make_page("Giới thiệu").slug,
        "share": sharing.url(sharing.create(article, None)),
        "year": f"{article.publish_at:%Y}",
        "month": f"{article.publish_at:%m}",
    }


def real_urls(site):
    """Each public route with arguments that exist, so that the page itself is reached."""
    return {
        "": "/",
        "tim-kiem/": "/tim-kiem/",
        "rss/": "/rss/",
        "rss/<slug:slug>/": f"/rss/{site['category']}/",
        "sitemap.xml": "/sitemap.xml",
        "sitemap-<section>.xml": "/sitemap-articles.xml",
        "robots.txt": "/robots.txt",
        "van-ban/": "/van-ban/",
        "van-ban/<slug:slug>/": f"/van-ban/{site['document']}/",
        "van-ban/<slug:slug>/tai-ve/<int:pk>/": (
            f"/van-ban/{site['document']}/tai-ve/{site['attachment']}/"
        ),
        "trang/<slug:slug>/": f"/trang/{site['page']}/",
        "chuyen-muc/<slug:slug>/": f"/chuyen-muc/{site['category']}/",
        "bai-viet/<slug:slug>/": f"/bai-viet/{site['slug']}/",
        "tu-khoa/<slug:slug>/": f"/tu-khoa/{site['tag']}/",
        "bai-viet/<slug:slug>/in/": f"/bai-viet/{site['slug']}/in/",
        "^(?P<year>[0-9]{4})/(?P<month>0?[1-9]|1[0-2])/$": f"/{site['year']}/{site['month']}/",
        "hinh-anh/": "/hinh-anh/",
        "hinh-anh/<slug:slug>/": f"/hinh-anh/{site['album']}/",
        "video/": "/video/",
        "video/<int:pk>/": f"/video/{site['video']}/",
        "duyet/<slug:token>/": site["share"],
        "^media/(?P<path>.*)$": f"/media/{site['photo']}",
    }


def hostile_paths(url):
    """The URL with each of its parameters (the parts after the first) replaced."""
    parts = url.strip("/").split("/")
    for index in range(1, len(parts)):  # noqa: B007 - each parameter in turn
        for value in PATH_VALUES:
            yield "/" + "/".join([*parts[:index], value, *parts[index + 1 :]]) + "/"


ARCHIVE_EDGES = ["/0000/1/", "/0001/01/", "/9999/12/", "/9998/12/", "/2024/13/", "/2024/0/"]


def server_errors(client, urls):
    client.raise_request_exception = False
    failed = []
    for url in urls:
        status = client.get(url).status_code
        if status >= 500:
            failed.append(f"{status} {url[:100]}")
    return failed


def test_every_public_route_is_listed_here(site):
    assert set(public_patterns()) == set(real_urls(site))


def test_no_hostile_value_in_any_public_url_gives_a_server_error(client, site):
    urls = []
    for url in real_urls(site).values():
        assert client.get(url).status_code == 200, url
        urls += [*hostile_paths(url), *ARCHIVE_EDGES]
        urls += [url + "?" + "&".join(f"{k}={v}" for k in QUERY_KEYS) for v in HOSTILE_VALUES]
        urls += [f"{url}?{key}=%FF&{key}=-1&{key}[]=1" for key in QUERY_KEYS]
    failed = server_errors(client, urls)
    assert not failed, "\n".join(failed)


@pytest.mark.parametrize(
    ("start", "end"),
    [
        ("", "31/12/9999"),
        ("01/01/0001", ""),
        ("01/01/0001", "31/12/9999"),
        ("31/12/9999", "31/12/9999"),
        ("01/01/0001", "01/01/0001"),
    ],
)
def test_search_dates_at_the_ends_of_the_calendar(client, start, end):
    make_article("Hội nghị Đảng ủy")
    response = client.get("/tim-kiem/", {"q": "hội nghị", "start": start, "end": end})
    assert response.status_code == 200
    if not start or start == "01/01/0001":
        assert "Hội nghị Đảng ủy" in response.content.decode()
