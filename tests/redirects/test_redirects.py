"""Old addresses: 301 to the new page, at no cost to the pages that exist; the admin's
redirects, CSV upload and 404 list; and redirects left behind when an address changes."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from news.articles.models import Tag
from portal.redirects.models import MissingAddress, Redirect
from tests.conftest import make_staff
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def redirect_to(old, new, **fields):
    from portal.redirects import addresses

    path, query = addresses.split(old)
    return Redirect.objects.create(old_path=path, old_query=query, target_url=new, **fields)


def lookups(client, url):
    """The queries of one request that read the redirects table."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return response, [q["sql"] for q in queries if "redirects_" in q["sql"]]


def test_pages_that_exist_look_nothing_up(client):
    article = make_article("Bài có thật")
    redirect_to("/tin-cu.html", article.get_absolute_url())
    for url in ("/", article.get_absolute_url(), "/tim-kiem/?q=bai", "/?page=2"):
        response, queries = lookups(client, url)
        assert response.status_code == 200 and queries == [], url


def test_an_old_address_answers_301_and_counts_its_use(client, settings):
    settings.PAGE_CACHE = True
    article = make_article("Bài chuyển về")
    redirect = redirect_to("/tin-cu.html", article.get_absolute_url())
    response = client.get("/tin-cu.html")
    assert response.status_code == 301 and response["Location"] == article.get_absolute_url()
    assert "public" in response["Cache-Control"]
    redirect.refresh_from_db()
    assert redirect.hits == 1 and redirect.last_hit_at is not None
    client.cookies["sessionid"] = "x"
    assert "private" in client.get("/tin-cu.html")["Cache-Control"]


def test_an_old_parameter_is_looked_up_even_on_a_live_page(client, settings):
    settings.PAGE_CACHE = True
    article = make_article("Bài số 5")
    redirect_to("/?p=5", article.get_absolute_url())
    assert client.get("/?p=5")["Location"] == article.get_absolute_url()
    assert client.get("/index.php?p=5&fbclid=abc")["Location"] == article.get_absolute_url()
    # A redirect added later acts at once, though the page cache keeps the home page that
    # "/?p=6" was answered with.
    assert client.get("/?p=6").status_code == 200
    assert client.get("/?p=6")["X-Page-Cache"] == "hit"
    redirect_to("/?p=6", article.get_absolute_url())
    assert client.get("/?p=6").status_code == 301


def test_case_order_and_extra_parameters_do_not_matter(client):
    redirect_to("http://cu.gov.vn/TinTuc/ChiTiet.aspx?ID=7", "/bai-viet/thong-bao/")
    redirect_to("/index.php?option=com_content&id=45", "/trang/gioi-thieu/")
    assert client.get("/tintuc/chitiet.aspx?id=7&lang=vi&utm_source=zalo").status_code == 301
    response = client.get("/index.php?Itemid=3&id=45:gioi-thieu&option=com_content")
    assert response["Location"] == "/trang/gioi-thieu/"
    assert client.get("/tintuc/chitiet.aspx?id=8").status_code == 404


def test_no_redirect_to_what_readers_may_not_see(client):
    draft = make_article("Bài nháp bí mật", published=False)
    Redirect.objects.create(
        old_path="/nhap-cu",
        content_type=ContentType.objects.get_for_model(draft),
        object_id=draft.pk,
    )
    response = client.get("/nhap-cu")
    assert response.status_code == 404 and "bai-nhap-bi-mat" not in response.content.decode()
    draft.delete()
    assert not Redirect.objects.exists()
    redirect_to("/vong-lap", "/vong-lap/")
    assert client.get("/vong-lap").status_code == 404


def test_the_404_list_leads_to_a_new_redirect(client, admin_client):
    for _ in range(3):
        client.get("/tin-tuc/bai-hong.html", HTTP_REFERER="https://baokhac.vn/tin")
    client.get("/mot-lan.html")
    missing = MissingAddress.objects.get(path="/tin-tuc/bai-hong.html")
    assert missing.hits == 3 and missing.referer == "https://baokhac.vn/tin"
    html = admin_client.get(reverse("admin:redirects_missingaddress_changelist")).content.decode()
    assert html.index("/tin-tuc/bai-hong.html") < html.index("/mot-lan.html")
    add = reverse("admin:redirects_redirect_add") + "?old_address=%2Ftin-tuc%2Fbai-hong.html"
    assert add.replace("&", "&amp;") in html
    form = admin_client.get(add).content.decode()
    assert 'value="/tin-tuc/bai-hong.html"' in form
    article = make_article("Bài đúng")
    response = admin_client.post(
        add, {"old_address": "/tin-tuc/bai-hong.html", "target_url": article.get_absolute_url()}
    )
    assert response.status_code == 302
    assert not MissingAddress.objects.filter(path="/tin-tuc/bai-hong.html").exists()
    assert client.get("/tin-tuc/bai-hong.html")["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(
    ("old", "target", "error"),
    [
        ("/cu", "bai-viet/moi", "phải bắt đầu bằng / hoặc http"),
        ("/cu", "javascript:alert(1)", "phải bắt đầu bằng / hoặc http"),
        ("/cu", "/cu/", "trùng địa chỉ cũ"),
        ("/", "/bai-viet/x/", "Không chuyển hướng trang chủ"),
        ("/da-co", "/bai-viet/x/", "đã có chuyển hướng"),
    ],
)
def test_the_admin_form_says_what_is_wrong(admin_client, old, target, error):
    redirect_to("/da-co", "/bai-viet/y/")
    response = admin_client.post(
        reverse("admin:redirects_redirect_add"), {"old_address": old, "target_url": target}
    )
    assert response.status_code == 200 and error in response.content.decode()
    assert Redirect.objects.count() == 1


