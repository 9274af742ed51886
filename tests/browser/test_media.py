"""A reader moves through an album with the keyboard, and picks a partner site."""

import pytest
from playwright.sync_api import expect

from tests.factories import make_album, make_partner

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_album_lightbox_with_the_keyboard(page, live_server):
    album = make_album("Ngày hội hiến máu", photos=3)
    page.goto(f"{live_server.url}{album.get_absolute_url()}")
    links = page.locator(".gallery__link")
    expect(links).to_have_count(3)

    links.first.click()
    dialog = page.locator("dialog.lightbox")
    expect(dialog).to_be_visible()
    expect(dialog.locator(".lightbox__caption")).to_have_text("1 / 3Chú thích ảnh 1")
    expect(dialog.locator(".lightbox__image")).to_have_attribute(
        "src", f"{live_server.url}{album.photos.first().image.url}"
    )
    page.keyboard.press("ArrowRight")
    expect(dialog.locator(".lightbox__caption")).to_have_text("2 / 3Chú thích ảnh 2")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")  # past the last photo, back to the first
    expect(dialog.locator(".lightbox__caption")).to_have_text("1 / 3Chú thích ảnh 1")
    page.keyboard.press("ArrowLeft")
    expect(dialog.locator(".lightbox__caption")).to_have_text("3 / 3Chú thích ảnh 3")
    assert page.evaluate("document.querySelector('.lightbox__image').naturalWidth") > 0

    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(links.first).to_be_focused()  # back where the reader was
    assert page.url.endswith(album.get_absolute_url())


def test_album_without_javascript_is_a_grid_of_links(browser, live_server):
    album = make_album("Album không cần JavaScript", photos=2)
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}{album.get_absolute_url()}")
    page.locator(".gallery__link").first.click()
    assert page.url == f"{live_server.url}{album.photos.first().image.url}"
    context.close()


def test_partner_site_opens_in_a_new_tab_from_the_drop_down(page, live_server):
    make_partner("Trang video của cổng", url=f"{live_server.url}/video/", order=1)
    make_partner("Trang hình ảnh của cổng", url=f"{live_server.url}/hinh-anh/", order=2)
    page.goto(f"{live_server.url}/")
    select = page.locator(".partner-links__select")
    expect(select).to_be_visible()
    expect(page.locator(".partner-links__list")).to_be_hidden()

    with page.context.expect_page() as new_tab:
        select.select_option(label="Trang hình ảnh của cổng")
    tab = new_tab.value
    tab.wait_for_load_state()
    assert tab.url == f"{live_server.url}/hinh-anh/"
    expect(tab.locator("h1")).to_have_text("Hình ảnh hoạt động")
    assert tab.evaluate("window.opener") is None  # noopener
    assert page.url == f"{live_server.url}/"
    expect(select).to_have_value("")
