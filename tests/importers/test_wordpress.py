"""Importing a WordPress export: every field as readers and staff see it, statuses, shortcodes,
images, old addresses, and a second run that updates instead of duplicating."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from news.articles.models import Article, Category, Tag
from news.pages.models import Page
from news.publishing import Status
from portal.importers.models import ImportedItem, ImportRun
from portal.models import SearchEntry
from portal.redirects.models import Redirect
from tests.factories import image_bytes
from tests.importers.archive import CATEGORIES, LONG_TITLE, UTF8_TITLE, archive
from tests.importers.wxr import Item, export

pytestmark = pytest.mark.django_db


@pytest.fixture
def imported(uploads, write_export, run_import):
    """The test archive imported with its upload folder; returns the report printed."""
    return run_import("import_wordpress", write_export(archive()), media=str(uploads))


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def body_of(html):
    return re.search(r'<div class="article__body">(.*?)</div>', html, re.S).group(1)


def test_a_classic_post_arrives_with_every_field(imported, client):
    article = Article.objects.get(slug="hoi-nghi-tong-ket")
    assert article.title == "Hội nghị tổng kết công tác xây dựng Đảng năm 2021"
    assert article.status == Status.PUBLISHED and article.is_featured
    assert article.publish_at == datetime.datetime(2021, 10, 24, 18, 30, tzinfo=datetime.UTC)
    assert article.category.name == "Hoạt động" and article.category.parent.name == "Tin tức"
    assert [tag.name for tag in article.tags.all()] == ["Đảng viên"]
    assert article.lead == "Ngày 15-10, Đảng ủy Khối tổ chức hội nghị tổng kết công tác năm 2021."
    assert article.source == "Báo Nam Định" and article.author_name == "Minh Anh"
    # One stored copy for the featured image and the same picture in the body.
    assert (
        Path(article.image.name).stem in article.body and article.image_alt == "Quang cảnh hội nghị"
    )
    assert article.image_caption == "Các đại biểu" and article.image_renditions["webp"]

    html = page(client, article.get_absolute_url())
    assert "Thứ 2, Ngày 25/10/2021" in html  # 18:30 UTC on the 24th is the 25th in Vietnam
    assert html.count("Theo Báo Nam Định") == 1 and "Theo Báo Nam Định," not in html
    assert "Ngày 15-10, Đảng ủy Khối" in html and "Ngày 15-10" not in body_of(html)
    # Blank lines became paragraphs, a single newline a line break.
    assert "<p>Hội nghị đánh giá kết quả nổi bật:<br>" in html
    figure = re.search(r'<figure class="image">(.*?)</figure>', html, re.S).group(1)
    assert "<figcaption>Các đại biểu dự hội nghị</figcaption>" in figure
    assert 'src="/media/renditions/editor/' in figure and 'alt="Quang cảnh hội nghị"' in figure
    assert 'srcset="/media/renditions/' in figure and 'width="900"' in figure
    # Links to the old site point to the new pages and to the imported copy of the file.
    assert 'href="/bai-viet/dai-hoi-doan/"' in html
    assert 'href="/chuyen-muc/hoat-dong/"' in html
    pdf = re.search(r'href="(/media/files/[^"]+\.pdf)"', html).group(1)
    assert client.get(pdf).status_code == 200
    assert "old.example.vn" not in html
    assert "<picture>" in html  # the featured image
    assert 'href="/tu-khoa/dang-vien/"' in html
    assert "Hội nghị tổng kết công tác" in page(client, "/chuyen-muc/hoat-dong/")
    assert "Hội nghị tổng kết công tác" in page(client, "/tim-kiem/?q=hoi nghi tong ket")


def test_a_block_editor_post_with_shortcodes(imported, client):
    article = Article.objects.get(slug="dai-hoi-doan")
    assert article.lead == "Đại hội Đoàn Thanh niên nhiệm kỳ 2022-2027 diễn ra thành công."
    assert article.lead not in article.body  # the excerpt is the lead, shown once
    assert "wp:" not in article.body and "<!--" not in article.body
    assert article.body.count('<figure class="image">') == 2  # [gallery ids="50,51"]
    assert 'alt="Đại biểu biểu quyết"' in article.body
    assert '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"' in article.body  # [embed]
    assert "contact-form-7" not in article.body and "[vc_" not in article.body
    assert "Chữ trong khung bố cục." in article.body
    assert "Bấm [Xem thêm] để đọc tiếp." in article.body  # text, not a shortcode
    assert "other.example.com" not in article.body  # an image from elsewhere is dropped
    assert article.source == "TTXVN" and "Theo TTXVN" not in article.body
    assert article.category.slug == "tin-tuc"  # the first of its two categories
    assert sorted(t.name for t in article.tags.all()) == ["Thanh niên", "Đảng viên"]
    assert article.author_name == "Cộng tác viên Thu Hà"
    assert "Bài thuộc nhiều chuyên mục" in imported
    assert "[gallery]: 1" in imported and "[contact-form-7]: 1" in imported
    assert "Bình luận không nhập" in imported
    html = page(client, article.get_absolute_url())
    assert article.lead in html and "nhiệm kỳ 2022-2027" not in body_of(html)


def test_statuses_become_the_portals(imported, client, staff_client):
    status = dict(Article.objects.values_list("title", "status"))
    assert status["Bài hẹn giờ"] == Status.PUBLISHED
    assert status["Bài nháp"] == Status.DRAFT
    assert status["Bài chờ duyệt"] == Status.REVIEW
    assert status["Bài riêng tư"] == Status.DRAFT
    assert status["Bài có mật khẩu"] == Status.DRAFT
    assert not {"Bài trong thùng rác", "Bản sửa đổi", "Trang chủ", "Sản phẩm"} & set(status)
    scheduled = Article.objects.get(title="Bài hẹn giờ")
    assert scheduled.is_scheduled
    assert client.get(scheduled.get_absolute_url()).status_code == 404
    assert "bài đã hẹn giờ" in page(staff_client, scheduled.get_absolute_url())
    draft = Article.objects.get(title="Bài nháp")
    assert draft.publish_at == datetime.datetime(2021, 11, 1, 2, 0, tzinfo=datetime.UTC)
    secret = Article.objects.get(title="Bài có mật khẩu")
    assert client.get(secret.get_absolute_url()).status_code == 404
    assert not SearchEntry.objects.filter(object_id=secret.pk).exists()
    assert "Bài có mật khẩu [mã 18]: có mật khẩu" in imported
    assert "Bài riêng tư [mã 17]: riêng tư" in imported
    assert "Bỏ qua 1: bài trong thùng rác" in imported
    for post_type in ("revision: 1", "nav_menu_item: 1", "product: 1"):
        assert post_type in imported
    intro = Page.objects.get()
    assert intro.title == "Giới thiệu" and intro.status == Status.PUBLISHED and intro.order == 3
    html = page(client, "/trang/gioi-thieu/")
    assert "<p>Đảng bộ Khối được thành lập năm 1999.</p>" in html and "159 tổ chức" in html


def test_utf8_and_very_long_titles(imported, client):
    long = Article.objects.get(slug__startswith="tieu-de-dai")
    assert len(long.title) <= 255 and long.title.endswith("…")
    assert LONG_TITLE.startswith(long.title[:-1])
    assert "Tiêu đề dài quá 255 ký tự, đã cắt" in imported
    page(client, long.get_absolute_url())
    utf8 = Article.objects.get(title=UTF8_TITLE)
    assert utf8.slug == "dang-uy"  # WordPress's percent-encoded "đang-uy"
    assert UTF8_TITLE.replace("“", "&ldquo;") in page(client, utf8.get_absolute_url()) or (
        UTF8_TITLE in page(client, utf8.get_absolute_url())
    )
    # Its featured image is missing from the folder: reported, the post imported without it.
    assert "2021/10/thieu.jpg" in imported and not long.image


def test_old_addresses_answer_with_301(imported, client):
    article = Article.objects.get(slug="hoi-nghi-tong-ket")
    for old in (
        "/?p=12",
        "/index.php?p=12",
        "/?p=12&utm_source=zalo",
        "/2021/10/25/hoi-nghi-tong-ket/",
        "/2021/10/25/hoi-nghi-tong-ket",
    ):
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == article.get_absolute_url()
    assert client.get("/?page_id=22")["Location"] == "/trang/gioi-thieu/"
    assert client.get("/gioi-thieu/")["Location"] == "/trang/gioi-thieu/"
    assert client.get("/category/tin-tuc/hoat-dong/")["Location"] == "/chuyen-muc/hoat-dong/"
    assert client.get("/?cat=5")["Location"] == "/chuyen-muc/thong-bao/"
    assert client.get("/tag/thanh-nien/")["Location"] == "/tu-khoa/thanh-nien/"
    image = client.get("/wp-content/uploads/2021/10/anh-hoi-nghi.jpg")
    assert image.status_code == 301 and image["Location"].startswith("/media/")
    assert client.get(image["Location"]).status_code == 200
    # A draft's address leads nowhere: its title is not given away.
    assert client.get("/?p=15").status_code == 200  # the home page, not a redirect
    assert client.get("/2021/11/01/mat-khau/").status_code == 404


def test_running_again_updates_instead_of_duplicating(uploads, write_export, run_import):
    path = write_export(archive())
    run_import("import_wordpress", path, media=str(uploads))
    counts = [m.objects.count() for m in (Article, Page, Category, Tag, Redirect, ImportedItem)]
    files = sorted(p.name for p in (uploads.parent / "media").rglob("*") if p.is_file())

    again = run_import("import_wordpress", path, media=str(uploads))
    assert "Nhập xong: 0 tạo mới, 0 cập nhật" in again
    assert [
        m.objects.count() for m in (Article, Page, Category, Tag, Redirect, ImportedItem)
    ] == counts
    assert sorted(p.name for p in (uploads.parent / "media").rglob("*") if p.is_file()) == files

    # The export changed on the old site: the item is updated in place, its address kept.
    changed = archive().replace("Đại hội Đoàn Thanh niên</title>", "Đại hội Đoàn TNCS</title>")
    report = run_import("import_wordpress", write_export(changed, "v2.xml"), media=str(uploads))
    assert "Bài viết: 1 cập nhật" in report
    article = Article.objects.get(slug="dai-hoi-doan")
    assert article.title == "Đại hội Đoàn TNCS"
    assert Article.objects.count() == counts[0]

    # Edited on the portal since: left alone, unless --overwrite.
    article.lead = "Sapo do biên tập viên viết lại."
    article.save()
    changed = changed.replace("Đại hội Đoàn TNCS</title>", "Đại hội Đoàn lần thứ XII</title>")
    path = write_export(changed, "v3.xml")
    report = run_import("import_wordpress", path, media=str(uploads))
    assert "đã được sửa trên cổng sau lần nhập trước" in report
    assert Article.objects.get(pk=article.pk).lead == "Sapo do biên tập viên viết lại."
    run_import("import_wordpress", path, media=str(uploads), overwrite=True)
    assert Article.objects.get(pk=article.pk).title == "Đại hội Đoàn lần thứ XII"


def test_dry_run_writes_nothing(uploads, write_export, run_import, settings):
    report = run_import(
        "import_wordpress", write_export(archive()), media=str(uploads), dry_run=True
    )
    assert report.startswith("CHẠY THỬ: không có gì được ghi.")
    assert "Bài viết: 9 tạo mới" in report and "Trang: 1 tạo mới" in report
    for model in (Article, Page, Category, Tag, Redirect, ImportedItem, ImportRun):
        assert not model.objects.exists(), model
    assert not get_user_model().objects.exists()
    media = settings.MEDIA_ROOT
    assert not media.exists() or not any(p.is_file() for p in media.rglob("*"))


def test_files_fetched_from_the_old_site_over_http(old_site, write_export, run_import):
    root, base = old_site
    folder = root / "wp-content/uploads/2021/10"
    folder.mkdir(parents=True)
    (folder / "anh-hoi-nghi.jpg").write_bytes(image_bytes("JPEG", size=(800, 500)))
    (folder / "gia-anh.jpg").write_bytes(b"<html>trang loi</html>")
    body = (
        f'<p><img src="{base}/wp-content/uploads/2021/10/anh-hoi-nghi.jpg" alt="Hội nghị"></p>'
        f'<p><img src="{base}/wp-content/uploads/2021/10/gia-anh.jpg" alt="Giả"></p>'
        f'<p><img src="{base}/wp-content/uploads/2021/10/khong-co.jpg" alt="Không có"></p>'
        f'<p><img src="{base}/wp-content/uploads/2021/10/sang-noi-khac.jpg" alt="Nơi khác"></p>'
    )
    text = export([Item(1, "Bài có ảnh tải về", body, name="bai-co-anh")], base=base)
    report = run_import("import_wordpress", write_export(text), fetch_media=True)
    article = Article.objects.get()
    assert article.body.count("<img") == 1 and 'alt="Hội nghị"' in article.body
    assert "không phải là ảnh JPEG" in report
    assert "trang cũ trả lời mã 404" in report
    assert "chuyển hướng sang nơi khác" in report
    # Without --fetch-media nothing is requested: the files are reported missing.
    report = run_import("import_wordpress", write_export(text, "b.xml"), overwrite=True)
    assert "không có trong thư mục tệp đã cho (--media)" in report


def test_author_map_links_posts_to_staff_accounts(
    uploads, write_export, run_import, tmp_path, staff_user
):
    mapping = tmp_path / "tac-gia.toml"
    mapping.write_text('admin = "bientapvien"\nctv = "thuha"\n', encoding="utf-8")
    report = run_import(
        "import_wordpress", write_export(archive()), media=str(uploads), author_map=str(mapping)
    )
    assert Article.objects.get(slug="hoi-nghi-tong-ket").created_by == staff_user
    new = get_user_model().objects.get(username="thuha")
    assert not new.has_usable_password() and not new.is_staff
    assert Article.objects.get(slug="dai-hoi-doan").created_by == new
    assert "Tài khoản mới cho tác giả" in report


@pytest.mark.parametrize("version", ["1.0", "1.1", "1.2"])
def test_every_wxr_version(version, write_export, run_import):
    text = export(
        [Item(7, "Bài từ WXR cũ", "Nội dung.", name="bai-wxr", excerpt="Sapo cũ.")], version=version
    )
    run_import("import_wordpress", write_export(text))
    article = Article.objects.get()
    assert (article.title, article.lead, article.body) == (
        "Bài từ WXR cũ",
        "Sapo cũ.",
        "<p>Nội dung.</p>",
    )


def test_staff_see_imported_items_and_the_report_in_the_admin(imported, staff_client, admin_client):
    article = Article.objects.get(slug="hoi-nghi-tong-ket")
    html = page(staff_client, reverse("admin:articles_article_changelist"))
    assert article.title in html and "Đại hội Đoàn Thanh niên" in html
    form = page(staff_client, reverse("admin:articles_article_change", args=[article.pk]))
    for value in (article.lead, "Báo Nam Định", "Minh Anh", "Quang cảnh hội nghị"):
        assert value in form
    assert f'<option value="{article.category.pk}" selected>' in form
    run = ImportRun.objects.get()
    assert run.counts["created"] > 0 and run.source.endswith("export.xml")
    html = page(admin_client, reverse("admin:importers_importrun_changelist"))
    assert "WordPress" in html
    html = page(admin_client, reverse("admin:importers_importrun_change", args=[run.pk]))
    assert "Bài có mật khẩu [mã 18]: có mật khẩu" in html
    html = page(admin_client, reverse("admin:redirects_redirect_changelist") + "?q=p%3D12")
    assert "/?p=12" in html and "/bai-viet/hoi-nghi-tong-ket/" in html


def test_imported_articles_show_at_once_on_cached_pages(
    uploads, write_export, run_import, client, settings
):
    from news import cache as content
    from news.models import Change

    settings.PAGE_CACHE = True
    first = export([Item(1, "Bài đầu tiên", "Nội dung.", name="dau-tien")], categories=CATEGORIES)
    run_import("import_wordpress", write_export(first, "first.xml"))
    client.get("/")
    assert client.get("/")["X-Page-Cache"] == "hit"
    before = Change.objects.count()
    run_import("import_wordpress", write_export(archive()), media=str(uploads))
    # One refresh of everything for the whole run, not one change per item.
    assert list(Change.objects.values_list("tag", flat=True)[before:]) == [content.ALL]
    response = client.get("/")
    assert response["X-Page-Cache"] == "miss"
    assert "Hội nghị tổng kết công tác" in response.content.decode()


def test_an_export_with_new_ids_finds_its_items_by_guid(write_export, run_import):
    text = export([Item(7, "Bài chuyển máy chủ", "Nội dung.", name="chuyen-may-chu")])
    run_import("import_wordpress", write_export(text))
    moved = text.replace("<wp:post_id>7</wp:post_id>", "<wp:post_id>70</wp:post_id>")
    report = run_import("import_wordpress", write_export(moved, "moved.xml"))
    assert "Bài viết: 1 cập nhật" in report and Article.objects.count() == 1
