import datetime
import re

import pytest
from django.utils import timezone

from portal.models import SiteIdentity
from tests.factories import make_article, make_document

pytestmark = pytest.mark.django_db

TZ = timezone.get_default_timezone()


def at(*args):
    return datetime.datetime(*args, tzinfo=TZ)


def main_column(response):
    return response.content.decode().split('<aside class="page__sidebar"')[0]


def test_month_archive_lists_that_months_articles_in_local_time(client):
    first = make_article("Đầu tháng mười", publish_at=at(2021, 10, 1, 0, 30))
    last = make_article("Cuối tháng mười", publish_at=at(2021, 10, 31, 23, 30))
    make_article("Cuối tháng chín", publish_at=at(2021, 9, 30, 23, 59))
    make_article("Đầu tháng mười một", publish_at=at(2021, 11, 1, 0, 0))
    make_article("Bản nháp tháng mười", publish_at=at(2021, 10, 5, 8), published=False)
    html = main_column(client.get("/2021/10/"))
    assert "Tin bài tháng 10/2021" in html
    assert html.index(last.title) < html.index(first.title)
    for hidden in ("Cuối tháng chín", "Đầu tháng mười một", "Bản nháp tháng mười"):
        assert hidden not in html
    assert 'href="/2021/09/"' in html and 'href="/2021/11/"' in html  # other months
    assert client.get("/2021/1/").status_code == 200


@pytest.mark.parametrize("url", ["/2021/13/", "/2021/00/", "/0000/10/", "/9999/12/", "/21/10/"])
def test_impossible_months_are_404(client, url):
    assert client.get(url).status_code == 404


def test_an_article_links_to_its_month_and_to_its_print_view(client):
    article = make_article("Hội nghị tổng kết", publish_at=at(2021, 10, 25, 8))
    html = main_column(client.get(article.get_absolute_url()))
    assert 'href="/2021/10/"' in html
    assert f'href="/bai-viet/{article.slug}/in/"' in html


def test_print_view_has_the_article_and_its_address_without_the_site_chrome(client):
    SiteIdentity.objects.create(name="Đảng ủy Khối Doanh nghiệp tỉnh")
    article = make_article(
        "Hội nghị tổng kết",
        body="<p>Đảng bộ Khối có 159 tổ chức cơ sở đảng.</p>",
        source="Báo Nam Định",
        publish_at=at(2021, 10, 25, 8),
    )
    response = client.get(f"/bai-viet/{article.slug}/in/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Hội nghị tổng kết</h1>" in html and "159 tổ chức cơ sở đảng" in html
    assert "Thứ 2, Ngày 25/10/2021" in html and "Theo Báo Nam Định" in html
    assert f"http://testserver/bai-viet/{article.slug}/" in html
    assert "Đảng ủy Khối Doanh nghiệp tỉnh" in html
    assert "main-menu" not in html and "page__sidebar" not in html
    assert '<meta name="robots" content="noindex">' in html


def test_print_view_of_a_draft_is_404(client):
    article = make_article(published=False)
    assert client.get(f"/bai-viet/{article.slug}/in/").status_code == 404


def dublin_core(html):
    return dict(re.findall(r'<meta name="DC\.(\w+)" content="([^"]*)">', html))


def test_article_carries_dublin_core_metadata(client):
    SiteIdentity.objects.create(name="Đảng ủy Khối Doanh nghiệp tỉnh")
    article = make_article(
        "Hội nghị tổng kết",
        lead="Sáng 25-10, hội nghị tổng kết 5 năm.",
        author_name="Minh Anh",
        publish_at=at(2021, 10, 25, 0, 30),  # 24/10 in UTC: the date is the local one
    )
    html = client.get(article.get_absolute_url()).content.decode()
    assert '<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">' in html
    assert dublin_core(html) == {
        "title": "Hội nghị tổng kết",
        "creator": "Minh Anh",
        "date": "2021-10-25",
        "description": "Sáng 25-10, hội nghị tổng kết 5 năm.",
        "publisher": "Đảng ủy Khối Doanh nghiệp tỉnh",
        "identifier": f"http://testserver/bai-viet/{article.slug}/",
        "language": "vi",
        "type": "Text",
        "format": "text/html",
    }


def test_document_carries_dublin_core_metadata(client):
    document = make_document(
        "05-CT/TW",
        issued_on=datetime.date(2016, 5, 15),
        summary="Về đẩy mạnh học tập và làm theo tư tưởng Hồ Chí Minh",
    )
    tags = dublin_core(client.get(document.get_absolute_url()).content.decode())
    assert tags["title"] == "Quyết định 05-CT/TW"
    assert tags["creator"] == "Ban Thường vụ Đảng ủy Khối"
    assert tags["date"] == "2016-05-15"
    assert tags["description"].startswith("Về đẩy mạnh học tập")
    assert tags["identifier"] == "http://testserver/van-ban/05-ct-tw/"
    assert tags["language"] == "vi" and tags["publisher"]
