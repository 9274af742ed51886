"""Backups: the database and the uploads in one timestamped archive, and the way back.

The archive is a .tar.gz holding `manifest.json`, the database (`database.dump`, a pg_dump
custom-format dump, or `database.sqlite3` on SQLite) and `media/`. Media on object storage is
not copied: the bucket keeps its own versions.
"""

import json
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import connections
from django.utils import timezone

POSTGRESQL = "django.db.backends.postgresql"
SQLITE = "django.db.backends.sqlite3"


class BackupError(Exception):
    pass


def _pg_args(db):
    args = ["--host", db.get("HOST") or "127.0.0.1", "--port", str(db.get("PORT") or 5432)]
    if db.get("USER"):
        args += ["--username", db["USER"]]
    return args


def _pg_env(db):
    env = dict(os.environ)
    if db.get("PASSWORD"):
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


def _run(command, env):
    result = subprocess.run(command, env=env, capture_output=True, text=True)  # noqa: S603
    if result.returncode != 0:
        raise BackupError(f"{command[0]} failed: {result.stderr.strip()}")


def _media_on_disk():
    backend = settings.STORAGES["default"]["BACKEND"]
    return backend == "django.core.files.storage.FileSystemStorage"


def create_archive(output_dir, alias="default"):
    """Write the archive into `output_dir` and return its path."""
    connection = connections[alias]
    db = connection.settings_dict
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    archive = output_dir / f"portal-{stamp}.tar.gz"
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        if db["ENGINE"] == POSTGRESQL:
            dump = work / "database.dump"
            _run(
                [
                    "pg_dump",
                    "--format=custom",
                    "--no-owner",
                    "--no-privileges",
                    *_pg_args(db),
                    "--file",
                    str(dump),
                    db["NAME"],
                ],
                _pg_env(db),
            )
        elif db["ENGINE"] == SQLITE:
            dump = work / "database.sqlite3"
            connection.ensure_connection()
            with sqlite3.connect(dump) as target:
                connection.connection.backup(target)
            target.close()
        else:
            raise BackupError(f"Unsupported database engine {db['ENGINE']}")
        manifest = {
            "created": timezone.now().isoformat(),
            "engine": db["ENGINE"],
            "database": dump.name,
            "media": _media_on_disk(),
        }
        (work / "manifest.json").write_text(json.dumps(manifest, indent=2))
        partial = archive.with_suffix(".partial")
        # The archive holds every password hash and session: readable by its owner only, from
        # the moment it exists, whatever the umask.
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(fd, 0o600)
        with os.fdopen(fd, "wb") as raw, tarfile.open(fileobj=raw, mode="w:gz") as tar:
            tar.add(work / "manifest.json", arcname="manifest.json")
            tar.add(dump, arcname=dump.name)
            media_root = Path(settings.MEDIA_ROOT)
            if manifest["media"] and media_root.is_dir():
                tar.add(media_root, arcname="media")
        partial.rename(archive)
    return archive


def restore_archive(archive, db, media_root):
    """Load `archive` into the database described by the settings dict `db` and copy its media
    into `media_root`. What the database held before is replaced; media files are added."""
    with tempfile.TemporaryDirectory() as work:
        work = Path(work)
        try:
            with tarfile.open(archive, "r:gz") as tar:
                tar.extractall(work, filter="data")
            manifest = json.loads((work / "manifest.json").read_text())
        except (OSError, tarfile.TarError, ValueError, KeyError) as error:
            raise BackupError(f"{archive} is not a portal backup: {error}") from error
        if manifest["engine"] != db["ENGINE"]:
            raise BackupError(
                f"The backup holds a {manifest['engine']} database; the target is {db['ENGINE']}."
            )
        dump = work / manifest["database"]
        if db["ENGINE"] == POSTGRESQL:
            _run(
                [
                    "pg_restore",
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--exit-on-error",
                    *_pg_args(db),
                    "--dbname",
                    db["NAME"],
                    str(dump),
                ],
                _pg_env(db),
            )
        else:
            with sqlite3.connect(dump) as source, sqlite3.connect(db["NAME"]) as target:
                source.backup(target)
            source.close()
            target.close()
        _new_cache_epoch(db)
        media = work / "media"
        if media.is_dir():
            shutil.copytree(media, media_root, dirs_exist_ok=True)
    return manifest


def _new_cache_epoch(db):
    """The restored database goes back in its change log's numbers: give it a new epoch, so that
    no copy cached from the database it replaced is served again (news.cache)."""
    from news.cache import new_epoch

    statement = "UPDATE news_clock SET epoch = %s"
    if db["ENGINE"] == POSTGRESQL:
        import psycopg2

        connection = psycopg2.connect(
            dbname=db["NAME"],
            host=db.get("HOST") or "127.0.0.1",
            port=db.get("PORT") or 5432,
            user=db.get("USER") or None,
            password=db.get("PASSWORD") or None,
        )
        try:
            with connection, connection.cursor() as cursor:
                cursor.execute("SELECT to_regclass('news_clock')")
                if cursor.fetchone()[0]:
                    cursor.execute(statement, [new_epoch()])
        finally:
            connection.close()
    else:
        with sqlite3.connect(db["NAME"]) as connection:
            found = connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'news_clock'"
            ).fetchone()
            if found:
                connection.execute(statement.replace("%s", "?"), [new_epoch()])
        connection.close()
