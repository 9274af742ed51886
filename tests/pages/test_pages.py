import pytest
from django.core.management import call_command

from news.pages.models import Page
from tests.factories import make_category, make_page

pytestmark = pytest.mark.django_db


def menu(client, url="/"):
    html = client.get(url).content.decode()
    return html.split('<ul class="main-menu__list"')[1].split("</nav>")[0]


def test_a_published_page_is_public_and_drafts_are_404(client):
    page = make_page("Giới thiệu", body="<h2>Chức năng, nhiệm vụ</h2><p>Lãnh đạo...</p>")
    draft = make_page("Trang đang soạn", published=False)
    scheduled = make_page("Trang hẹn giờ", publish_at=page.publish_at.replace(year=2999))
    response = client.get("/trang/gioi-thieu/")
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        '<h1 class="page-title">Giới thiệu</h1>' in html and "<h2>Chức năng, nhiệm vụ</h2>" in html
    )
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert client.get(scheduled.get_absolute_url()).status_code == 404


def test_staff_preview_a_draft_page(client, django_user_model):
    page = make_page("Trang đang soạn", published=False)
    client.force_login(django_user_model.objects.create_superuser("qt", password="x" * 16))
    response = client.get(page.get_absolute_url())
    assert response.status_code == 200 and "Bản xem trước" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_pages_and_categories_share_the_menu_in_their_order(client):
    make_category("Tin tức - Sự kiện", order=1)
    make_category("Xây dựng Đảng", order=2)
    make_page("Giới thiệu", order=0)
    make_page("Liên hệ", order=90)
    make_page("Ẩn khỏi trình đơn", order=3, show_in_menu=False)
    make_page("Bản nháp", order=4, published=False)
    items = menu(client)
    names = ["Giới thiệu", "Tin tức - Sự kiện", "Xây dựng Đảng", "Văn bản", "Liên hệ"]
    positions = [items.index(f">{name}</a>") for name in names]
    assert positions == sorted(positions)
    assert "Ẩn khỏi trình đơn" not in items and "Bản nháp" not in items


def test_a_new_page_appears_in_the_menu_at_once(client):
    assert "Liên hệ" not in menu(client)  # the menu is now cached
    make_page("Liên hệ", order=90)
    assert 'href="/trang/lien-he/" aria-current="page">Liên hệ</a>' in menu(
        client, "/trang/lien-he/"
    )


def test_the_english_page_is_marked_as_english(client):
    make_page("English", language="en", body="<p>Welcome to the web portal.</p>", order=91)
    html = client.get("/trang/english/").content.decode()
    assert '<article class="article" lang="en">' in html
    assert 'href="/trang/english/" lang="en"' in html


def test_a_page_body_is_sanitized():
    page = make_page(body='<p onclick="x()">Liên hệ</p><script>alert(1)</script>')
    page.refresh_from_db()
    assert page.body == "<p>Liên hệ</p>"


def test_demo_pages_are_loaded(client):
    call_command("load_demo")
    assert set(Page.objects.published().values_list("slug", flat=True)) >= {
        "gioi-thieu",
        "lien-he",
        "english",
    }
    html = client.get("/trang/lien-he/").content.decode()
    assert "0228 3845 126" in html
    assert "Party Committee" in client.get("/trang/english/").content.decode()


def test_query_count_does_not_grow_with_the_number_of_pages(client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    counts = []
    for total in (2, 40):
        while Page.objects.count() < total:
            make_page(order=Page.objects.count())
        url = Page.objects.first().get_absolute_url()
        client.get(url)
        with CaptureQueriesContext(connection) as context:
            assert client.get(url).status_code == 200
        counts.append(len(context))
    assert counts[0] == counts[1]
