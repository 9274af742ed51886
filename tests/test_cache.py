"""The change log and its rules, on the shared floor (news.cache, news.checks, news.cdn)."""

import http.server
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client

from news import cache as content
from news import checks
from news.models import Change
from news.publishing import Status, content_apps
from portal.models import SiteIdentity
from tests.factories import make_article, make_category
from tests.portal.test_security import clean_environ

ROOT = Path(__file__).resolve().parents[1]


def test_every_model_of_a_content_app_is_followed_with_no_list_to_keep():
    labels = {config.label for config in content_apps()}
    assert labels == {"articles", "galleries", "videos", "links", "documents", "pages"}
    followed = set(content.watched_models())
    for config in content_apps():
        assert set(config.get_models()) <= followed
    assert SiteIdentity in followed


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        ({"CACHE_SYNC_SECONDS": 8, "CACHE_STALE_SECONDS": 5}, "portal.E101"),
        ({"CDN_MAX_AGE": 3600, "CDN_PURGE_URL": ""}, "portal.E102"),
        ({"PAGE_CACHE_SECONDS": 30, "LIVE_SECONDS": 60}, "portal.E103"),
        (
            {"CACHES": {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}},
            "portal.E104",
        ),
    ],
)
def test_a_configuration_that_breaks_the_promise_is_refused(settings, changes, code):
    assert checks.cache_promise() == []
    for name, value in changes.items():
        setattr(settings, name, value)
    assert [error.id for error in checks.cache_promise()] == [code]


def test_a_cdn_may_keep_pages_longer_when_it_can_be_told_to_drop_them(settings):
    settings.CDN_MAX_AGE = 86400
    settings.CDN_PURGE_URL = "https://cdn.example/purge/{tag}"
    assert checks.cache_promise() == []


def test_the_app_server_does_not_start_with_such_a_configuration():
    env = clean_environ(
        DEBUG="0",
        SECRET_KEY="x" * 50,
        ALLOWED_HOSTS="127.0.0.1",
        CACHE_SYNC_SECONDS="30",
        DJANGO_SETTINGS_MODULE="portal.settings",
    )
    result = subprocess.run(
        [sys.executable, "-c", "import portal.wsgi"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "portal.E101" in result.stderr and "CACHE_SYNC_SECONDS (30.0)" in result.stderr


@pytest.mark.django_db
def test_a_bulk_write_refreshes_everything_once(settings):
    settings.PAGE_CACHE = True
    reader = Client()
    category = make_category()
    reader.get("/")
    assert reader.get("/")["X-Page-Cache"] == "hit"
    before = Change.objects.count()
    with content.bulk():
        for n in range(5):
            make_article(f"Bài nhập số {n}", category=category)
    assert list(Change.objects.values_list("tag", flat=True)[before:]) == [content.ALL]
    response = reader.get("/")
    assert response["X-Page-Cache"] == "miss" and "Bài nhập số 4" in response.content.decode()


@pytest.mark.django_db
def test_a_bulk_block_that_writes_nothing_refreshes_nothing():
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    before = Change.objects.count()
    call_command("load_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Change.objects.count() == before


class Recorder(http.server.BaseHTTPRequestHandler):
    """A CDN's purge API on loopback: remembers what it was asked."""

    seen = []

    def do_POST(self):  # noqa: N802 (the handler's API)
        Recorder.seen.append((self.command, self.path, self.headers.get("Authorization")))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def cdn(settings):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    Recorder.seen = []
    base = f"http://127.0.0.1:{server.server_address[1]}"
    settings.CDN_PURGE_TOKEN = "bi-mat"
    yield base
    server.shutdown()


@pytest.mark.django_db(transaction=True)
def test_the_cdn_is_told_which_pages_to_drop_after_a_change_commits(settings, cdn):
    settings.CDN_PURGE_URL = f"{cdn}/purge?tag={{tag}}"
    category = make_category()
    Recorder.seen = []
    draft = make_article("Bản nháp", published=False, category=category)
    content.sync(force=True)
    assert Recorder.seen == []  # a draft shows on no page
    draft.status = Status.PUBLISHED
    draft.save()
    paths = {path for _method, path, _auth in Recorder.seen}
    assert f"/purge?tag=article%3A{draft.pk}" in paths
    assert "/purge?tag=article%3Alist" in paths
    assert f"/purge?tag=article%3Alist%3Acategory%3D{draft.category_id}" in paths
    assert {(method, auth) for method, _path, auth in Recorder.seen} == {("POST", "Bearer bi-mat")}


@pytest.mark.django_db(transaction=True)
def test_the_cdn_can_be_told_in_one_request(settings, cdn):
    settings.CDN_PURGE_URL = f"{cdn}/purge?tags={{tags}}"
    category = make_category()
    Recorder.seen = []
    article = make_article("Tin một lần gọi", category=category)
    assert len(Recorder.seen) == 1
    tags = Recorder.seen[0][1].split("tags=")[1].split(",")
    assert f"article%3A{article.pk}" in tags


@pytest.mark.django_db(transaction=True)
def test_a_cdn_that_does_not_answer_does_not_stop_a_save(settings):
    settings.CDN_PURGE_URL = "http://127.0.0.1:9/purge/{tag}"  # nothing listens there
    settings.CDN_PURGE_TIMEOUT = 0.5
    article = make_article("Tin vẫn lưu được")
    article.refresh_from_db()
    assert article.title == "Tin vẫn lưu được"
