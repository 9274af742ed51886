"""Demo media for the portal: photo albums, embedded videos and partner links.

Photos carry captions and alt text only; the loader supplies placeholder images.
Video ids are invented; the four videos use four different URL forms on purpose.
"""

# Two albums of six photos; `alt` describes the imagined picture.
ALBUMS = [
    {
        "title": (
            "Hội nghị tổng kết công tác xây dựng tổ chức đảng trong sạch, vững mạnh giai đoạn "
            "2016-2020"
        ),
        "description": (
            "Một số hình ảnh tại hội nghị do Đảng ủy Khối tổ chức ngày 15-10-2021, nhìn lại 5 năm "
            "xây dựng tổ chức đảng trong sạch, vững mạnh và bàn phương hướng cho giai đoạn "
            "2021-2025."
        ),
        "event_date": "2021-10-15",
        "photos": [
            {
                "caption": "Quang cảnh hội nghị tại hội trường Đảng ủy Khối.",
                "alt": (
                    "Hội trường rộng với các dãy bàn phủ khăn xanh, đại biểu đeo khẩu trang ngồi "
                    "giãn cách, phía trên sân khấu là phông chữ đỏ tên hội nghị."
                ),
            },
            {
                "caption": "Đồng chí Bí thư Đảng ủy Khối phát biểu khai mạc hội nghị.",
                "alt": (
                    "Một người đàn ông trung niên mặc áo sơ mi trắng đứng phát biểu tại bục có "
                    "hoa tươi và biểu tượng búa liềm."
                ),
            },
            {
                "caption": (
                    "Đại diện Ban Tổ chức Đảng ủy Khối trình bày báo cáo tổng kết giai đoạn "
                    "2016-2020."
                ),
                "alt": (
                    "Một cán bộ nữ mặc áo dài xanh đứng tại bục phát biểu, tay cầm tập tài liệu, "
                    "màn hình lớn phía sau chiếu biểu đồ số liệu."
                ),
            },
            {
                "caption": "Đại biểu các tổ chức cơ sở đảng theo dõi báo cáo.",
                "alt": (
                    "Các đại biểu ngồi thành hàng, ghi chép vào sổ, trên bàn có tài liệu hội nghị "
                    "và chai nước."
                ),
            },
            {
                "caption": (
                    "Bí thư một đảng bộ doanh nghiệp tham luận về công tác phát triển đảng viên."
                ),
                "alt": (
                    "Một người đàn ông trẻ đeo kính đứng phát biểu, phía dưới là hàng ghế đại "
                    "biểu quay về phía sân khấu."
                ),
            },
            {
                "caption": "Trao giấy khen cho các tổ chức cơ sở đảng có thành tích tiêu biểu.",
                "alt": (
                    "Hàng người đứng trên sân khấu cầm giấy khen đóng khung và bó hoa, phía sau "
                    "là phông nền đỏ."
                ),
            },
        ],
    },
    {
        "title": "Ngày hội hiến máu “Giọt hồng Khối” năm 2021",
        "description": (
            "Hình ảnh ngày hội hiến máu tình nguyện do Đoàn Khối các Cơ quan và Doanh nghiệp tỉnh "
            "phối hợp với Bệnh viện Đa khoa tỉnh tổ chức ngày 11-7-2021."
        ),
        "event_date": "2021-07-11",
        "photos": [
            {
                "caption": "Đoàn viên thanh niên làm thủ tục đăng ký hiến máu.",
                "alt": (
                    "Hàng người trẻ đeo khẩu trang đứng giãn cách trước bàn đăng ký, một tình "
                    "nguyện viên mặc áo xanh đang ghi thông tin."
                ),
            },
            {
                "caption": "Đo thân nhiệt, sát khuẩn tay trước khi vào khu vực hiến máu.",
                "alt": (
                    "Một tình nguyện viên cầm máy đo nhiệt độ hướng vào trán một nam thanh niên, "
                    "bên cạnh là bình nước sát khuẩn."
                ),
            },
            {
                "caption": "Nhân viên y tế khám sàng lọc cho người hiến máu.",
                "alt": "Bác sĩ mặc áo blouse trắng đo huyết áp cho một cô gái ngồi trên ghế nhựa.",
            },
            {
                "caption": "Một đoàn viên lần đầu tham gia hiến máu.",
                "alt": (
                    "Nữ thanh niên nằm trên giường hiến máu, mỉm cười giơ tay làm dấu chiến "
                    "thắng, điều dưỡng đứng bên cạnh."
                ),
            },
            {
                "caption": "Những đơn vị máu được tiếp nhận trong ngày hội.",
                "alt": "Các túi máu màu đỏ sẫm xếp ngay ngắn trong thùng bảo quản màu trắng.",
            },
            {
                "caption": "Ban tổ chức tặng giấy chứng nhận cho người hiến máu.",
                "alt": (
                    "Một nam thanh niên cầm giấy chứng nhận hiến máu và phần quà nhỏ, đứng cạnh "
                    "băng rôn ngày hội."
                ),
            },
        ],
    },
]

# Each video uses a different URL form (watch, youtu.be, shorts, Vimeo).
VIDEOS = [
    {
        "title": "Phóng sự: Đảng bộ Khối 5 năm xây dựng tổ chức đảng trong sạch, vững mạnh",
        "description": (
            "Phóng sự ghi lại những kết quả nổi bật của Đảng bộ Khối trong công tác xây dựng tổ "
            "chức đảng giai đoạn 2016-2020."
        ),
        "url": "https://www.youtube.com/watch?v=Qm7xR2pLk4s",
    },
    {
        "title": "Hội nghị quán triệt Kết luận 21-KL/TW",
        "description": (
            "Trích đoạn hội nghị trực tuyến học tập, quán triệt Kết luận 21-KL/TW của Hội nghị "
            "Trung ương 4 khóa XIII ngày 9-12-2021."
        ),
        "url": "https://youtu.be/bT3nW8vYc1E?t=42",
    },
    {
        "title": "Khoảnh khắc ngày hội “Giọt hồng Khối”",
        "description": (
            "Video ngắn về những người trẻ tham gia hiến máu tình nguyện trong ngày hội của Đoàn "
            "Khối."
        ),
        "url": "https://www.youtube.com/shorts/Hx9_kP2dZ0a",
    },
    {
        "title": "Doanh nghiệp trong Khối với chuyển đổi số",
        "description": (
            "Một số doanh nghiệp thuộc Đảng bộ Khối chia sẻ kinh nghiệm ứng dụng chữ ký số, hóa "
            "đơn điện tử và phần mềm quản lý."
        ),
        "url": "https://vimeo.com/583920147",
    },
]

# Partner sites: real Vietnamese public bodies at their public addresses.
LINKS = [
    {"name": "Cổng Thông tin điện tử Chính phủ", "url": "https://chinhphu.vn"},
    {"name": "Báo Nhân Dân", "url": "https://nhandan.vn"},
    {"name": "Tạp chí Cộng sản", "url": "https://www.tapchicongsan.org.vn"},
    {"name": "Báo Nam Định", "url": "https://baonamdinh.vn"},
    {"name": "Cổng Thông tin điện tử tỉnh Nam Định", "url": "https://namdinh.gov.vn"},
]
