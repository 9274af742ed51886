"""Admin search boxes and autocompletes fold Vietnamese and put exact matches first
(news/admin_search.py), on every content admin."""

import re

import pytest
from django.urls import reverse

from news.articles.models import Tag
from tests.factories import make_article, make_category, make_document, make_page, make_video

pytestmark = pytest.mark.django_db


def rows(html):
    """The linked titles of a changelist, in order."""
    return re.findall(r'<th class="field-[a-z_]+"><a href="[^"]+">([^<]+)</a>', html)


def test_article_search_ignores_diacritics_and_case_and_puts_exact_matches_first(admin_client):
    make_article("Chuyen doi so khong dau", days_ago=1)
    make_article("Hội nghị về chuyển đổi số", days_ago=2)
    make_article("CHUYỂN ĐỔI SỐ TRONG CƠ QUAN", days_ago=30)
    make_article("Tin thể thao", days_ago=3)
    url = reverse("admin:articles_article_changelist")
    assert rows(admin_client.get(url, {"q": "chuyen doi so"}).content.decode()) == [
        "Chuyen doi so khong dau",
        "Hội nghị về chuyển đổi số",
        "CHUYỂN ĐỔI SỐ TRONG CƠ QUAN",
    ]
    # Typed with marks: those holding the text as typed first, in any case.
    assert rows(admin_client.get(url, {"q": "chuyển đổi số"}).content.decode()) == [
        "Hội nghị về chuyển đổi số",
        "CHUYỂN ĐỔI SỐ TRONG CƠ QUAN",
        "Chuyen doi so khong dau",
    ]
    # A column the reader sorts by wins over the search's own order.
    ordered = admin_client.get(url, {"q": "chuyển đổi số", "o": "1"}).content.decode()
    assert rows(ordered)[0] == "CHUYỂN ĐỔI SỐ TRONG CƠ QUAN"


def test_every_word_must_match_some_field(admin_client):
    make_article("Đại hội Đoàn", lead="Thanh niên khối doanh nghiệp")
    make_article("Đại hội Hội Nông dân")
    url = reverse("admin:articles_article_changelist")
    assert rows(admin_client.get(url, {"q": "dai hoi thanh nien"}).content.decode()) == [
        "Đại hội Đoàn"
    ]
    assert rows(admin_client.get(url, {"q": "   "}).content.decode()) != []


@pytest.mark.parametrize(
    ("url", "make", "q", "title"),
    [
        (
            "admin:videos_video_changelist",
            lambda: make_video("Phóng sự Đoàn viên"),
            "doan",
            "Phóng sự Đoàn viên",
        ),
        (
            "admin:pages_page_changelist",
            lambda: make_page("Giới thiệu chung"),
            "gioi thieu",
            "Giới thiệu chung",
        ),
        (
            "admin:articles_category_changelist",
            lambda: make_category("Xây dựng Đảng"),
            "xay dung",
            "Xây dựng Đảng",
        ),
    ],
)
def test_other_admins_fold_too(admin_client, url, make, q, title):
    make()
    assert title in admin_client.get(reverse(url), {"q": q}).content.decode()


def test_document_admin_searches_type_and_signer(admin_client):
    make_document("05-CT/TW", summary="Về học tập", signer="Trần Văn Hòa")
    make_document("1-TB/ĐUK", summary="Thông báo kết luận", signer="Lê Thị Mai")
    url = reverse("admin:documents_document_changelist")
    html = admin_client.get(url, {"q": "tran van hoa"}).content.decode()
    assert "05-CT/TW" in html and "1-TB/ĐUK" not in html
    html = admin_client.get(url, {"q": "quyet dinh thong bao"}).content.decode()
    assert "1-TB/ĐUK" in html and "05-CT/TW" not in html


def test_autocomplete_folds_and_puts_exact_matches_first(admin_client):
    for name in ("Đang cập nhật", "Đảng viên", "Dang bo", "Đảng"):
        Tag.objects.create(name=name)
    found = admin_client.get(
        "/admin/autocomplete/",
        {"app_label": "articles", "model_name": "article", "field_name": "tags", "term": "Đảng"},
    ).json()
    names = [r["text"] for r in found["results"]]
    assert names[:2] == ["Đảng", "Đảng viên"]
    assert sorted(names[2:]) == ["Dang bo", "Đang cập nhật"]
