"""Demo static pages for the portal: introduction, contact and an English summary.

Names of the leadership are fictional; contact details match SITE in articles.py.
"""

PAGES = [
    {
        "title": "Giới thiệu",
        "slug": "gioi-thieu",
        "order": 0,
        "body": (
            "<p>Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh Nam Định trực thuộc Tỉnh ủy Nam "
            "Định, là cấp trên trực tiếp của các tổ chức cơ sở đảng trong các cơ quan hành chính, "
            "đơn vị sự nghiệp và doanh nghiệp cấp tỉnh. Đảng bộ hiện có 159 tổ chức cơ sở đảng "
            "với trên 8.600 đảng viên.</p>"
            "<h2>Chức năng, nhiệm vụ</h2>"
            "<p>Đảng ủy Khối lãnh đạo các tổ chức cơ sở đảng trực thuộc thực hiện đường lối của "
            "Đảng, chính sách, pháp luật của Nhà nước và nhiệm vụ chính trị của từng cơ quan, đơn "
            "vị, doanh nghiệp. Các nhiệm vụ chủ yếu gồm:</p>"
            "<ul>"
            "<li>lãnh đạo công tác chính trị, tư tưởng trong cán bộ, đảng viên và người lao "
            "động;</li>"
            "<li>xây dựng tổ chức cơ sở đảng vững mạnh, phát triển và quản lý đảng viên;</li>"
            "<li>thực hiện công tác kiểm tra, giám sát và thi hành kỷ luật trong Đảng;</li>"
            "<li>lãnh đạo Công đoàn, Đoàn Thanh niên, Hội Cựu chiến binh trong Khối;</li>"
            "<li>phối hợp với các cấp ủy địa phương và cơ quan chức năng trong công tác cán bộ và "
            "bảo vệ chính trị nội bộ.</li>"
            "</ul>"
            "<h2>Cơ cấu tổ chức</h2>"
            "<p>Giúp việc cho Ban Chấp hành, Ban Thường vụ Đảng ủy Khối có các cơ quan tham mưu "
            "và các đoàn thể:</p>"
            "<ul>"
            "<li>Văn phòng Đảng ủy Khối;</li>"
            "<li>Ban Tổ chức;</li>"
            "<li>Ban Tuyên giáo;</li>"
            "<li>Ban Dân vận;</li>"
            "<li>Ủy ban Kiểm tra Đảng ủy Khối;</li>"
            "<li>Công đoàn Khối, Đoàn Khối và Hội Cựu chiến binh Khối.</li>"
            "</ul>"
            "<h2>Lãnh đạo Đảng ủy Khối</h2>"
            "<table><thead><tr><th>Họ và tên</th><th>Chức vụ</th></tr>"
            "</thead>"
            "<tbody>"
            "<tr><td>Đỗ Quang Vinh</td><td>Bí thư Đảng ủy Khối</td></tr>"
            "<tr><td>Nguyễn Thị Hoa</td><td>Phó Bí thư Thường trực Đảng ủy Khối</td></tr>"
            "<tr><td>Phạm Văn Thắng</td><td>Phó Bí thư Đảng ủy Khối</td></tr>"
            "<tr><td>Vũ Đức Long</td><td>Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm "
            "tra</td></tr>"
            "<tr><td>Trần Thị Mai Lan</td><td>Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức</td></tr>"
            "<tr><td>Lê Minh Tuấn</td><td>Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo</td></tr>"
            "<tr><td>Đinh Thị Thu</td><td>Ủy viên Ban Chấp hành, Trưởng Ban Dân vận</td></tr>"
            "<tr><td>Hoàng Văn Nam</td><td>Ủy viên Ban Chấp hành, Chánh Văn phòng</td></tr>"
            "</tbody></table>"
        ),
    },
    {
        "title": "Liên hệ",
        "slug": "lien-he",
        "order": 90,
        "body": (
            "<p>Mọi ý kiến góp ý, đề nghị cung cấp thông tin hoặc gửi tin, bài cho Cổng thông tin "
            "điện tử, xin liên hệ:</p>"
            "<h2>Văn phòng Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Nam Định</h2>"
            "<ul>"
            "<li><strong>Địa chỉ:</strong> Số 25 đường Trần Hưng Đạo, phường Bà Triệu, thành phố "
            "Nam Định, tỉnh Nam Định</li>"
            "<li><strong>Điện thoại:</strong> 0228 3845 126</li>"
            '<li><strong>Thư điện tử:</strong> <a href="mailto:vanphong@dangbokhoi.example.vn">'
            "vanphong@dangbokhoi.example.vn</a></li>"
            "</ul>"
            "<h3>Thời gian làm việc</h3>"
            "<p>Từ thứ Hai đến thứ Sáu: buổi sáng từ 7 giờ 00 đến 11 giờ 30, buổi chiều từ 13 giờ "
            "30 đến 17 giờ 00. Nghỉ thứ Bảy, Chủ nhật và các ngày lễ, Tết theo quy định.</p>"
            "<p>Tin, bài gửi đăng cần ghi rõ họ tên, đơn vị công tác và số điện thoại của tác "
            "giả. Ban biên tập có quyền biên tập lại nội dung cho phù hợp.</p>"
        ),
    },
    {
        "title": "English",
        "slug": "english",
        "order": 91,
        "language": "en",
        "body": (
            "<p>Welcome to the web portal of the <strong>Party Committee of Provincial Agencies "
            "and Enterprises of Nam Định Province</strong> (<em>Đảng ủy Khối các Cơ quan và Doanh "
            "nghiệp tỉnh Nam Định</em>).</p>"
            "<h2>About us</h2>"
            "<p>The Party Committee reports to the Nam Định Provincial Party Committee and "
            "directly leads the grassroots Party organizations in provincial government agencies, "
            "public service units and enterprises. It currently oversees 159 grassroots Party "
            "organizations with more than 8,600 members.</p>"
            "<h2>Structure</h2>"
            "<ul>"
            "<li>Executive Committee and Standing Committee</li>"
            "<li>Office of the Party Committee</li>"
            "<li>Organization Department</li>"
            "<li>Propaganda and Education Department</li>"
            "<li>Mass Mobilization Department</li>"
            "<li>Inspection Commission</li>"
            "<li>Trade Union, Youth Union and Veterans' Association of the bloc</li>"
            "</ul>"
            "<h2>Contact</h2>"
            "<ul>"
            "<li><strong>Address:</strong> 25 Trần Hưng Đạo Street, Bà Triệu Ward, Nam Định City, "
            "Nam Định Province, Viet Nam</li>"
            "<li><strong>Phone:</strong> +84 228 3845 126</li>"
            '<li><strong>E-mail:</strong> <a href="mailto:vanphong@dangbokhoi.example.vn">'
            "vanphong@dangbokhoi.example.vn</a></li>"
            "<li><strong>Office hours:</strong> Monday to Friday, 7:00-11:30 and 13:30-17:00</li>"
            "</ul>"
            "<p>Most content on this portal is published in Vietnamese only.</p>"
        ),
    },
]
