"""A reader searches without diacritics, opens a result, and sets a font size that stays."""

import pytest
from playwright.sync_api import expect

from tests.factories import make_article, make_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_search_without_diacritics_open_a_result_and_keep_a_larger_font(page, live_server):
    category = make_category("Xây dựng Đảng")
    make_article(
        "Kết nạp 186 đảng viên mới trong 6 tháng đầu năm",
        category=category,
        lead="Toàn Đảng bộ Khối kết nạp được 186 đảng viên mới.",
        body="<p>Các chi bộ ở doanh nghiệp ngoài nhà nước có nhiều cố gắng.</p>",
    )
    make_article("Hội thao công nhân viên chức", category=category)

    page.goto(f"{live_server.url}/")
    page.fill("#site-search-q", "dang vien moi")
    page.press("#site-search-q", "Enter")
    expect(page.locator(".search-summary")).to_contain_text("Tìm thấy 1 kết quả")
    result = page.locator(".search-result__title a")
    expect(result).to_have_count(1)
    expect(page.locator(".search-result mark").first).to_have_text("đảng")
    result.click()
    expect(page.locator("h1")).to_have_text("Kết nạp 186 đảng viên mới trong 6 tháng đầu năm")

    body = page.locator(".article__body")
    normal = float(body.evaluate("el => parseFloat(getComputedStyle(el).fontSize)"))
    page.get_by_role("button", name="Phóng to chữ").click()
    page.get_by_role("button", name="Phóng to chữ").click()
    larger = float(body.evaluate("el => parseFloat(getComputedStyle(el).fontSize)"))
    assert larger > normal * 1.2
    page.reload()
    expect(page.locator(".font-size")).to_be_visible()
    assert float(body.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")) == larger
    page.get_by_role("button", name="Cỡ chữ mặc định").click()
    assert float(body.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")) == normal
