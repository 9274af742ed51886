"""Write one timestamped archive with the database and the uploaded files."""

from django.core.management.base import BaseCommand, CommandError

from portal.backup import BackupError, create_archive


class Command(BaseCommand):
    help = (
        "Back up the database (pg_dump on PostgreSQL) and MEDIA_ROOT into one archive "
        "portal-YYYYMMDD-HHMMSS.tar.gz."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", default="backups", help="Folder for the archive.")

    def handle(self, *args, **options):
        try:
            archive = create_archive(options["output_dir"])
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(f"Backup written to {archive}"))
