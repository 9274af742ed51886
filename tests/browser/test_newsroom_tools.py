"""The newsroom's everyday tools in Chromium, each by the role that uses it: an editor arranges
the front page and writes the breaking line, sends an article back with a note, shares a draft
with a leader who has no account, and schedules a take-down; readers see each result."""

import os
import time
from datetime import timedelta
from pathlib import Path

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from news import notifications
from news.articles.models import Article, Pin
from news.models import ShareVisit
from news.publishing import Status
from portal import roles
from tests.browser.test_review_workflow import sign_in
from tests.conftest import make_staff
from tests.factories import image_upload, make_article, make_category

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SIZES = {"desktop": (1366, 768), "phone": (390, 844)}


@pytest.fixture
def shots(tmp_path):
    """Where screenshots go: SCREENSHOTS_DIR when set (to look at them), else a temporary
    folder."""
    folder = Path(os.environ.get("SCREENSHOTS_DIR") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)

    def shoot(page, name):
        for size, (width, height) in SIZES.items():
            page.set_viewport_size({"width": width, "height": height})
            path = folder / f"{name}-{size}.png"
            page.screenshot(path=str(path))
            assert path.stat().st_size > 10_000
        page.set_viewport_size({"width": 1366, "height": 768})

    return shoot


def fill_datetime(page, prefix, moment):
    moment = timezone.localtime(moment)
    page.fill(f"#id_{prefix}_0", moment.strftime("%d/%m/%Y"))
    page.fill(f"#id_{prefix}_1", moment.strftime("%H:%M:%S"))


def card_titles(page, section):
    return page.locator(f'[aria-labelledby="{section}"] .card__title').all_inner_texts()


def test_an_editor_arranges_the_front_page_and_writes_the_breaking_line(
    page, browser, live_server, settings, shots
):
    settings.PAGE_CACHE = True
    categories = [make_category(name, order=n) for n, name in enumerate(["Thời sự", "Kinh tế"])]
    for n in range(16):
        make_article(
            f"Tin số {n:02d}",
            category=categories[n % 2],
            is_featured=n % 3 == 0,
            publish_at=timezone.now() - timedelta(hours=n + 1),
            image=image_upload(size=(640, 400), colour=(40 + n * 12, 90, 140)),
            image_alt=f"Ảnh tin {n}",
        )
    old = Article.objects.get(title="Tin số 15")
    make_staff("bientap", roles.EDITOR)
    reader = browser.new_page(viewport={"width": 1366, "height": 768})
    reader.goto(f"{live_server.url}/")
    assert card_titles(reader, "featured-heading")[0] == "Tin số 00"

    sign_in(page, live_server, "bientap")
    page.goto(f"{live_server.url}/admin/articles/article/{old.pk}/change/")
    page.click("#pins-group .add-row a")
    page.select_option("#id_pins-0-place", "featured")
    page.fill("#id_pins-0-position", "1")
    fill_datetime(page, "pins-0-ends_at", timezone.now() + timedelta(days=2))
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("thành công")
    assert Pin.objects.get().created_by.username == "bientap"

    page.goto(f"{live_server.url}/admin/portal/breakingnews/")
    page.fill("#id_breaking_text", "Bão số 3 đổ bộ: học sinh toàn tỉnh nghỉ học ngày mai")
    page.fill("#id_breaking_url", old.get_absolute_url())
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("thành công")

    reader.goto(f"{live_server.url}/?lan=2")  # a new address for the browser's own cache
    featured = card_titles(reader, "featured-heading")
    assert featured[0] == "Tin số 15" and featured[1] == "Tin số 00"
    titles = reader.locator(".card__title").all_inner_texts()
    assert len(titles) == len(set(titles))
    line = reader.locator(".breaking")
    expect(line).to_contain_text("Bão số 3 đổ bộ")
    assert line.bounding_box()["y"] < reader.locator(".main-menu").bounding_box()["y"]
    line.get_by_role("link").click()
    expect(reader.locator("h1")).to_have_text("Tin số 15")
    reader.goto(f"{live_server.url}/?lan=3")
    shots(reader, "home-pinned-breaking")

    # A reporter is not offered the pins.
    context = browser.new_context(locale="vi-VN")
    desk = context.new_page()
    make_staff("phongvien", roles.AUTHOR)
    sign_in(desk, live_server, "phongvien")
    assert desk.goto(f"{live_server.url}/admin/articles/pin/").status == 403
    desk.goto(f"{live_server.url}/admin/articles/article/add/")
    expect(desk.locator("#pins-group")).to_have_count(0)
    context.close()
    reader.close()


