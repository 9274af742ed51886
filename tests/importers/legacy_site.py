"""A mirror of an older portal, written for the tests in the shape of a real one: a header and
menu, a breadcrumb, the article (title, date line, photo, text, source line) and a sidebar."""

from tests.factories import image_bytes

BASE = "http://dangbokhoi.example.vn"

PROFILE = f"""# Hồ sơ của cổng cũ
base_url = "{BASE}"
exclude = ["index.html"]

[selectors]
title = ".tin-chi-tiet h1.tieu-de"
date = ".tin-chi-tiet .ngay-dang"
body = ".tin-chi-tiet .noi-dung"
category = ".duong-dan a"
images = ".tin-chi-tiet .anh-bai img"
image = ".tin-chi-tiet .anh-bai img"
remove = [".chia-se"]
address = "meta[property='og:url']@content"

[category]
from = "breadcrumb"
default = "Tin tổng hợp"
"""

TEMPLATE = """<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{title} - Cổng cũ</title>
<meta property="og:url" content="{og_url}">
<script>var tracker = "không lấy";</script></head>
<body>
<div class="dau-trang"><img src="{root}images/banner.jpg" alt="Banner">
<ul class="menu"><li><a href="{root}index.html">Trang chủ</a></li>
<li><a href="{root}chuyen-muc/tin-tuc.html">Tin tức</a></li></ul></div>
<div class="duong-dan">{breadcrumb}</div>
<div class="tin-chi-tiet">
  <h1 class="tieu-de">{title}</h1>
  <div class="ngay-dang">{date}</div>
  {photo}
  <div class="noi-dung">{body}<div class="chia-se">Chia sẻ: Facebook Zalo</div></div>
</div>
<div class="cot-phai">
  <h3>Video hoạt động</h3><ul><li><a href="{root}video/1.html">Video hội nghị</a></li></ul>
  <h3>Hình ảnh hoạt động</h3><ul><li><img src="{root}uploads/anh-nho.jpg" alt=""></li></ul>
  <h3>Website liên kết</h3><select><option>Chính phủ</option></select>
</div>
</body></html>
"""

ARTICLE_1 = (
    "tin-tuc/hoat-dong/tong-ket-xay-dung-dang.html",
    dict(
        title="Đảng ủy Khối tổng kết 5 năm xây dựng tổ chức đảng trong sạch, vững mạnh",
        og_url=f"{BASE}/tin-tuc/hoat-dong/tong-ket-xay-dung-dang.html",
        date="Thứ 2, Ngày 25 / 10 / 2021",
        breadcrumb=(
            '<a href="../../index.html">Trang chủ</a> » <a href="../../chuyen-muc/tin-tuc.html">'
            'Tin tức</a> » <a href="../../chuyen-muc/hoat-dong.html">Hoạt động</a>'
        ),
        photo=(
            '<div class="anh-bai"><figure><img src="../../uploads/2021/10/hoi-nghi.jpg" '
            'alt="Toàn cảnh hội nghị"><figcaption>Các đại biểu dự hội nghị tổng kết</figcaption>'
            "</figure></div>"
        ),
        body="""
<p>Ngày 15-10, Đảng ủy Khối tổ chức hội nghị tổng kết công tác xây dựng tổ chức đảng giai đoạn 2016-2020.</p>
<p>&nbsp;&nbsp;Đảng bộ Khối hiện có 159 tổ chức cơ sở đảng với hơn 8.600 đảng viên. Xem thêm
<a href="../../TinTuc/ChiTiet.aspx@ID=7.html">thông báo lịch học tập</a> và
<a href="../../uploads/2021/10/ke-hoach.pdf">kế hoạch năm 2022</a>.</p>
<p>      Giai đoạn 2021-2025, Đảng bộ Khối tiếp tục nâng cao năng lực lãnh đạo./.</p>
<p><strong>Theo Báo Nam Định,</strong></p>
""",
    ),
)

ARTICLE_2 = (
    "TinTuc/ChiTiet.aspx@ID=7.html",
    dict(
        title="Thông báo lịch học tập nghị quyết",
        og_url=f"{BASE}/TinTuc/ChiTiet.aspx?ID=7",
        date="Chủ nhật, ngày 24/10/2021 - 08:15",
        breadcrumb=(
            '<a href="../index.html">Trang chủ</a> » <a href="../thong-bao.html">Thông báo</a>'
        ),
        photo="",
        body="""<p>Các chi bộ tổ chức học tập nghị quyết trong tháng 11.</p>
<p><img src="../uploads/2021/10/lich.png" alt="Lịch học tập"></p>
<p>Đăng ký theo mẫu gửi về Văn phòng.</p>
<p>(Theo TTXVN)</p>""",
    ),
)

ARTICLE_3 = (
    "index.php@option=com_content&view=article&id=45.html",
    dict(
        title="Hội thao chào mừng ngày thành lập Đảng 🎉 — “Khỏe để học tập”",
        og_url="",
        date="25-10-2021",
        breadcrumb="",
        photo="",
        body=(
            "<p>Hội thao có 12 đoàn tham gia.</p>"
            "<p>Ảnh thiếu: <img src='../uploads/khong-co.jpg' alt='x'></p>"
        ),
    ),
)

LIST_PAGE = (
    "chuyen-muc/tin-tuc.html",
    dict(title="", og_url="", date="", breadcrumb="", photo="", body=""),
)


def write_site(root):
    """The saved pages and their images under `root`; returns `root`."""
    for relative, fields in (ARTICLE_1, ARTICLE_2, ARTICLE_3):
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        depth = relative.count("/")
        path.write_text(TEMPLATE.format(root="../" * depth, **fields), encoding="utf-8")
    listing = root / LIST_PAGE[0]
    listing.parent.mkdir(parents=True, exist_ok=True)
    listing.write_text(
        "<html><body><div class='danh-sach'><a href='../tin-tuc/hoat-dong/"
        "tong-ket-xay-dung-dang.html'>Tổng kết</a></div></body></html>",
        encoding="utf-8",
    )
    (root / "index.html").write_text("<html><body>Trang chủ</body></html>", encoding="utf-8")
    uploads = root / "uploads/2021/10"
    uploads.mkdir(parents=True, exist_ok=True)
    (uploads / "hoi-nghi.jpg").write_bytes(image_bytes("JPEG", size=(1000, 640)))
    (uploads / "lich.png").write_bytes(image_bytes("PNG", size=(400, 300)))
    from tests.factories import pdf_bytes

    (uploads / "ke-hoach.pdf").write_bytes(pdf_bytes("Ke hoach"))
    return root
