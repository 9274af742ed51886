"""The newsroom's path: write, publish, upload, through the real admin views."""

import json

import pytest
from django.urls import reverse
from django.utils import timezone

from news.articles.models import Article
from news.publishing import Status
from tests.factories import image_bytes, image_upload, make_article, make_category, png_declaring

pytestmark = pytest.mark.django_db


def article_form(category, **fields):
    now = timezone.localtime()
    data = {
        "title": "Hội nghị sơ kết công tác Đảng quý III",
        "slug": "",
        "category": category.pk,
        "lead": "Sáng nay, Đảng ủy Khối tổ chức hội nghị sơ kết.",
        "body": "<p>Nội dung <strong>hội nghị</strong>.</p><script>alert(1)</script>",
        "image_alt": "",
        "image_caption": "",
        "status": Status.DRAFT,
        "publish_at_0": now.strftime("%d/%m/%Y"),
        "publish_at_1": now.strftime("%H:%M:%S"),
        "source": "Báo Nam Định",
        "author_name": "Thu Hà",
        # Editors' form holds the home page pins (an inline): none here.
        "pins-TOTAL_FORMS": "0",
        "pins-INITIAL_FORMS": "0",
    }
    data.update(fields)
    return data


def test_staff_writes_a_draft_then_publishes_it(staff_client, staff_user, client):
    category = make_category("Tin tức - Sự kiện")
    response = staff_client.post(reverse("admin:articles_article_add"), article_form(category))
    assert response.status_code == 302, response.content.decode()[:2000]
    article = Article.objects.get()
    assert article.slug == "hoi-nghi-so-ket-cong-tac-dang-quy-iii"
    assert article.created_by == staff_user
    assert article.body == "<p>Nội dung <strong>hội nghị</strong>.</p>"
    assert client.get(article.get_absolute_url()).status_code == 404

    response = staff_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
        follow=True,
    )
    assert "Đã xuất bản 1 bài viết." in response.content.decode()
    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert "Theo Báo Nam Định" in page.content.decode()


def test_publishing_shows_on_the_home_page_at_once(staff_client, client):
    article = make_article("Tin sắp đăng", published=False)
    assert article.title not in client.get("/").content.decode()
    staff_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    assert article.title in client.get("/").content.decode()


def test_unpublish_action_takes_an_article_off_the_site(staff_client, client):
    article = make_article()
    staff_client.post(
        reverse("admin:articles_article_changelist"),
        {"action": "unpublish", "_selected_action": [article.pk]},
    )
    assert client.get(article.get_absolute_url()).status_code == 404


def test_featured_image_needs_alt_text_and_bad_files_get_a_vietnamese_message(staff_client):
    category = make_category()
    url = reverse("admin:articles_article_add")
    response = staff_client.post(url, article_form(category, image=image_upload()))
    assert response.status_code == 200
    assert "Hãy mô tả ảnh đại diện" in response.content.decode()

    pdf = image_upload("anh.jpg")
    pdf.file.seek(0)
    pdf.file.truncate()
    pdf.file.write(b"%PDF-1.4 not an image")
    pdf.file.seek(0)
    pdf.size = 21
    response = staff_client.post(url, article_form(category, image=pdf, image_alt="Ảnh"))
    assert response.status_code == 200
    assert "không phải là ảnh JPEG, PNG, WebP hoặc GIF" in response.content.decode()
    assert not Article.objects.exists()


def test_slug_cannot_move_once_published(staff_client):
    article = make_article("Bài đã đăng")
    response = staff_client.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert 'name="slug"' not in response.content.decode()


def test_changelist_filters_and_search_work(staff_client):
    make_article("Đại hội Đoàn Thanh niên")
    make_article("Hội thao công đoàn", published=False)
    url = reverse("admin:articles_article_changelist")
    html = staff_client.get(url, {"q": "Đoàn Thanh niên"}).content.decode()
    assert "Đại hội Đoàn Thanh niên" in html and "Hội thao công đoàn" not in html
    html = staff_client.get(url, {"status__exact": "draft"}).content.decode()
    assert "Hội thao công đoàn" in html and "Đại hội Đoàn Thanh niên" not in html


def test_admin_speaks_vietnamese(staff_client):
    html = staff_client.get(reverse("admin:articles_article_add")).content.decode()
    assert "Thêm bài viết" in html
    assert "Sapo" in html or "sapo" in html
    assert "django_ckeditor_5/dist/translations/vi.js" in html


# The editor's own image upload -------------------------------------------------------------


def editor_upload(client, upload):
    response = client.post(reverse("editor_upload"), {"upload": upload})
    return response.status_code, json.loads(response.content)


def test_editor_upload_stores_a_re_encoded_image_and_its_renditions(staff_client, settings):
    upload = image_upload("Ảnh đẹp.png", "PNG", size=(1000, 700))
    status, body = editor_upload(staff_client, upload)
    assert status == 200
    urls = body["urls"]
    # The editor puts "default" in src and the numbered widths in srcset.
    assert urls["default"].startswith("/media/renditions/editor/")
    assert urls["default"].endswith("-1000.png") and "anh-dep-" in urls["default"]
    assert sorted(int(width) for width in urls if width != "default") == [240, 480, 800, 1000]
    assert all(urls[width].endswith(f"-{width}.webp") for width in ("240", "480", "800"))
    with (settings.MEDIA_ROOT / urls["480"].removeprefix("/media/")).open("rb") as stored:
        assert stored.read(12)[8:] == b"WEBP"


def test_editor_upload_refuses_a_bomb_with_a_message_the_editor_shows(staff_client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    bomb = SimpleUploadedFile("bom.png", png_declaring(20000, 20000), "image/png")
    status, body = editor_upload(staff_client, bomb)
    assert status == 400
    assert "điểm ảnh" in body["error"]["message"]


def test_editor_upload_is_for_staff_who_may_write_articles(client, django_user_model):
    status = client.post(reverse("editor_upload"), {"upload": image_upload()}).status_code
    assert status == 302  # to the login page
    reader = django_user_model.objects.create_user("docgia", password="x" * 12, is_staff=True)
    client.force_login(reader)
    status, body = editor_upload(client, image_upload())
    assert status == 403
    assert "không có quyền" in body["error"]["message"]


def test_editor_upload_rejects_get(staff_client):
    assert staff_client.get(reverse("editor_upload")).status_code == 405


def test_image_bytes_helper_makes_real_images():
    assert image_bytes("WEBP")[:4] == b"RIFF"
