"""A reporter writes and submits an article; an editor finds it in the queue and publishes it."""

import pytest
from playwright.sync_api import expect

from news.articles.models import Article
from news.publishing import Status
from portal import roles
from tests.conftest import make_staff
from tests.factories import make_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 12"


def sign_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/")
    page.fill("#id_username", username)
    page.fill("#id_password", "mat-khau-du-dai-2024")
    page.click("input[type=submit]")
    expect(page.locator("#site-name")).to_have_text("Quản trị cổng thông tin")


def test_reporter_submits_and_editor_publishes(page, browser, live_server):
    category = make_category("Tin tức - Sự kiện")
    make_staff("phongvien", roles.AUTHOR)
    make_staff("bientap", roles.EDITOR)

    sign_in(page, live_server, "phongvien")
    page.goto(f"{live_server.url}/admin/articles/article/add/")
    # A reporter is offered only "draft" and "waiting for review".
    expect(page.locator("#id_status option")).to_have_text(["Bản nháp", "Chờ duyệt"])
    page.fill("#id_title", TITLE)
    page.select_option("#id_category", str(category.pk))
    page.fill("#id_lead", "Hội nghị bàn về kinh tế - xã hội năm 2025.")
    editor = page.locator(".ck-editor__editable").first
    editor.click()
    page.keyboard.type("Hội nghị diễn ra trong hai ngày.")
    expect(editor).to_contain_text("hai ngày")
    page.select_option("#id_status", "review")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("thành công")
    article = Article.objects.get()
    assert article.status == Status.REVIEW and article.created_by.username == "phongvien"

    reader = page.context.browser.new_page()
    assert reader.goto(f"{live_server.url}{article.get_absolute_url()}").status == 404

    context = browser.new_context(locale="vi-VN", timezone_id="Asia/Ho_Chi_Minh")
    desk = context.new_page()
    sign_in(desk, live_server, "bientap")
    queue = desk.locator("#review-queue-article")
    expect(queue).to_contain_text(TITLE)
    expect(
        desk.locator('#workflow-summary tr[data-model="articles.article"] td[data-state="review"]')
    ).to_have_text("1")
    queue.get_by_role("link", name=TITLE).click()
    desk.select_option("#id_status", "published")
    desk.click("input[name=_save]")
    expect(desk.locator(".messagelist")).to_contain_text("thành công")
    context.close()

    reader.goto(f"{live_server.url}/")
    reader.click(f"text={TITLE}")
    expect(reader.locator("h1")).to_have_text(TITLE)
    reader.close()
    assert Article.objects.get().status == Status.PUBLISHED
