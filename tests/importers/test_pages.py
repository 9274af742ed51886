"""Importing the saved pages of an older portal with a profile of CSS selectors."""

import re

import pytest
from django.core.management import CommandError, call_command

from news.articles.models import Article, Category
from portal.importers.models import ImportedItem, ImportRun
from portal.redirects.models import Redirect
from tests.importers.legacy_site import ARTICLE_1, ARTICLE_2, PROFILE, write_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(tmp_path):
    return write_site(tmp_path / "cong-cu")


@pytest.fixture
def profile(tmp_path):
    path = tmp_path / "ho-so.toml"
    path.write_text(PROFILE, encoding="utf-8")
    return str(path)


@pytest.fixture
def imported(site, profile, run_import):
    return run_import("import_pages", str(site), profile=profile)


def body_of(html):
    return re.search(r'<div class="article__body">(.*?)</div>', html, re.S).group(1)


def test_a_saved_page_becomes_an_article_with_every_field(imported, client):
    article = Article.objects.get(title=ARTICLE_1[1]["title"])
    assert article.category.name == "Hoạt động" and article.category.parent.name == "Tin tức"
    assert article.lead.startswith("Ngày 15-10, Đảng ủy Khối tổ chức hội nghị")
    assert article.source == "Báo Nam Định"
    assert article.image_alt == "Toàn cảnh hội nghị"
    assert article.image_caption == "Các đại biểu dự hội nghị tổng kết"
    html = client.get(article.get_absolute_url()).content.decode()
    assert "Thứ 2, Ngày 25/10/2021" in html
    assert html.count("Theo Báo Nam Định") == 1
    body = body_of(html)
    assert "<p>Đảng bộ Khối hiện có 159 tổ chức cơ sở đảng" in body  # the indent is gone
    for stray in ("Video hoạt động", "Website liên kết", "Chia sẻ", "tracker", "Ngày 15-10"):
        assert stray not in body
    other = Article.objects.get(title=ARTICLE_2[1]["title"])
    assert f'href="{other.get_absolute_url()}"' in body  # a link between saved pages
    pdf = re.search(r'href="(/media/files/[^"]+\.pdf)"', body).group(1)
    assert client.get(pdf).status_code == 200
    assert "<picture>" in html and "Các đại biểu dự hội nghị tổng kết" in html
    assert "Toàn cảnh hội nghị" not in body  # the featured image left the body


def test_staff_find_the_imported_pages_in_the_admin(imported, staff_client):
    from django.urls import reverse

    article = Article.objects.get(title=ARTICLE_2[1]["title"])
    url = reverse("admin:articles_article_change", args=[article.pk])
    form = staff_client.get(url).content.decode()
    for value in (article.title, "Các chi bộ tổ chức học tập nghị quyết", "TTXVN", "Lịch học tập"):
        assert value in form


def test_date_lines_sources_images_and_categories_of_other_pages(imported, client):
    notice = Article.objects.get(title=ARTICLE_2[1]["title"])
    local = notice.publish_at.astimezone()
    assert (notice.publish_at.isoformat()) == "2021-10-24T01:15:00+00:00", local
    assert notice.source == "TTXVN" and notice.category.name == "Thông báo"
    assert 'alt="Lịch học tập"' in notice.body and "/media/" in notice.body
    html = client.get(notice.get_absolute_url()).content.decode()
    assert "Chủ nhật, Ngày 24/10/2021" in html
    sport = Article.objects.get(title__startswith="Hội thao chào mừng")
    assert sport.title == "Hội thao chào mừng ngày thành lập Đảng 🎉 — “Khỏe để học tập”"
    assert sport.category.name == "Tin tổng hợp"  # no breadcrumb: the profile's default
    assert "khong-co.jpg" in imported  # a missing image is reported
    assert "<img" not in sport.body
    assert "trang không có tiêu đề hoặc nội dung theo hồ sơ" in imported
    assert Article.objects.count() == 3


def test_old_addresses_of_saved_pages_answer_with_301(imported, client):
    first = Article.objects.get(title=ARTICLE_1[1]["title"]).get_absolute_url()
    notice = Article.objects.get(title=ARTICLE_2[1]["title"]).get_absolute_url()
    sport = Article.objects.get(title__startswith="Hội thao").get_absolute_url()
    cases = {
        "/tin-tuc/hoat-dong/tong-ket-xay-dung-dang.html": first,
        "/TinTuc/ChiTiet.aspx?ID=7": notice,
        "/tintuc/chitiet.aspx?id=7&lang=vi": notice,
        "/index.php?option=com_content&view=article&id=45": sport,
        "/index.php?option=com_content&view=article&id=45:hoi-thao&Itemid=3": sport,
        "/?option=com_content&view=article&id=45": sport,
        "/chuyen-muc/hoat-dong.html": Category.objects.get(name="Hoạt động").get_absolute_url(),
    }
    for old, new in cases.items():
        response = client.get(old)
        assert (response.status_code, response.get("Location")) == (301, new), old


def test_importing_the_pages_again_changes_nothing(site, profile, run_import):
    run_import("import_pages", str(site), profile=profile)
    counts = [m.objects.count() for m in (Article, Category, Redirect, ImportedItem)]
    again = run_import("import_pages", str(site), profile=profile)
    assert "0 tạo mới, 0 cập nhật" in again
    assert [m.objects.count() for m in (Article, Category, Redirect, ImportedItem)] == counts
    page = site / ARTICLE_2[0]
    page.write_text(page.read_text().replace("tháng 11", "tháng 12"), encoding="utf-8")
    report = run_import("import_pages", str(site), profile=profile)
    assert "Bài viết: 1 cập nhật" in report
    assert "tháng 12" in Article.objects.get(title=ARTICLE_2[1]["title"]).lead


def test_dry_run_of_saved_pages_writes_nothing(site, profile, run_import):
    report = run_import("import_pages", str(site), profile=profile, dry_run=True)
    assert "Bài viết: 3 tạo mới" in report
    for model in (Article, Category, Redirect, ImportedItem, ImportRun):
        assert not model.objects.exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('base_url = "http://x.vn"\n[selectors]\ntitle = "h1"\nbody = \n', "dòng 4, cột 8"),
        ('base_url = "http://x.vn"\n[selectors]\ntitle = "h1"\n', "thiếu bộ chọn selectors.body"),
        (
            'base_url = "http://x.vn"\n[selectors]\ntitle = "h1["\nbody = "div"\n',
            "selectors.title = “h1[” không hợp lệ",
        ),
        ('base_url = "http://x.vn"\n[selectors]\ntieu_de = "h1"\n', "không hiểu bộ chọn tieu_de"),
        ('[selectors]\ntitle = "h1"\nbody = "div"\n', "cần base_url"),
    ],
)
def test_a_broken_profile_stops_before_anything_is_written(site, tmp_path, text, message):
    path = tmp_path / "sai.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CommandError) as error:
        call_command("import_pages", str(site), profile=str(path))
    assert message in str(error.value)
    assert not Article.objects.exists() and not Category.objects.exists()
