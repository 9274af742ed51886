"""Visitor statistics in one process (the local-memory cache of the test settings)."""

import datetime
import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from news.documents.models import Attachment
from news.models import Change
from portal import visits
from portal.models import DailyVisits
from tests.factories import make_document, pdf_bytes

pytestmark = pytest.mark.django_db

READER = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36"


def view(client, url="/", agent=READER, ip="203.0.113.7", **extra):
    return client.get(url, HTTP_USER_AGENT=agent, REMOTE_ADDR=ip, **extra)


def sidebar_figures(client):
    html = view(client, agent="Googlebot/2.1").content.decode()
    block = html.split("Thống kê truy cập")[1].split("</section>")[0]
    labels = ["Đang trực tuyến", "Hôm nay", "Tháng này", "Tổng lượt truy cập"]
    return {label: block.split(f"<dt>{label}</dt><dd>")[1].split("</dd>")[0] for label in labels}


def test_a_reader_is_counted_once_per_visit_and_each_reader_counts(client):
    for _ in range(3):
        view(client)
    view(client, "/van-ban/")
    view(client, agent="Mozilla/5.0 (iPhone; CPU iPhone OS 17_0) Mobile Safari/604.1")
    view(client, ip="198.51.100.20")
    stats = visits.stats()
    assert (stats["today"], stats["month"], stats["total"], stats["online"]) == (3, 3, 3, 3)


@pytest.mark.parametrize(
    "agent",
    [
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0)",
        "Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)",
        "facebookexternalhit/1.1",
        "curl/8.5.0",
        "python-requests/2.32",
        "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/130.0 Safari/537.36",
        "",
    ],
)
def test_bots_are_not_counted(client, agent):
    assert view(client, agent=agent).status_code == 200
    assert visits.stats()["today"] == 0


def test_only_pages_shown_to_readers_count(client):
    document = make_document()
    attachment = Attachment.objects.create(
        document=document, file=SimpleUploadedFile("a.pdf", pdf_bytes())
    )
    assert view(client, f"/van-ban/{document.slug}/tai-ve/{attachment.pk}/").status_code == 200
    assert view(client, "/khong-co-trang-nay/").status_code == 404
    assert view(client, "/admin/login/").status_code == 200
    client.post("/", HTTP_USER_AGENT=READER)
    assert visits.stats()["today"] == 0
    view(client, document.get_absolute_url())
    assert visits.stats()["today"] == 1


def test_a_page_view_writes_nothing_to_the_database(client):
    view(client, ip="192.0.2.1")  # the first request of the interval flushes
    with CaptureQueriesContext(connection) as context:
        view(client, ip="192.0.2.2")
    writes = [q["sql"] for q in context if not q["sql"].lstrip().upper().startswith("SELECT")]
    assert writes == []
    assert visits.stats()["today"] == 2


def test_flush_moves_the_counts_to_the_database_without_changing_the_figures(client):
    today = timezone.localdate()
    DailyVisits.objects.create(day=today.replace(day=1) - datetime.timedelta(days=1), visits=500)
    changes = Change.objects.count()
    for n in range(4):
        view(client, ip=f"192.0.2.{n + 10}")
    before = visits.stats()
    assert visits.flush() == 3  # the first view of the interval flushed its own count
    assert visits.flush() == 0
    assert DailyVisits.objects.get(day=today).visits == 4
    after = visits.stats()
    assert before == after
    assert (after["today"], after["month"], after["total"]) == (4, 4, 504)
    assert Change.objects.count() == changes  # visits never make cached pages stale


def test_sidebar_block_shows_the_figures_with_vietnamese_digit_grouping(client, settings):
    settings.LIVE_SECONDS = 1
    today = timezone.localdate()
    DailyVisits.objects.create(day=today - datetime.timedelta(days=400), visits=1234567)
    assert sidebar_figures(client)["Hôm nay"] == "0"
    view(client, ip="192.0.2.7")
    # The figures are as old as the sidebar, LIVE_SECONDS at the most, on every page.
    time.sleep(1.1)
    figures = sidebar_figures(client)
    assert figures["Hôm nay"] == "1"
    assert figures["Tổng lượt truy cập"] == "1.234.568"
    assert int(figures["Đang trực tuyến"]) >= 1


def test_demo_visits_are_loaded():
    from django.core.management import call_command

    call_command("load_demo")
    stats = visits.stats()
    assert stats["total"] > 10_000 and stats["today"] == 0


def test_page_views_reach_the_cache_in_batches(client, settings):
    settings.VISITS_BATCH_SECONDS = 3600
    visits.send_batch()
    for n in range(5):
        view(client, ip=f"192.0.2.{n + 40}")
    assert visits.stats()["today"] == 0  # still in this process
    visits.send_batch()
    assert visits.stats()["today"] == 5
