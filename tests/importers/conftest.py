"""Fixtures of the importer tests: an old site's upload folder, exports written to disk, an
administrator, and the old site served over HTTP on loopback."""

import functools
import http.server
import threading

import pytest
from django.core.management import call_command

from tests.factories import image_bytes, pdf_bytes
from tests.servers import free_port


@pytest.fixture
def uploads(tmp_path):
    """A copy of the old site's wp-content/uploads folder."""
    root = tmp_path / "uploads"
    (root / "2021/10").mkdir(parents=True)
    (root / "2021/10/anh-hoi-nghi.jpg").write_bytes(image_bytes("JPEG", size=(900, 600)))
    # WordPress's resized copy, which bodies show: the original is imported instead.
    (root / "2021/10/anh-hoi-nghi-300x200.jpg").write_bytes(image_bytes("JPEG", size=(300, 200)))
    (root / "2021/10/anh-dai-hoi.png").write_bytes(image_bytes("PNG", size=(640, 480)))
    (root / "2021/10/bao-cao.pdf").write_bytes(pdf_bytes("Bao cao tong ket"))
    (root / "2021/10/gia-anh.jpg").write_bytes(b"<html>not an image</html>")
    return root


@pytest.fixture
def write_export(tmp_path):
    def write(text, name="export.xml"):
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        return str(path)

    return write


@pytest.fixture
def run_import(capsys):
    """Run a command; returns what it printed."""

    def run(*args, **options):
        call_command(*args, **options)
        return capsys.readouterr().out

    return run


@pytest.fixture
def admin_user(db, django_user_model):
    return django_user_model.objects.create_superuser("quantri", password="mat-khau-du-dai-2024")


@pytest.fixture
def admin_client(admin_user):
    from django.test import Client

    client = Client()
    client.force_login(admin_user)
    return client


class _Handler(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 (http.server's name)
        if self.path.endswith("/sang-noi-khac.jpg"):
            self.send_response(302)
            self.send_header("Location", "http://10.255.255.1/anh.jpg")
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, *args):
        pass


@pytest.fixture
def old_site(tmp_path):
    """The old site on a loopback port, serving `tmp_path/site` (its wp-content/uploads...)."""
    root = tmp_path / "site"
    root.mkdir()
    port = free_port()
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(_Handler, directory=str(root))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{port}"
    server.shutdown()
    server.server_close()
