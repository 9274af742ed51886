"""What a browser is told about every page: the policy headers, HTTPS settings, static files."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import RequestFactory

from portal.security import allow_source
from tests.factories import image_bytes, make_article

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "portal.example.vn",
    "CSRF_TRUSTED_ORIGINS": "https://portal.example.vn",
}


def policy(response):
    return dict(
        (part.split(" ", 1) + [""])[:2] for part in response["Content-Security-Policy"].split("; ")
    )


def clean_environ(**env):
    """The test process's environment without what the test run itself set."""
    skip = {"DEBUG", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    return {**{k: v for k, v in os.environ.items() if k not in skip}, **env}


def run_django(code, **env):
    """Run `code` in a fresh process whose settings read `env` (settings are read at start)."""
    script = f"import django; django.setup(); from django.conf import settings; {code}"
    return subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=clean_environ(DJANGO_SETTINGS_MODULE="portal.settings", **env),
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize("url", ["/", "/khong-co-trang-nay/", "/admin/login/"])
def test_every_page_carries_the_policy_headers(client, url):
    response = client.get(url)
    csp = policy(response)
    assert csp["script-src"] == "'self'"
    assert csp["object-src"] == "'none'"
    assert csp["frame-ancestors"] == "'none'"
    assert csp["frame-src"] == (
        "https://www.youtube-nocookie.com https://player.vimeo.com https://www.facebook.com"
    )
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]


def test_public_pages_allow_no_inline_style_but_the_editor_may(client, admin_client):
    assert policy(client.get("/"))["style-src"] == "'self'"
    assert (
        "'unsafe-inline'" in policy(admin_client.get("/admin/articles/article/add/"))["style-src"]
    )


def test_a_script_origin_can_be_added_for_one_response(client, settings):
    # The hook the administrator-configured analytics script uses: only that response changes.
    from portal.security import content_security_policy

    request = RequestFactory().get("/")
    allow_source(request, "script-src", "https://analytics.example.vn")
    assert "script-src 'self' https://analytics.example.vn;" in content_security_policy(request)
    assert "analytics" not in client.get("/")["Content-Security-Policy"]


def test_media_is_typed_never_sniffed_and_cannot_run(client, settings):
    settings.MEDIA_ROOT.mkdir(parents=True)
    (settings.MEDIA_ROOT / "anh-a1b2c3d4.png").write_bytes(image_bytes("PNG"))
    (settings.MEDIA_ROOT / "trang.html").write_text("<script>alert(1)</script>")

    image = client.get("/media/anh-a1b2c3d4.png")
    assert image.status_code == 200
    assert image["Content-Type"] == "image/png"
    assert image["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in image["Content-Security-Policy"]
    assert "max-age=2592000" in image["Cache-Control"]

    # CDNs and link checkers ask with HEAD: the same headers, no body.
    head = client.head("/media/anh-a1b2c3d4.png")
    assert head.status_code == 200 and head["Content-Type"] == "image/png"
    assert "sandbox" in head["Content-Security-Policy"]
    assert client.post("/media/anh-a1b2c3d4.png").status_code == 405

    # Documents' files are never served as they are, only through their download view.
    (settings.MEDIA_ROOT / "documents").mkdir()
    (settings.MEDIA_ROOT / "documents" / "qd-a1b2c3d4.pdf").write_bytes(b"%PDF-1.4")
    assert client.get("/media/documents/qd-a1b2c3d4.pdf").status_code == 404
    for spelling in ("/media//documents/", "/media/./documents/", "/media/anh/../documents/"):
        assert client.get(f"{spelling}qd-a1b2c3d4.pdf").status_code == 404, spelling

    html = client.get("/media/trang.html")
    assert html["Content-Type"] == "application/octet-stream"
    assert html["Content-Disposition"] == "attachment"
    client.raise_request_exception = False
    assert client.get("/media/../portal/settings.py").status_code == 400


def test_an_uploaded_featured_image_is_served_as_an_image(client):
    article = make_article()
    article.image.save("ảnh hội nghị.jpg", ContentFile(image_bytes("JPEG")))
    response = client.get(article.image.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_check_deploy_is_clean_with_the_production_variables():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=clean_environ(**PRODUCTION),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_defaults_are_secure_and_proxy_trust_is_opt_in():
    show = (
        "print(__import__('json').dumps([settings.SECURE_SSL_REDIRECT, "
        "settings.SECURE_HSTS_SECONDS, settings.SESSION_COOKIE_SECURE, "
        "settings.SESSION_COOKIE_HTTPONLY, settings.CSRF_COOKIE_SECURE, "
        "settings.CSRF_TRUSTED_ORIGINS, settings.ALLOWED_HOSTS, "
        "getattr(settings, 'SECURE_PROXY_SSL_HEADER', None)]))"
    )
    plain = run_django(show, **PRODUCTION)
    assert plain.returncode == 0, plain.stderr
    assert json.loads(plain.stdout) == [
        True,
        31536000,
        True,
        True,
        True,
        ["https://portal.example.vn"],
        ["portal.example.vn"],
        None,
    ]
    proxied = run_django(show, **PRODUCTION, SECURE_PROXY_SSL_HEADER="1")
    assert json.loads(proxied.stdout)[-1] == ["HTTP_X_FORWARDED_PROTO", "https"]


def test_production_refuses_to_start_without_a_secret_key():
    result = run_django("print(settings.DEBUG)", DEBUG="0", SECRET_KEY="")
    assert result.returncode != 0
    assert "SECRET_KEY is not set" in result.stderr


def test_static_files_are_hashed_compressed_and_cached_for_long(settings, tmp_path):
    from whitenoise.middleware import WhiteNoiseMiddleware

    settings.DEBUG = False
    settings.STATIC_ROOT = tmp_path / "static"
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", "--noinput", verbosity=0)
    manifest = json.loads((settings.STATIC_ROOT / "staticfiles.json").read_text())
    hashed = manifest["paths"]["css/site.css"]
    assert hashed != "css/site.css"
    assert (settings.STATIC_ROOT / f"{hashed}.gz").exists()

    whitenoise = WhiteNoiseMiddleware(lambda request: None)
    request = RequestFactory().get(f"/static/{hashed}", HTTP_ACCEPT_ENCODING="gzip")
    response = whitenoise(request)
    assert response.status_code == 200
    assert response["Content-Encoding"] == "gzip"
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]


def test_images_may_come_from_the_media_storage_and_video_thumbnails(
    client, admin_client, settings
):
    csp = policy(client.get("/"))
    assert csp["img-src"] == "'self' data: https://i.ytimg.com"
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": "b", "custom_domain": "media.portal.example.vn"},
        },
    }
    for response in (client.get("/"), client.get("/video/"), admin_client.get("/admin/")):
        sources = policy(response)["img-src"].split()
        assert "https://media.portal.example.vn" in sources
        assert "https://i.ytimg.com" in sources
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                "bucket_name": "b",
                "endpoint_url": "https://s3.example.vn:9000",
                "querystring_auth": False,
            },
        },
    }
    assert "https://s3.example.vn:9000" in policy(client.get("/"))["img-src"].split()
