"""manage.py import_pages DIR --profile PROFILE.toml: articles from the saved pages of an older
portal, read with a profile of CSS selectors; old addresses redirected. Run it again to bring
changes across."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from portal.importers.base import ImportFailed
from portal.importers.pages import SavedPagesImport, load_profile


class Command(BaseCommand):
    help = (
        "Nhập bài viết từ thư mục trang web đã lưu của cổng cũ, theo hồ sơ bộ chọn CSS (TOML). "
        "Chạy lại để cập nhật, không tạo bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Thư mục chứa các trang đã lưu (bản sao trang cũ).")
        parser.add_argument("--profile", required=True, help="Hồ sơ TOML: nơi lấy từng phần bài.")
        parser.add_argument(
            "--fetch-media",
            action="store_true",
            help="Tải ảnh và tệp không có trong thư mục từ trang cũ (base_url) qua HTTP.",
        )
        parser.add_argument(
            "--overwrite",
            action="store_true",
            help="Ghi đè cả những bài đã được sửa trên cổng sau lần nhập trước.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Chỉ báo cáo, không ghi gì.")
        parser.add_argument("--batch-size", type=int, default=500, help="Số bài ghi mỗi lượt.")

    def handle(self, *args, folder, profile, **options):
        if not Path(folder).is_dir():
            raise CommandError(f"Không thấy thư mục {folder}.")
        try:
            importer = SavedPagesImport(
                folder,
                load_profile(profile),
                fetch_media=options["fetch_media"],
                dry_run=options["dry_run"],
                overwrite=options["overwrite"],
                batch_size=max(1, options["batch_size"]),
            )
            report = importer.run()
        except ImportFailed as error:
            raise CommandError(str(error)) from None
        self.stdout.write(report.render())
        self.stdout.write(self.style.SUCCESS(report.summary()))
