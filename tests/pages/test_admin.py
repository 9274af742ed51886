"""Images in rich text must be described: the admin refuses a body whose image has no alt."""

import pytest

from news.articles.models import Article
from news.pages.models import Page
from tests.factories import make_category

pytestmark = pytest.mark.django_db

IMAGE = '<figure class="image"><img src="/media/editor/2021/10/so-do.png"{alt}></figure>'


@pytest.fixture
def admin_client(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("qt", password="x" * 16))
    return client


def page_form(body):
    return {
        "title": "Giới thiệu",
        "slug": "",
        "language": "vi",
        "body": body,
        "order": "0",
        "show_in_menu": "on",
        "status": "published",
        "publish_at_0": "10/06/2021",
        "publish_at_1": "08:00",
    }


@pytest.mark.parametrize("alt", ["", ' alt=""', ' alt="  "'])
def test_a_page_with_an_image_without_alt_is_refused(admin_client, alt):
    response = admin_client.post("/admin/pages/page/add/", page_form(IMAGE.format(alt=alt)))
    assert response.status_code == 200
    assert "Có 1 ảnh trong nội dung chưa có mô tả (alt)" in response.content.decode()
    assert not Page.objects.exists()


def test_a_page_with_described_images_is_saved(admin_client):
    body = "<p>Sơ đồ tổ chức:</p>" + IMAGE.format(alt=' alt="Sơ đồ tổ chức Đảng ủy Khối"')
    response = admin_client.post("/admin/pages/page/add/", page_form(body))
    assert response.status_code == 302
    assert 'alt="Sơ đồ tổ chức Đảng ủy Khối"' in Page.objects.get().body


def test_an_article_with_an_image_without_alt_is_refused(admin_client):
    category = make_category()
    response = admin_client.post(
        "/admin/articles/article/add/",
        {
            "title": "Hội nghị",
            "slug": "",
            "category": category.pk,
            "lead": "",
            "body": IMAGE.format(alt="") + IMAGE.format(alt=""),
            "status": "draft",
            "publish_at_0": "10/06/2021",
            "publish_at_1": "08:00",
            "source": "",
            "author_name": "",
        },
    )
    assert "Có 2 ảnh trong nội dung chưa có mô tả (alt)" in response.content.decode()
    assert not Article.objects.exists()


def test_a_page_editor_may_upload_images_for_the_page_body(client, django_user_model):
    from django.contrib.auth.models import Permission

    from tests.factories import image_upload

    editor = django_user_model.objects.create_user("trang", password="x" * 16, is_staff=True)
    client.force_login(editor)
    refused = client.post("/editor/upload/", {"upload": image_upload("so-do.png", "PNG")})
    assert refused.status_code == 403
    editor.user_permissions.set(Permission.objects.filter(codename="change_page"))
    response = client.post("/editor/upload/", {"upload": image_upload("so-do.png", "PNG")})
    assert response.status_code == 200 and response.json()["urls"]["default"].endswith(".png")
