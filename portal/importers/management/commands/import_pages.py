"""manage.py import_pages DIR --profile PROFILE.toml: articles from the saved pages of an older
portal, read with a profile of CSS selectors; old addresses redirected. Run it again to bring
changes across."""

from pathlib import Path

from django.core.management.base import CommandError

from portal.importers.command import ImportCommand
from portal.importers.pages import SavedPagesImport, load_profile


class Command(ImportCommand):
    help = (
        "Nhập bài viết từ thư mục trang web đã lưu của cổng cũ, theo hồ sơ bộ chọn CSS (TOML). "
        "Chạy lại để cập nhật, không tạo bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="Thư mục chứa các trang đã lưu (bản sao trang cũ).")
        parser.add_argument("--profile", required=True, help="Hồ sơ TOML: nơi lấy từng phần bài.")
        super().add_arguments(parser)

    def handle(self, *args, folder, profile, **options):
        if not Path(folder).is_dir():
            raise CommandError(f"Không thấy thư mục {folder}.")
        self.run(
            lambda: SavedPagesImport(folder, load_profile(profile), **self.run_options(options))
        )
