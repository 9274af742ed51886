"""The old WordPress site of the tests: posts, a page, nested categories, keywords, files."""

from tests.importers.wxr import Item, export

BASE = "http://old.example.vn"
UPLOADS = f"{BASE}/wp-content/uploads/2021/10"
LONG_TITLE = "Tiếp tục đổi mới, nâng cao hiệu lực, hiệu quả công tác kiểm tra, giám sát " * 5
UTF8_TITLE = "Đảng ủy Khối — “Học tập và làm theo” tư tưởng Bác: 100% đảng viên ✓"

CATEGORIES = [
    ("tin-tuc", "Tin tức", "", 3),
    ("hoat-dong", "Hoạt động", "tin-tuc", 4),
    ("thong-bao", "Thông báo", "", 5),
]
TAGS = [("dang-vien", "Đảng viên"), ("thanh-nien", "Thanh niên")]

CLASSIC_BODY = f"""Ngày 15-10, Đảng ủy Khối tổ chức hội nghị tổng kết công tác năm 2021.

Hội nghị đánh giá kết quả nổi bật:
số đảng viên mới tăng, công tác kiểm tra được tăng cường.

[caption id="attachment_50" align="aligncenter" width="300"]<img class="size-medium wp-image-50" src="{UPLOADS}/anh-hoi-nghi-300x200.jpg" alt="" width="300" height="200" /> Các đại biểu dự hội nghị[/caption]

Xem thêm <a href="{BASE}/?p=13">bài về đại hội</a>, <a href="{BASE}/category/tin-tuc/hoat-dong/">các hoạt động</a> và <a href="{UPLOADS}/bao-cao.pdf">báo cáo tổng kết</a>.

Theo Báo Nam Định,"""

BLOCK_BODY = """<!-- wp:paragraph -->
<p>Đại hội Đoàn Thanh niên nhiệm kỳ 2022-2027 diễn ra thành công.</p>
<!-- /wp:paragraph -->
<!-- wp:shortcode -->
[gallery ids="50,51" columns="2"]
<!-- /wp:shortcode -->
<!-- wp:paragraph -->
<p>Video: [embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]</p>
<!-- /wp:paragraph -->
[contact-form-7 id="9" title="Liên hệ"]
[vc_row][vc_column][vc_column_text]<p>Chữ trong khung bố cục.</p>[/vc_column_text][/vc_column][/vc_row]
<p>Bấm [Xem thêm] để đọc tiếp. Ảnh ngoài: <img src="http://other.example.com/anh.jpg" alt="Ảnh ngoài"></p>
<p>(Theo TTXVN)</p>"""


def attachment(post_id, filename, *, parent=12, alt="", caption=""):
    return Item(
        post_id,
        filename.rsplit(".", 1)[0],
        post_type="attachment",
        status="inherit",
        parent=parent,
        attachment_url=f"{UPLOADS}/{filename}",
        excerpt=caption,
        meta={"_wp_attached_file": f"2021/10/{filename}", "_wp_attachment_image_alt": alt},
    )


def items(base=BASE):
    return [
        Item(
            12,
            "Hội nghị tổng kết công tác xây dựng Đảng năm 2021",
            CLASSIC_BODY,
            name="hoi-nghi-tong-ket",
            date_gmt="2021-10-24 18:30:00",  # 25/10 01:30 in Vietnam
            date="2021-10-25 01:30:00",
            categories=[("hoat-dong", "Hoạt động")],
            tags=[("dang-vien", "Đảng viên")],
            meta={"_thumbnail_id": "50", "_edit_last": "1"},
            sticky=True,
            comments=2,
        ),
        attachment(50, "anh-hoi-nghi.jpg", alt="Quang cảnh hội nghị", caption="Các đại biểu"),
        attachment(51, "anh-dai-hoi.png", parent=13, alt="Đại biểu biểu quyết"),
        attachment(52, "thieu.jpg", parent=24),
        Item(
            13,
            "Đại hội Đoàn Thanh niên",
            BLOCK_BODY,
            name="dai-hoi-doan",
            excerpt="Đại hội Đoàn Thanh niên nhiệm kỳ 2022-2027 diễn ra thành công.",
            date_gmt="2021-10-26 02:00:00",
            categories=[("tin-tuc", "Tin tức"), ("thong-bao", "Thông báo")],
            tags=[("thanh-nien", "Thanh niên"), ("dang-vien", "Đảng viên")],
            creator="ctv",
        ),
        Item(
            14,
            "Bài hẹn giờ",
            "Sẽ đăng sau.",
            status="future",
            name="hen-gio",
            date_gmt="2099-01-01 01:00:00",
            categories=[("tin-tuc", "Tin tức")],
        ),
        Item(
            15,
            "Bài nháp",
            "Nháp.",
            status="draft",
            name="",
            date_gmt="0000-00-00 00:00:00",
            date="2021-11-01 09:00:00",
            categories=[("tin-tuc", "Tin tức")],
        ),
        Item(
            16,
            "Bài chờ duyệt",
            "Chờ.",
            status="pending",
            name="cho-duyet",
            categories=[("tin-tuc", "Tin tức")],
        ),
        Item(
            17,
            "Bài riêng tư",
            "Chỉ nội bộ.",
            status="private",
            name="rieng-tu",
            categories=[("tin-tuc", "Tin tức")],
        ),
        Item(
            18,
            "Bài có mật khẩu",
            "Nội dung bí mật của bài có mật khẩu.",
            name="mat-khau",
            password="bimat",
            categories=[("tin-tuc", "Tin tức")],
        ),
        Item(19, "Bài trong thùng rác", "Xóa rồi.", status="trash", name="thung-rac__trashed"),
        Item(20, "Bản sửa đổi", "Cũ.", post_type="revision", status="inherit", parent=12),
        Item(21, "Trang chủ", "", post_type="nav_menu_item", name="21"),
        Item(
            22,
            "Giới thiệu",
            "Đảng bộ Khối được thành lập năm 1999.\n\nCó 159 tổ chức cơ sở.",
            post_type="page",
            name="gioi-thieu",
            menu_order=3,
            link=f"{base}/gioi-thieu/",
        ),
        Item(23, "Sản phẩm", "Không nhập.", post_type="product", name="san-pham"),
        Item(
            24,
            LONG_TITLE,
            "Nội dung bài có tiêu đề dài.",
            name="tieu-de-dai",
            categories=[("thong-bao", "Thông báo")],
            meta={"_thumbnail_id": "52"},
        ),
        Item(
            25,
            UTF8_TITLE,
            "Nội dung có chữ “ngoặc kép” và ký hiệu ✓.",
            name="%c4%91ang-uy",
            categories=[("tin-tuc", "Tin tức")],
        ),
    ]


def archive(version="1.2", base=BASE, extra=()):
    return export(
        [*items(base), *extra],
        base=base,
        version=version,
        categories=CATEGORIES,
        tags=TAGS,
        authors=[("admin", "Minh Anh"), ("ctv", "Cộng tác viên Thu Hà")],
    )
