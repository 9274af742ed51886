"""The media library in Chromium: a reporter reuses an image as a featured image and inside the
body, an editor marks its focal point and the cards follow; a used file cannot be deleted."""

import pytest
from django.core.files.storage import default_storage
from playwright.sync_api import expect

from news.articles.models import Article
from news.models import MediaFile, MediaUse
from portal import roles
from tests.browser.test_review_workflow import sign_in
from tests.conftest import make_staff
from tests.factories import make_article, make_category
from tests.test_library import is_red, pixel, two_colour_upload

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# Every policy violation the page meets, kept for the test to read.
WATCH_POLICY = """
window.__csp = [];
document.addEventListener("securitypolicyviolation", function (event) {
  window.__csp.push(event.violatedDirective + " " + event.blockedURI);
});
"""


def pick_from_library(page, lookup, search):
    """Open the library's window from a lookup link, search, and pick the first result."""
    with page.expect_popup() as opened:
        page.click(lookup)
    window = opened.value
    window.wait_for_load_state()
    window.fill("#searchbar", search)
    window.press("#searchbar", "Enter")
    window.wait_for_load_state()
    expect(window.locator("#result_list tbody tr")).to_have_count(1)
    with window.expect_event("close"):
        window.locator("#result_list tbody tr a[data-popup-opener]").first.click()


def test_a_reporter_reuses_a_library_image_as_featured_image_and_in_the_body(page, live_server):
    make_article(
        "Bài có ảnh hội trường",
        image=two_colour_upload("hoi-truong.png"),
        image_alt="Hội trường tỉnh ủy",
        image_caption="Hội trường",
    )
    media = MediaFile.objects.get()
    category = make_category("Tin tức - Sự kiện")
    make_staff("phongvien", roles.AUTHOR)
    page.add_init_script(WATCH_POLICY)
    sign_in(page, live_server, "phongvien")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title", "Bài viết dùng lại ảnh")
    page.select_option("#id_category", str(category.pk))

    pick_from_library(page, "#lookup_id_image_from_library", "hoi-truong")
    expect(page.locator("#id_image_from_library")).to_have_value(str(media.pk))
    expect(page.locator(".library-preview img")).to_be_visible()

    editor = page.locator(".ck-editor__editable").first
    editor.click()
    page.keyboard.type("Toàn cảnh hội nghị.")
    pick_from_library(page, "#lookup_id_body_library", "Hội trường")
    inserted = editor.locator("img")
    expect(inserted).to_have_attribute("alt", "Hội trường tỉnh ủy")
    assert "renditions/" in inserted.get_attribute("src")

    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("thành công")
    article = Article.objects.get(title="Bài viết dùng lại ảnh")
    assert article.image.name == media.file.name
    assert article.image_alt == "Hội trường tỉnh ủy"
    assert 'alt="Hội trường tỉnh ủy"' in article.body and "srcset=" in article.body
    assert set(MediaUse.objects.filter(object_id=article.pk).values_list("field", flat=True)) == {
        "image",
        "body",
    }
    assert page.evaluate("window.__csp") == []


def test_an_editor_moves_the_focal_point_and_the_cards_follow(page, live_server, settings):
    settings.PAGE_CACHE = True
    article = make_article(
        "Tin có ảnh hai màu", image=two_colour_upload(), image_alt="Hai màu", is_featured=True
    )
    media = MediaFile.objects.get()
    make_staff("bientap", roles.EDITOR)
    reader = page.context.browser.new_page()
    reader.goto(f"{live_server.url}/")
    before = reader.locator(".card__image img").first.get_attribute("src")

    page.add_init_script(WATCH_POLICY)
    sign_in(page, live_server, "bientap")
    page.goto(f"{live_server.url}/admin/news/mediafile/")
    page.click("text=hai-mau.png")
    expect(page.locator(".library-uses")).to_contain_text("Tin có ảnh hai màu")
    picture = page.locator(".focal-picker__image")
    box = picture.bounding_box()
    picture.click(position={"x": box["width"] * 0.04, "y": box["height"] * 0.5})
    assert float(page.input_value("#id_focal_x")) < 0.1
    page.click("input[name=_continue]")
    expect(page.locator(".messagelist")).to_contain_text("Đã cắt lại ảnh quanh điểm mới")
    article.refresh_from_db()
    square = article.image_renditions["crops"]["1:1"]["fallback"][-1][1]
    assert is_red(pixel(square, (0.1, 0.5)))

    # Another address for the browser (its own cache keeps a page max-age seconds), the same
    # page for the site's cache, which ignores parameters the home page does not declare.
    reader.goto(f"{live_server.url}/?lan=2")
    after = reader.locator(".card__image img").first.get_attribute("src")
    assert after != before
    assert after == default_storage.url(article.image_renditions["crops"]["16:9"]["fallback"][1][1])

    # A file in use is not deleted by accident: the page says where it is used.
    page.click("a.deletelink")
    expect(page.locator("#content")).to_contain_text("Tin có ảnh hai màu")
    expect(page.locator("input[type=submit]")).to_have_count(0)
    assert MediaFile.objects.filter(pk=media.pk).exists()
    assert page.evaluate("window.__csp") == []
    reader.close()
