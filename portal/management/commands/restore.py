"""Load a backup archive made by `backup` into the database and the media folder."""

import dj_database_url
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from portal.backup import BackupError, restore_archive


class Command(BaseCommand):
    help = (
        "Restore an archive made by `manage.py backup`: the database is replaced by the one in "
        "the archive, and its media files are copied into MEDIA_ROOT."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz written by `manage.py backup`.")
        parser.add_argument(
            "--database-url",
            help="Restore into this database instead of the configured one.",
        )
        parser.add_argument("--media-root", help="Copy media here instead of MEDIA_ROOT.")
        parser.add_argument(
            "--noinput",
            "--no-input",
            action="store_false",
            dest="interactive",
            help="Do not ask for confirmation.",
        )

    def handle(self, *args, **options):
        if options["database_url"]:
            db = dj_database_url.parse(options["database_url"])
        else:
            db = connections["default"].settings_dict
        media_root = options["media_root"] or settings.MEDIA_ROOT
        if options["interactive"]:
            answer = input(
                f"This replaces everything in the database {db['NAME']!r} with the backup. "
                "Type 'yes' to continue: "
            )
            if answer.strip().lower() != "yes":
                raise CommandError("Restore cancelled.")
        connections.close_all()
        try:
            manifest = restore_archive(options["archive"], db, media_root)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(f"Restored the backup of {manifest['created']} into {db['NAME']!r}.")
        )