def upload(admin_client, data):
    return admin_client.post(
        reverse("admin:redirects_redirect_upload"),
        {"file": SimpleUploadedFile("chuyen-huong.csv", data, "text/csv")},
        follow=True,
    ).content.decode()


def test_csv_upload_adds_and_replaces_redirects(admin_client, client):
    redirect_to("/?p=1", "/bai-viet/cu/")
    text = (
        "\ufeffĐịa chỉ cũ;Địa chỉ mới\n"
        "/?p=1;/bai-viet/moi/\n"
        "/TinTuc/ChiTiet.aspx?ID=7;/bai-viet/thong-bao/\n"
        "http://cu.gov.vn/index.php?option=com_content&id=45;https://chinhphu.vn/\n"
    )
    html = upload(admin_client, text.encode("utf-8"))
    assert "Đã thêm 2 và cập nhật 1 chuyển hướng." in html
    assert client.get("/?p=1")["Location"] == "/bai-viet/moi/"
    assert client.get("/tintuc/chitiet.aspx?id=7")["Location"] == "/bai-viet/thong-bao/"
    assert client.get("/index.php?option=com_content&id=45")["Location"] == "https://chinhphu.vn/"


def test_a_csv_with_bad_lines_saves_none_and_names_them(admin_client):
    text = "/a,/bai-viet/a/\n/b,khong-hop-le\n/a,/bai-viet/c/\n/d\n/,/bai-viet/e/\n"
    html = upload(admin_client, text.encode())
    assert "Dòng 2: địa chỉ mới phải bắt đầu bằng /" in html
    assert "Dòng 3: địa chỉ cũ đã có ở dòng 1." in html
    assert "Dòng 4: cần hai cột" in html and "Dòng 5: không chuyển hướng trang chủ." in html
    assert not Redirect.objects.exists()


def test_the_changelist_offers_the_upload(admin_client):
    html = admin_client.get(reverse("admin:redirects_redirect_changelist")).content.decode()
    assert reverse("admin:redirects_redirect_upload") in html and "Tải lên tệp CSV" in html


def test_only_administrators_manage_redirects(client):
    from portal.roles import ADMINISTRATOR, EDITOR

    editor = make_staff("bientap", EDITOR)
    client.force_login(editor)
    assert client.get(reverse("admin:redirects_redirect_changelist")).status_code == 403
    client.force_login(make_staff("quantri2", ADMINISTRATOR))
    home = client.get(reverse("admin:index")).content.decode()
    assert "Địa chỉ cũ" in home and "Nhập dữ liệu từ trang cũ" in home
    assert client.get(reverse("admin:redirects_redirect_changelist")).status_code == 200
    assert client.get(reverse("admin:redirects_missingaddress_changelist")).status_code == 200


# Addresses that change -------------------------------------------------------------------


def test_a_category_moved_in_the_admin_leaves_a_redirect(admin_client, client):
    category = make_category("Tin hoạt động")
    make_article("Bài trong chuyên mục", category=category)
    old = category.get_absolute_url()
    response = admin_client.post(
        reverse("admin:articles_category_change", args=[category.pk]),
        {"name": "Tin hoạt động", "slug": "hoat-dong-co-so", "order": 0, "show_in_menu": "on"},
    )
    assert response.status_code == 302
    response = client.get(old)
    assert response.status_code == 301 and response["Location"] == "/chuyen-muc/hoat-dong-co-so/"
    assert Redirect.objects.get().origin == Redirect.Origin.MOVE


def test_any_save_that_moves_a_published_item_leaves_a_redirect(client):
    article = make_article("Tiêu đề cũ")
    manual = redirect_to("/tin-rat-cu.html", article.get_absolute_url())
    old = article.get_absolute_url()
    article.slug = "tieu-de-moi"
    article.save()
    assert client.get(old)["Location"] == "/bai-viet/tieu-de-moi/"
    manual.refresh_from_db()
    assert manual.target_url == "/bai-viet/tieu-de-moi/"  # straight there, no chain
    article.slug = "tieu-de-cu"
    article.save()  # and back: the old address is a page again, no loop
    assert client.get(old).status_code == 200
    assert client.get("/bai-viet/tieu-de-moi/")["Location"] == old
    tag = Tag.objects.create(name="Thanh nien")
    tag.name = "Thanh niên tình nguyện"
    tag.save()
    assert client.get("/tu-khoa/thanh-nien/")["Location"] == "/tu-khoa/thanh-nien-tinh-nguyen/"


def test_a_draft_that_moves_leaves_nothing_behind():
    draft = make_article("Bản nháp", published=False)
    draft.slug = "ban-nhap-moi"
    draft.save()
    assert not Redirect.objects.exists()


def test_a_full_404_list_takes_no_new_address(client, settings):
    settings.REDIRECT_MISSING_LIMIT = 2
    for url in ("/a-1", "/a-2", "/a-3", "/a-1"):
        client.get(url)
    assert dict(MissingAddress.objects.values_list("path", "hits")) == {"/a-1": 2, "/a-2": 1}
