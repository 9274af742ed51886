"""WCAG 2.1 AA on the public pages: axe-core run in Chromium on each page type, and the
keyboard path a sighted keyboard user takes.

axe-core (Mozilla Public License 2.0, by Deque Systems) comes from the axe-playwright-python
package, a development dependency that ships axe.min.js; it is injected from disk, nothing is
fetched from the internet.
"""

import io
from pathlib import Path

import axe_playwright_python
import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from news.text import slugify
from news.videos.models import Video
from portal.demo import media

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

AXE_JS = Path(axe_playwright_python.__file__).with_name("axe.min.js")
AXE_OPTIONS = {
    "runOnly": {
        "type": "tag",
        "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"],
    }
}
BLOCKING = {"serious", "critical"}
SEED_ARTICLE = (
    "/bai-viet/dang-uy-khoi-cac-co-quan-va-doanh-nghiep-tinh-tong-ket-cong-tac-xay-dung-to-chuc"
    "-dang-trong-sach-vung-manh-giai-doan-2016-2020/"
)


def with_breaking_line():
    from portal.models import SiteIdentity

    identity = SiteIdentity.current()
    identity.breaking_text, identity.breaking_url = "Bão số 3 đổ bộ: học sinh nghỉ học", "/"
    identity.save()
    return "/"


def shared_draft():
    from news import sharing
    from news.articles.models import Article

    draft = Article.objects.published().first()
    draft.status = "draft"
    draft.save()
    return sharing.url(sharing.create(draft, None))


# One line per public page type, on the demo content.
PAGES = [
    pytest.param(with_breaking_line, id="home-breaking-line"),
    pytest.param(shared_draft, id="share-preview"),
    pytest.param("/hinh-anh/", id="album-list"),
    pytest.param(f"/hinh-anh/{slugify(media.ALBUMS[0]['title'])}/", id="album"),
    pytest.param("/video/", id="video-list"),
    pytest.param(lambda: Video.objects.published().first().get_absolute_url(), id="video"),
    pytest.param("/tim-kiem/?q=dang+vien", id="search"),
    pytest.param("/tim-kiem/", id="search-form"),
    pytest.param("/", id="home"),
    pytest.param(SEED_ARTICLE, id="article"),
    pytest.param(f"{SEED_ARTICLE}in/", id="article-print"),
    pytest.param("/chuyen-muc/xay-dung-dang/", id="category"),
    pytest.param("/2021/10/", id="month-archive"),
    pytest.param("/van-ban/", id="document-register"),
    pytest.param("/van-ban/?q=khong+co+van+ban+nay&nam=2021", id="document-register-empty"),
    pytest.param("/van-ban/05-ct-tw/", id="document"),
    pytest.param("/trang/gioi-thieu/", id="page"),
    pytest.param("/trang/english/", id="english-page"),
    pytest.param("/khong-co-trang-nay/", id="not-found"),
]


@pytest.fixture
def demo_site(live_server):
    call_command("load_demo", stdout=io.StringIO())
    return live_server.url


def axe_violations(page):
    # Evaluated by the test driver, not added as a <script>: the site's own policy rightly
    # refuses inline scripts, and the test must not weaken it.
    page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    result = page.evaluate("options => axe.run(document, options)", AXE_OPTIONS)
    return [
        f"{v['impact']} {v['id']}: {v['help']} -> {[n['target'] for n in v['nodes']][:5]}"
        for v in result["violations"]
        if v["impact"] in BLOCKING
    ]


@pytest.mark.parametrize("path", PAGES)
def test_no_serious_or_critical_axe_violations(page, demo_site, path):
    page.goto(f"{demo_site}{path() if callable(path) else path}")
    assert page.locator("h1").count() == 1
    assert axe_violations(page) == []


def test_no_axe_violations_on_a_phone_with_the_menu_open(page, demo_site):
    page.set_viewport_size({"width": 375, "height": 740})
    page.goto(f"{demo_site}/")
    page.click(".main-menu__toggle")
    expect(page.locator("#main-menu-list")).to_be_visible()
    assert axe_violations(page) == []


def test_keyboard_skip_link_and_visible_focus(page, demo_site):
    page.goto(f"{demo_site}/")
    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    outline = skip.evaluate("el => getComputedStyle(el).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page.locator("#content")).to_be_focused()
    # The next Tab lands inside the main content, not back in the header or menu.
    page.keyboard.press("Tab")
    inside = page.evaluate("document.activeElement.closest('#content') !== null")
    assert inside
    focused_outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused_outline != "none"
