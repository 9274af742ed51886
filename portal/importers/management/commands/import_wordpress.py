"""manage.py import_wordpress EXPORT.xml: a WordPress site's posts, pages, categories, tags and
images, with their old addresses redirected. Run it again to bring changes across."""

import tomllib
from pathlib import Path

from django.core.management.base import CommandError

from portal.importers.command import ImportCommand
from portal.importers.wordpress import WordPressImport


def read_author_map(path):
    """{WordPress login: staff username} from a TOML file (`login = "username"` lines)."""
    try:
        data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise CommandError(f"Không đọc được tệp tác giả {path}: {error.strerror}.") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise CommandError(f"Tệp tác giả {path} sai cú pháp TOML: {error}.") from None
    data = data.get("authors", data)
    if not all(isinstance(value, str) and value.strip() for value in data.values()):
        raise CommandError(
            f'Tệp tác giả {path}: mỗi dòng phải có dạng tên_đăng_nhập_wordpress = "tên_tài_khoản".'
        )
    return {login: value.strip() for login, value in data.items()}


class Command(ImportCommand):
    help = (
        "Nhập tệp xuất WordPress (WXR 1.0–1.2): bài viết, trang, chuyên mục, từ khóa, ảnh; địa "
        "chỉ cũ chuyển về trang mới. Chạy lại để cập nhật, không tạo bản trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument("export", help="Tệp xuất WordPress (.xml).")
        parser.add_argument(
            "--media",
            metavar="DIR",
            help="Bản sao thư mục wp-content/uploads của trang cũ: ảnh và tệp được lấy từ đây.",
        )
        parser.add_argument(
            "--author-map",
            metavar="FILE",
            help='Tệp TOML ghép tác giả với tài khoản trên cổng, ví dụ admin = "bientap".',
        )
        parser.add_argument(
            "--default-category",
            metavar="SLUG",
            default="",
            help="Chuyên mục (đường dẫn) cho bài không có chuyên mục nào.",
        )
        super().add_arguments(parser)

    def handle(self, *args, export, **options):
        if not Path(export).is_file():
            raise CommandError(f"Không thấy tệp {export}.")
        if options["media"] and not Path(options["media"]).is_dir():
            raise CommandError(f"Không thấy thư mục {options['media']}.")
        authors = read_author_map(options["author_map"]) if options["author_map"] else {}
        self.run(
            lambda: WordPressImport(
                export,
                media=options["media"],
                author_map=authors,
                default_category=options["default_category"],
                **self.run_options(options),
            )
        )
