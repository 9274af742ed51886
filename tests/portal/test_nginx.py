"""deploy/nginx.conf itself, run by a real nginx in front of the live test server: uploads
served from disk with the app's own headers, an allowlist of types, and documents' files only
through the app (X-Accel-Redirect)."""

import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from news.documents.models import Attachment
from tests.factories import image_bytes, make_document, pdf_bytes
from tests.servers import free_port

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
# What the app sends with every upload, which nginx must send the same.
SAME_HEADERS = (
    "Content-Type",
    "Cache-Control",
    "Content-Security-Policy",
    "X-Content-Type-Options",
    "X-Frame-Options",
    "Referrer-Policy",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
)


@pytest.fixture
def nginx(live_server, settings):
    if not shutil.which("nginx"):
        pytest.fail("nginx is needed: `apt-get install nginx` (.ci/provision installs it).")
    settings.ACCEL_REDIRECT = True
    work = Path(tempfile.mkdtemp(prefix="portal-nginx-test-"))
    port, app_port = free_port(), live_server.url.rsplit(":", 1)[1]
    site = (
        (ROOT / "deploy" / "nginx.conf")
        .read_text()
        .replace("/var/cache/nginx/portal", str(work / "cache"))
        .replace("/srv/portal/staticfiles/", f"{work}/static/")
        .replace("/srv/portal/media/", f"{settings.MEDIA_ROOT}/")
        .replace("server 127.0.0.1:8000;", f"server 127.0.0.1:{app_port};")
        .replace("listen 80;", f"listen 127.0.0.1:{port};")
    )
    (work / "nginx.conf").write_text(
        "user root;\nworker_processes 1;\n"
        f"pid {work}/nginx.pid;\nerror_log {work}/error.log warn;\n"
        "events { worker_connections 64; }\n"
        "http {\n include /etc/nginx/mime.types;\n access_log off;\n"
        f"{site}\n}}\n"
    )
    settings.MEDIA_ROOT.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        ["nginx", "-p", str(work), "-c", str(work / "nginx.conf"), "-g", "daemon off;"]
    )
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/robots.txt", timeout=2)
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    yield f"http://127.0.0.1:{port}"
    process.terminate()
    process.wait(10)
    shutil.rmtree(work, ignore_errors=True)


def fetch(url, method="GET"):
    request = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_uploads_get_the_apps_headers_and_answer_head(nginx, settings, client):
    (settings.MEDIA_ROOT / "albums").mkdir(parents=True)
    for name, image_format in [("anh-1a2b.jpg", "JPEG"), ("anh-3c4d.webp", "WEBP")]:
        (settings.MEDIA_ROOT / "albums" / name).write_bytes(image_bytes(image_format))
        status, headers, body = fetch(f"{nginx}/media/albums/{name}")
        assert status == 200 and body == (settings.MEDIA_ROOT / "albums" / name).read_bytes()
        app = client.get(f"/media/albums/{name}")
        for header in SAME_HEADERS:
            assert headers[header] == app[header], header
        head_status, head_headers, head_body = fetch(f"{nginx}/media/albums/{name}", "HEAD")
        assert head_status == 200 and head_body == b""
        assert head_headers["Content-Security-Policy"] == app["Content-Security-Policy"]


@pytest.mark.parametrize(
    "name", ["x.shtml", "x.xhtml", "x.svgz", "x.svg", "x.html", "x.htm", "x.js", "x.xml", "x"]
)
def test_nothing_but_images_is_served_from_media(nginx, settings, name):
    (settings.MEDIA_ROOT / "editor").mkdir(parents=True, exist_ok=True)
    (settings.MEDIA_ROOT / "editor" / name).write_text("<script>alert(1)</script>")
    assert fetch(f"{nginx}/media/editor/{name}")[0] == 404


def test_documents_files_only_through_the_app_and_only_when_published(nginx, settings):
    document = make_document("05-CT/TW")
    attachment = Attachment.objects.create(
        document=document, file=SimpleUploadedFile("chi-thi.pdf", pdf_bytes()), title="Chỉ thị"
    )
    assert attachment.file.name.startswith("documents/")
    assert fetch(f"{nginx}/media/{attachment.file.name}")[0] == 404

    status, headers, body = fetch(f"{nginx}/van-ban/{document.slug}/tai-ve/{attachment.pk}/")
    assert status == 200 and body == (settings.MEDIA_ROOT / attachment.file.name).read_bytes()
    assert headers["Content-Type"] == "application/pdf"
    assert headers["Content-Disposition"].startswith('attachment; filename="Chi thi.pdf"')
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "X-Accel-Redirect" not in headers

    document.status = "draft"
    document.save()
    assert fetch(f"{nginx}/van-ban/{document.slug}/tai-ve/{attachment.pk}/")[0] == 404
