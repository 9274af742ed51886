"""What the two import commands share: the options of every run, and printing its report."""

from django.core.management.base import BaseCommand, CommandError

from .base import ImportFailed


class ImportCommand(BaseCommand):
    def add_arguments(self, parser):
        parser.add_argument(
            "--fetch-media",
            action="store_true",
            help="Tải ảnh và tệp còn thiếu từ trang cũ qua HTTP (chỉ từ tên miền của trang cũ).",
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Ghi đè cả những bài đã được sửa trên cổng sau lần nhập trước.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Chỉ báo cáo, không ghi gì.")
        parser.add_argument("--batch-size", type=int, default=500, help="Số bài ghi mỗi lượt.")

    @staticmethod
    def run_options(options):
        return {
            "fetch_media": options["fetch_media"],
            "dry_run": options["dry_run"],
            "overwrite": options["overwrite"],
            "batch_size": max(1, options["batch_size"]),
        }

    def run(self, make_importer):
        """Build the importer and run it; a source that cannot be imported is a CommandError."""
        try:
            report = make_importer().run()
        except ImportFailed as error:
            raise CommandError(str(error)) from None
        self.stdout.write(report.render())
        self.stdout.write(self.style.SUCCESS(report.summary()))
