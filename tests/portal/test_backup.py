"""A backup restored into an empty database gives back the same articles and files."""

import sqlite3
import tarfile
from contextlib import contextmanager

import psycopg2
import pytest
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection

from news.models import Clock
from tests.factories import image_bytes, make_article

pytestmark = pytest.mark.django_db(transaction=True)


@contextmanager
def empty_database(tmp_path):
    """A new, empty database of the same kind as the test database; yields its URL."""
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}", None
        return
    name = f"{db['NAME']}_restore"
    server = psycopg2.connect(
        host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname="postgres"
    )
    server.autocommit = True
    with server.cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}"')
        cursor.execute(f'CREATE DATABASE "{name}"')
    url = f"postgres://{db['USER']}@{db['HOST']}:{db['PORT'] or 5432}/{name}"
    try:
        yield url, name
    finally:
        with server.cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        server.close()


def articles_in(url, name, query="SELECT title, image FROM articles_article ORDER BY title"):
    if name is None:
        with sqlite3.connect(url.removeprefix("sqlite:///")) as restored:
            return restored.execute(query).fetchall()
    db = connection.settings_dict
    with (
        psycopg2.connect(
            host=db["HOST"], port=db["PORT"] or 5432, user=db["USER"], dbname=name
        ) as restored,
        restored.cursor() as cursor,
    ):
        cursor.execute(query)
        return cursor.fetchall()


def test_backup_then_restore_into_an_empty_database(settings, tmp_path):
    first = make_article("Hội nghị tổng kết công tác Đảng năm 2024")
    epoch = Clock.objects.get_or_create(pk=1, defaults={"epoch": "truoc-khi-sao-luu"})[0].epoch
    first.image.save("hoi-nghi.jpg", ContentFile(image_bytes("JPEG", size=(120, 80))))
    make_article("Thông báo lịch tiếp công dân tháng 11")
    picture = settings.MEDIA_ROOT / first.image.name
    original_bytes = picture.read_bytes()

    call_command("backup", output_dir=tmp_path / "backups")
    (archive,) = (tmp_path / "backups").glob("portal-*.tar.gz")
    with tarfile.open(archive) as tar:
        names = tar.getnames()
    assert "manifest.json" in names
    assert f"media/{first.image.name}" in names

    restored_media = tmp_path / "restored-media"
    with empty_database(tmp_path) as (url, name):
        call_command(
            "restore", str(archive), database_url=url, media_root=restored_media, interactive=False
        )
        assert articles_in(url, name) == [
            ("Hội nghị tổng kết công tác Đảng năm 2024", first.image.name),
            ("Thông báo lịch tiếp công dân tháng 11", ""),
        ]
        # The restored database goes back in its change log: no page cached from the one it
        # replaced may be taken for current, so its history gets a new name.
        (restored_epoch,) = articles_in(url, name, "SELECT epoch FROM news_clock")
        assert restored_epoch[0] != epoch
    assert (restored_media / first.image.name).read_bytes() == original_bytes


def test_restore_refuses_what_is_not_a_backup(tmp_path):
    bogus = tmp_path / "portal-bogus.tar.gz"
    bogus.write_bytes(b"not an archive")
    with pytest.raises(CommandError, match="is not a portal backup"):
        call_command("restore", str(bogus), interactive=False)


def test_archives_are_readable_by_their_owner_only(tmp_path):
    import os
    import stat

    make_article()
    previous = os.umask(0)  # the loosest a shell could have
    try:
        call_command("backup", output_dir=tmp_path / "backups")
    finally:
        os.umask(previous)
    (archive,) = (tmp_path / "backups").glob("portal-*.tar.gz")
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600
    with tarfile.open(archive) as tar:
        assert "manifest.json" in tar.getnames()