def test_an_editor_sends_an_article_back_with_a_note_the_reporter_reads(page, browser, live_server):
    category = make_category("Thời sự")
    reporter = make_staff("phongvien", roles.AUTHOR, email="phongvien@example.vn")
    make_staff("bientap", roles.EDITOR, email="bientap@example.vn")
    article = make_article(
        "Hội nghị sơ kết quý III", category=category, status=Status.REVIEW, created_by=reporter
    )
    sign_in(page, live_server, "bientap")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.select_option("#id_status", "draft")
    page.click("input[name=_save]")
    expect(page.locator(".errorlist")).to_contain_text("Hãy ghi lý do trả lại")
    page.fill("#id_review_note", "Thiếu số liệu quý III; bổ sung rồi gửi lại.")
    page.select_option("#id_status", "draft")
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("thành công")

    notifications.wait()
    (message,) = mail.outbox
    assert message.to == ["phongvien@example.vn"] and "Thiếu số liệu quý III" in message.body

    context = browser.new_context(locale="vi-VN")
    desk = context.new_page()
    sign_in(desk, live_server, "phongvien")
    desk.goto(f"{live_server.url}/admin/articles/article/")
    expect(desk.locator("#result_list .review-note")).to_have_text(
        "Thiếu số liệu quý III; bổ sung rồi gửi lại."
    )
    desk.get_by_role("link", name="Hội nghị sơ kết quý III").click()
    expect(desk.locator("#review-notes")).to_contain_text("Thiếu số liệu quý III")
    desk.click("a.historylink")
    expect(desk.locator("#change-history")).to_contain_text("Thiếu số liệu quý III")
    context.close()


def test_an_editor_shares_a_draft_that_a_leader_reads_until_it_is_revoked(
    page, browser, live_server, shots
):
    category = make_category("Thời sự")
    article = make_article(
        "Dự thảo báo cáo chính trị Đại hội",
        category=category,
        published=False,
        lead="Bản dự thảo trình Thường trực Tỉnh ủy cho ý kiến.",
        body="<p>Nhiệm kỳ qua, Đảng bộ tỉnh đã lãnh đạo thực hiện thắng lợi các mục tiêu.</p>",
    )
    make_staff("bientap", roles.EDITOR)
    sign_in(page, live_server, "bientap")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    page.click("text=Chia sẻ để duyệt")
    expect(page.locator("#id_hours")).to_have_value("72")
    page.fill("#id_recipient", "Đồng chí Bí thư Tỉnh ủy")
    page.click("input[name=create]")
    expect(page.locator(".messagelist")).to_contain_text("Đã tạo liên kết")
    address = page.locator("#share-links input[readonly]").input_value()

    leader = browser.new_context(locale="vi-VN").new_page()
    response = leader.goto(address)
    assert response.status == 200
    assert response.headers["cache-control"] == "private, no-store"
    assert "noindex" in response.headers["x-robots-tag"]
    expect(leader.locator(".share-banner")).to_contain_text("Bạn đọc chưa thấy nội dung này")
    expect(leader.locator("h1")).to_have_text("Dự thảo báo cáo chính trị Đại hội")
    expect(leader.locator('meta[name="robots"][content="noindex, nofollow"]')).to_have_count(1)
    shots(leader, "share-preview")
    assert ShareVisit.objects.count() == 1

    page.reload()
    expect(page.locator("#share-links .share-visits")).to_contain_text("1")
    page.click("button[name=revoke]")
    expect(page.locator(".messagelist")).to_contain_text("Đã thu hồi")
    assert leader.goto(address).status == 410
    expect(leader.locator("h1")).to_have_text("Liên kết không còn hiệu lực")
    assert leader.goto(f"{live_server.url}{article.get_absolute_url()}").status == 404


def test_an_editor_schedules_a_take_down_and_the_article_leaves_by_itself(
    page, browser, live_server, settings
):
    settings.PAGE_CACHE = True
    category = make_category("Thời sự")
    article = make_article("Thông báo lịch tiếp công dân tháng 10", category=category)
    make_staff("bientap", roles.EDITOR)
    reader = browser.new_page()
    reader.goto(f"{live_server.url}/")
    expect(reader.locator(".card__title").first).to_have_text(article.title)

    sign_in(page, live_server, "bientap")
    page.goto(f"{live_server.url}/admin/articles/article/{article.pk}/change/")
    fill_datetime(page, "unpublish_at", timezone.now() + timedelta(seconds=3))
    page.click("input[name=_save]")
    expect(page.locator(".messagelist")).to_contain_text("thành công")
    time.sleep(3.5)
    page.goto(f"{live_server.url}/admin/articles/article/")
    expect(page.locator("#result_list")).to_contain_text("Hết hạn")
    for n, url in enumerate(["/", category.get_absolute_url(), "/rss/", "/sitemap-articles.xml"]):
        reader.goto(f"{live_server.url}{url}?lan={n}")
        assert article.title not in reader.content(), url
    assert reader.goto(f"{live_server.url}{article.get_absolute_url()}").status == 404
    reader.close()
