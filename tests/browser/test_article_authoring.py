"""A writer signs in, types an article into CKEditor 5, publishes it, and a reader reads it."""

import pytest
from playwright.sync_api import expect

from news.articles.models import Article
from tests.factories import make_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_write_publish_and_read_an_article(page, live_server, django_user_model):
    category = make_category("Tin tức - Sự kiện")
    django_user_model.objects.create_superuser("bientap", password="mat-khau-bien-tap-2024")

    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", "bientap")
    page.fill("#id_password", "mat-khau-bien-tap-2024")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_have_text("Quản trị cổng thông tin")

    page.goto(f"{live_server.url}/admin/articles/article/add/")
    page.fill("#id_title", "Đảng ủy Khối các Cơ quan tổ chức hội nghị")
    expect(page.locator("#id_slug")).to_have_value("dang-uy-khoi-cac-co-quan-to-chuc-hoi-nghi")
    page.select_option("#id_category", str(category.pk))
    page.fill("#id_lead", "Sáng 25-10, hội nghị tổng kết được tổ chức tại hội trường tỉnh.")

    editor = page.locator(".ck-editor__editable").first
    editor.click()
    page.keyboard.type("Hội nghị đánh giá kết quả 5 năm xây dựng Đảng.")
    page.keyboard.press("Enter")
    page.keyboard.press("Control+b")
    page.keyboard.type("Đảng bộ Khối có 159 tổ chức cơ sở đảng.")
    expect(editor).to_contain_text("159 tổ chức cơ sở đảng")

    page.select_option("#id_status", "published")
    page.fill("#id_source", "Báo Nam Định")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("thành công")

    article = Article.objects.get()
    assert "<strong>Đảng bộ Khối có 159 tổ chức cơ sở đảng.</strong>" in article.body

    reader = page.context.browser.new_page()
    reader.goto(f"{live_server.url}/")
    reader.click("text=Đảng ủy Khối các Cơ quan tổ chức hội nghị")
    expect(reader.locator("h1")).to_have_text("Đảng ủy Khối các Cơ quan tổ chức hội nghị")
    expect(reader.locator(".article__body strong")).to_have_text(
        "Đảng bộ Khối có 159 tổ chức cơ sở đảng."
    )
    expect(reader.locator(".article__source")).to_have_text("Theo Báo Nam Định")
    reader.close()
