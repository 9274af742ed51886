"""Demo articles for the portal: site identity, the category menu and twenty news items.

All people, units and figures are fictional except where an article retells a public
report (the 2016-2020 review conference), whose facts are restated in our own words.
"""

# Identity of the (fictional) organization shown in the header and footer.
SITE = {
    "name": "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh Nam Định",
    "tagline": "Cổng thông tin điện tử",
    "address": "Số 25 đường Trần Hưng Đạo, phường Bà Triệu, thành phố Nam Định, tỉnh Nam Định",
    "phone": "0228 3845 126",
    "email": "vanphong@dangbokhoi.example.vn",
    "footer_text": (
        "Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Nam Định cấp ngày "
        "12/3/2021. Chịu trách nhiệm chính: Lê Minh Tuấn - Trưởng Ban Tuyên giáo Đảng ủy Khối. "
        "Ghi rõ nguồn khi phát hành lại thông tin từ cổng thông tin này."
    ),
}

# Ordered; children appear under their parent in the main menu.
CATEGORIES = [
    {
        "name": "Tin tức - Sự kiện",
        "slug": "tin-tuc-su-kien",
        "children": [],
    },
    {
        "name": "Xây dựng Đảng",
        "slug": "xay-dung-dang",
        "children": [
            {"name": "Công tác tổ chức", "slug": "cong-tac-to-chuc"},
            {"name": "Kiểm tra - Giám sát", "slug": "kiem-tra-giam-sat"},
        ],
    },
    {
        "name": "Học tập và làm theo Bác",
        "slug": "hoc-tap-va-lam-theo-bac",
        "children": [],
    },
    {
        "name": "Đoàn thể",
        "slug": "doan-the",
        "children": [],
    },
    {
        "name": "Kinh tế - Xã hội",
        "slug": "kinh-te-xa-hoi",
        "children": [],
    },
    {
        "name": "Gương điển hình",
        "slug": "guong-dien-hinh",
        "children": [],
    },
]

# Twenty articles; `published` is local time (Asia/Ho_Chi_Minh), "YYYY-MM-DD HH:MM".
ARTICLES = [
    {
        "title": "Đảng ủy Khối sơ kết công tác 6 tháng đầu năm 2021",
        "category": "tin-tuc-su-kien",
        "lead": (
            "Ngày 19-7, Ban Chấp hành Đảng bộ Khối các Cơ quan và Doanh nghiệp tỉnh họp sơ kết "
            "công tác 6 tháng đầu năm và bàn nhiệm vụ những tháng cuối năm 2021. Hội nghị diễn ra "
            "trực tiếp, kết hợp trực tuyến tới các đảng bộ cơ sở."
        ),
        "body": (
            "<p>Để bảo đảm yêu cầu phòng, chống dịch COVID-19, hội nghị được bố trí tại hội "
            "trường Đảng ủy Khối với số lượng đại biểu hạn chế, đồng thời kết nối tới 12 điểm cầu "
            "tại các đảng bộ cơ sở có đông đảng viên. Đồng chí Đỗ Quang Vinh, Bí thư Đảng ủy "
            "Khối, chủ trì hội nghị.</p>"
            "<p>Theo báo cáo của Ban Thường vụ, nửa đầu năm nay các cấp ủy trực thuộc đã hoàn "
            "thành việc học tập, quán triệt Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại "
            "hội Đảng bộ tỉnh lần thứ XX; hơn 8.400 đảng viên tham gia, đạt tỷ lệ trên 97%. Các "
            "tổ chức cơ sở đảng cũng đã lãnh đạo cán bộ, người lao động tham gia đầy đủ cuộc bầu "
            "cử đại biểu Quốc hội khóa XV và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ "
            "2021-2026.</p>"
            "<p>Toàn Đảng bộ kết nạp được 186 đảng viên mới, bằng 46,5% chỉ tiêu cả năm. Ủy ban "
            "Kiểm tra các cấp đã tiến hành kiểm tra 23 tổ chức đảng, 41 đảng viên và giám sát "
            "chuyên đề 35 tổ chức đảng. Dù chịu tác động nặng nề của dịch bệnh, phần lớn doanh "
            "nghiệp trong Khối vẫn duy trì sản xuất, giữ được việc làm và thu nhập cho người lao "
            "động.</p>"
            "<h2>Bốn nhóm nhiệm vụ trọng tâm</h2>"
            "<p>Kết luận hội nghị, đồng chí Bí thư Đảng ủy Khối yêu cầu các cấp ủy tập trung vào "
            "những việc sau:</p>"
            "<ul>"
            "<li>cụ thể hóa Nghị quyết Đại hội Đảng bộ Khối nhiệm kỳ 2020-2025 bằng chương trình, "
            "kế hoạch sát với từng cơ quan, doanh nghiệp;</li>"
            "<li>lãnh đạo thực hiện “mục tiêu kép”: phòng, chống dịch hiệu quả và hoàn thành kế "
            "hoạch chuyên môn, sản xuất kinh doanh;</li>"
            "<li>đẩy mạnh phát triển đảng viên, nhất là trong công nhân trực tiếp sản xuất và "
            "đoàn viên thanh niên;</li>"
            "<li>chuẩn bị sớm việc kiểm điểm, đánh giá, xếp loại chất lượng tổ chức đảng và đảng "
            "viên cuối năm.</li>"
            "</ul>"
            "<p>Dịp này, Ban Thường vụ Đảng ủy Khối tặng giấy khen cho 8 tập thể có thành tích "
            "tiêu biểu trong công tác phòng, chống dịch COVID-19 từ đầu năm đến nay.</p>"
        ),
        "source": "",
        "author": "Minh Anh",
        "published": "2021-07-20 09:00",
        "featured": True,
        "tags": ["sơ kết 6 tháng", "Đảng ủy Khối", "phòng chống dịch"],
    },
    {
        "title": "Hội nghị báo cáo viên Đảng ủy Khối quý III năm 2021",
        "category": "tin-tuc-su-kien",
        "lead": (
            "Ban Tuyên giáo Đảng ủy Khối vừa tổ chức hội nghị báo cáo viên quý III, cung cấp "
            "thông tin thời sự và định hướng công tác tuyên truyền cho đội ngũ báo cáo viên, "
            "tuyên truyền viên ở cơ sở."
        ),
        "body": (
            "<p>Hội nghị có sự tham gia của gần 70 báo cáo viên, tuyên truyền viên là bí thư, phó "
            "bí thư và cấp ủy viên phụ trách công tác tuyên giáo tại các đảng bộ, chi bộ cơ sở "
            "trực thuộc. Do yêu cầu giãn cách, phần lớn đại biểu theo dõi qua hệ thống hội nghị "
            "trực tuyến.</p>"
            "<p>Các đại biểu được nghe thông tin về tình hình kinh tế - xã hội của tỉnh 9 tháng "
            "năm 2021, kết quả phòng, chống dịch COVID-19 trên địa bàn và một số vấn đề thời sự "
            "quốc tế đáng chú ý. Báo cáo cho thấy dù đại dịch gây nhiều khó khăn, một số lĩnh vực "
            "như sản xuất nông nghiệp, xuất khẩu hàng dệt may vẫn giữ được mức tăng trưởng "
            "khá.</p>"
            "<h2>Định hướng tuyên truyền quý IV</h2>"
            "<p>Ban Tuyên giáo Đảng ủy Khối đề nghị các cấp ủy tập trung tuyên truyền các ngày "
            "lễ, sự kiện lớn trong quý IV như Ngày Doanh nhân Việt Nam 13-10, Ngày truyền thống "
            "công tác dân vận của Đảng 15-10, Ngày Pháp luật Việt Nam 9-11 và Ngày hội Đại đoàn "
            "kết toàn dân tộc 18-11. Cùng với đó là thông tin kịp thời về các biện pháp phòng "
            "dịch, chủ trương phục hồi sản xuất và chăm lo đời sống người lao động.</p>"
            "<p>Hội nghị cũng dành thời lượng cho nhiệm vụ bảo vệ nền tảng tư tưởng của Đảng trên "
            "không gian mạng. Báo cáo viên được hướng dẫn cách nhận diện tin giả, thông tin sai "
            "lệch và chủ động đăng tải thông tin chính thống trên các nhóm mạng xã hội của cơ "
            "quan, đơn vị.</p>"
            "<blockquote><p>Mỗi báo cáo viên phải là người nắm thông tin sớm nhất, chính xác nhất "
            "và biết truyền đạt bằng ngôn ngữ gần gũi với người lao động.</p>"
            "</blockquote><p>Đó là yêu cầu được đồng chí Lê Minh Tuấn, Trưởng Ban Tuyên giáo Đảng "
            "ủy Khối, nhấn mạnh khi bế mạc hội nghị.</p>"
        ),
        "source": "",
        "author": "Quang Huy",
        "published": "2021-09-24 10:15",
        "featured": False,
        "tags": ["báo cáo viên", "tuyên giáo", "định hướng tuyên truyền"],
    },
    {
        "title": "Gặp mặt doanh nhân là đảng viên nhân Ngày Doanh nhân Việt Nam",
        "category": "tin-tuc-su-kien",
        "lead": (
            "Nhân kỷ niệm 17 năm Ngày Doanh nhân Việt Nam (13-10-2004 – 13-10-2021), Đảng ủy Khối "
            "tổ chức gặp mặt, lắng nghe tâm tư của các doanh nhân đang sinh hoạt trong Đảng bộ "
            "Khối."
        ),
        "body": (
            "<p>Tham dự buổi gặp mặt có khoảng 40 đại biểu là giám đốc, phó giám đốc, bí thư chi "
            "bộ tại các doanh nghiệp nhà nước, công ty cổ phần và doanh nghiệp tư nhân thuộc Đảng "
            "bộ Khối. Đồng chí Nguyễn Thị Hoa, Phó Bí thư Thường trực Đảng ủy Khối, chủ trì "
            "chương trình.</p>"
            "<p>Phát biểu chào mừng, đồng chí Phó Bí thư Thường trực ghi nhận những đóng góp bền "
            "bỉ của đội ngũ doanh nhân trong một năm đặc biệt khó khăn. Khi dịch bệnh làm đứt gãy "
            "chuỗi cung ứng, nhiều doanh nghiệp đã linh hoạt chuyển đổi mặt hàng, tìm thị trường "
            "mới, đồng thời vẫn dành nguồn lực ủng hộ Quỹ phòng, chống dịch và hỗ trợ người lao "
            "động.</p>"
            "<h2>Những kiến nghị thẳng thắn</h2>"
            "<p>Tại buổi gặp, các doanh nhân chia sẻ cởi mở về khó khăn trong tiếp cận vốn vay ưu "
            "đãi, chi phí xét nghiệm cho công nhân và việc thiếu lao động có tay nghề sau thời "
            "gian giãn cách. Một số ý kiến đề nghị Đảng ủy Khối tiếp tục làm cầu nối giữa doanh "
            "nghiệp với các sở, ngành để tháo gỡ thủ tục hành chính.</p>"
            "<p>Một nữ giám đốc doanh nghiệp may cho biết: “Có chi bộ trong doanh nghiệp, chúng "
            "tôi thuận lợi hơn rất nhiều khi phải đưa ra quyết định khó, vì có tập thể cùng bàn "
            "bạc và người lao động tin tưởng.”</p>"
            "<p>Ghi nhận các ý kiến, lãnh đạo Đảng ủy Khối cam kết tổng hợp, chuyển tới cơ quan "
            "có thẩm quyền và theo dõi kết quả giải quyết. Dịp này, Ban Thường vụ Đảng ủy Khối "
            "tặng giấy khen cho 10 doanh nhân là đảng viên tiêu biểu, có thành tích trong sản "
            "xuất kinh doanh và tham gia công tác xây dựng Đảng tại doanh nghiệp.</p>"
        ),
        "source": "",
        "author": "Hồng Nhung",
        "published": "2021-10-13 16:00",
        "featured": False,
        "tags": ["doanh nhân", "Ngày Doanh nhân Việt Nam", "doanh nghiệp"],
    },
    {
        "title": "Nâng cao chất lượng sinh hoạt chi bộ trong doanh nghiệp ngoài nhà nước",
        "category": "xay-dung-dang",
        "lead": (
            "Làm thế nào để buổi sinh hoạt chi bộ ở doanh nghiệp tư nhân không hình thức, trong "
            "khi đảng viên làm việc theo ca và chịu áp lực đơn hàng? Một số chi bộ trong Đảng bộ "
            "Khối đã tìm được cách làm phù hợp."
        ),
        "body": (
            "<p>Hiện Đảng bộ Khối có hơn 40 tổ chức đảng tại các doanh nghiệp ngoài nhà nước. Đặc "
            "điểm chung của khối này là đảng viên phần đông còn trẻ, làm việc theo ca kíp, thời "
            "gian nghỉ ít; nhiều chủ doanh nghiệp chưa phải là đảng viên. Vì vậy, việc duy trì "
            "sinh hoạt chi bộ đều đặn, có nội dung thiết thực luôn là bài toán không dễ.</p>"
            "<h2>Linh hoạt về thời gian, thiết thực về nội dung</h2>"
            "<p>Tại Chi bộ Công ty cổ phần May Thành Nam, chi ủy thống nhất với ban giám đốc tổ "
            "chức sinh hoạt vào cuối ca chiều ngày thứ Sáu đầu tiên của tháng; đảng viên làm ca "
            "đêm được bố trí dự buổi sinh hoạt bổ sung. Mỗi quý, chi bộ chọn một chuyên đề gắn "
            "với hoạt động của doanh nghiệp, như an toàn lao động, tiết kiệm nguyên phụ liệu hay "
            "vai trò của đảng viên trong tổ sản xuất.</p>"
            "<p>Đồng chí Vũ Thị Lan, Bí thư Chi bộ, cho biết nhờ nội dung bám sát công việc hằng "
            "ngày nên đảng viên tham gia phát biểu sôi nổi hơn, nhiều ý kiến được ban giám đốc "
            "tiếp thu để điều chỉnh quy trình sản xuất. Trong thời gian giãn cách xã hội, chi bộ "
            "chuyển sang sinh hoạt trực tuyến nhưng vẫn bảo đảm đủ các bước theo quy định.</p>"
            "<h3>Những điểm cần tiếp tục khắc phục</h3>"
            "<p>Qua khảo sát của Ban Tổ chức Đảng ủy Khối, vẫn còn một số chi bộ sinh hoạt chưa "
            "đủ kỳ, biên bản sơ sài, nội dung lặp lại giữa các tháng. Ban Thường vụ Đảng ủy Khối "
            "yêu cầu các chi bộ tiếp tục thực hiện nghiêm Chỉ thị 10-CT/TW của Ban Bí thư về nâng "
            "cao chất lượng sinh hoạt chi bộ, đồng thời:</p>"
            "<ul>"
            "<li>chuẩn bị kỹ nội dung trước mỗi kỳ sinh hoạt, phân công đảng viên chuẩn bị ý "
            "kiến;</li>"
            "<li>tăng số kỳ sinh hoạt chuyên đề, mời chủ doanh nghiệp dự khi phù hợp;</li>"
            "<li>gắn việc đánh giá đảng viên với kết quả công việc tại doanh nghiệp.</li>"
            "</ul>"
        ),
        "source": "",
        "author": "Thu Hà",
        "published": "2021-08-12 14:00",
        "featured": False,
        "tags": ["sinh hoạt chi bộ", "doanh nghiệp ngoài nhà nước", "xây dựng Đảng"],
    },
    {
        "title": "Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới",
        "category": "xay-dung-dang",
        "lead": (
            "Sáng 17-6, Đảng ủy Khối phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng "
            "lý luận chính trị dành cho đảng viên mới đợt I năm 2021 với 112 học viên."
        ),
        "body": (
            "<p>Học viên của lớp là những đảng viên được kết nạp từ cuối năm 2020 đến tháng 5 năm "
            "2021, đang công tác tại các sở, ngành, đơn vị sự nghiệp và doanh nghiệp thuộc Khối. "
            "Nhiều người là công nhân trực tiếp sản xuất, kỹ sư trẻ và cán bộ đoàn.</p>"
            "<p>Trong 5 ngày, học viên được giới thiệu các chuyên đề theo chương trình chung do "
            "Ban Tuyên giáo Trung ương ban hành, trong đó có:</p>"
            "<ol>"
            "<li>những nội dung cơ bản của chủ nghĩa Mác - Lênin và tư tưởng Hồ Chí Minh;</li>"
            "<li>lịch sử và truyền thống vẻ vang của Đảng Cộng sản Việt Nam;</li>"
            "<li>những nội dung chủ yếu của Điều lệ Đảng;</li>"
            "<li>nhiệm vụ của đảng viên và việc rèn luyện, phấn đấu của đảng viên.</li>"
            "</ol>"
            "<p>Ngoài phần lý thuyết, học viên được trao đổi với các bí thư chi bộ có kinh nghiệm "
            "về cách tham gia sinh hoạt chi bộ, thực hiện nhiệm vụ được phân công và giữ mối liên "
            "hệ với nơi cư trú. Cuối khóa, mỗi học viên viết bài thu hoạch liên hệ bản thân.</p>"
            "<p>Phát biểu khai giảng, đồng chí Trần Thị Mai Lan, Trưởng Ban Tổ chức Đảng ủy Khối, "
            "nhắc nhở học viên coi đây là bước khởi đầu của quá trình rèn luyện lâu dài, học để "
            "hiểu và làm đúng, chứ không dừng ở việc lấy giấy chứng nhận. Để bảo đảm an toàn, lớp "
            "học được chia thành hai phòng, học viên đeo khẩu trang, khai báo y tế hằng ngày và "
            "giữ khoảng cách theo hướng dẫn của ngành y tế.</p>"
            "<p>Dự kiến trong năm 2021, Đảng ủy Khối sẽ mở thêm một lớp đảng viên mới vào quý IV, "
            "tùy theo diễn biến của dịch bệnh.</p>"
        ),
        "source": "",
        "author": "Thu Hà",
        "published": "2021-06-18 10:00",
        "featured": False,
        "tags": ["đảng viên mới", "lý luận chính trị", "bồi dưỡng"],
    },
    {
        "title": (
            "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh tổng kết công tác xây dựng tổ chức "
            "đảng trong sạch, vững mạnh giai đoạn 2016-2020"
        ),
        "category": "cong-tac-to-chuc",
        "lead": (
            "Tại hội nghị tổ chức ngày 15-10, Đảng ủy Khối đã nhìn lại chặng đường 5 năm "
            "(2016-2020) xây dựng các tổ chức đảng trong sạch, vững mạnh và thống nhất định hướng "
            "cho giai đoạn 2021-2025."
        ),
        "body": (
            "<p>Dự hội nghị có đại diện lãnh đạo Ban Tổ chức Tỉnh ủy cùng bí thư các tổ chức cơ "
            "sở đảng trực thuộc. Theo báo cáo tổng kết, Đảng bộ Khối hiện lãnh đạo 159 tổ chức cơ "
            "sở đảng, gồm 81 đảng bộ cơ sở và 78 chi bộ cơ sở, với hơn 8.600 đảng viên.</p>"
            "<h2>Chất lượng tổ chức đảng và đảng viên chuyển biến rõ nét</h2>"
            "<p>Trong 5 năm qua, Đảng ủy Khối coi việc xây dựng tổ chức cơ sở đảng vững mạnh là "
            "khâu then chốt. Giáo dục chính trị, tư tưởng được làm mới cả nội dung lẫn cách thức, "
            "củng cố niềm tin của cán bộ, đảng viên và người lao động. Việc chấp hành Điều lệ "
            "Đảng và hướng dẫn của cấp trên đã thành nền nếp; chất lượng sinh hoạt cấp ủy, chi bộ "
            "từng bước được nâng lên.</p>"
            "<p>Phát triển đảng viên là điểm sáng của cả giai đoạn: từ năm 2016 đến năm 2020, "
            "Đảng bộ Khối mở 25 lớp bồi dưỡng nhận thức về Đảng cho 2.678 quần chúng ưu tú và kết "
            "nạp được 2.003 đảng viên mới. Kết quả đánh giá năm 2020 cho thấy 152 trên tổng số "
            "159 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, trong đó 31 đơn vị hoàn "
            "thành xuất sắc; 97,9% đảng viên được xếp loại hoàn thành tốt hoặc xuất sắc nhiệm "
            "vụ.</p>"
            "<p>Kiểm tra, giám sát được tiến hành chặt chẽ hơn, kỷ luật đảng được thực thi "
            "nghiêm; vi phạm được phát hiện, xử lý kịp thời, góp phần giữ ổn định nội bộ. Cuộc "
            "đấu tranh ngăn ngừa tham nhũng, lãng phí được thực hiện liên tục. Nhờ triển khai "
            "đồng bộ Nghị quyết Trung ương 4 khóa XII, Chỉ thị 05-CT/TW và các quy định về trách "
            "nhiệm nêu gương, ý thức tự giác của cấp ủy và đảng viên được nâng lên. Các đoàn thể "
            "chăm lo tốt quyền lợi hội viên, đoàn viên và khơi dậy các phong trào thi đua.</p>"
            "<h2>Sáu nhóm giải pháp cho giai đoạn 2021-2025</h2>"
            "<p>Hướng tới hiện thực hóa Nghị quyết Đại hội XIII của Đảng và Nghị quyết Đại hội XX "
            "của Đảng bộ tỉnh, Đảng bộ Khối đặt trọng tâm vào năng lực lãnh đạo và sức chiến đấu "
            "của các tổ chức đảng, thông qua các giải pháp:</p>"
            "<ul>"
            "<li>tăng cường giáo dục chính trị, tư tưởng;</li>"
            "<li>tiếp tục kiện toàn, sắp xếp bộ máy theo hướng gọn nhẹ, vận hành hiệu quả;</li>"
            "<li>nâng cao chất lượng tổ chức cơ sở đảng và đội ngũ đảng viên;</li>"
            "<li>chăm lo công tác cán bộ, không xem nhẹ bảo vệ chính trị nội bộ;</li>"
            "<li>làm tốt hơn nữa việc kiểm tra, giám sát, xử lý kỷ luật trong Đảng;</li>"
            "<li>làm mới công tác dân vận và cách lãnh đạo các đoàn thể cho phù hợp với thực tế ở "
            "cơ sở.</li>"
            "</ul>"
        ),
        "source": "Báo Nam Định",
        "author": "Thanh Hương",
        "published": "2021-10-25 08:00",
        "featured": True,
        "tags": ["xây dựng Đảng", "tổ chức cơ sở đảng", "tổng kết", "trong sạch vững mạnh"],
    },
    {
        "title": "Trao Huy hiệu 30 năm tuổi Đảng cho 14 đảng viên dịp 7-11",
        "category": "cong-tac-to-chuc",
        "lead": (
            "Nhân kỷ niệm 104 năm Cách mạng Tháng Mười Nga, Đảng ủy Khối tổ chức trao Huy hiệu 30 "
            "năm tuổi Đảng cho 14 đảng viên đang sinh hoạt tại các tổ chức cơ sở đảng trực thuộc."
        ),
        "body": (
            "<p>Các đảng viên được trao Huy hiệu đợt này hầu hết đang giữ cương vị lãnh đạo, quản "
            "lý hoặc là chuyên viên, kỹ sư lâu năm tại các sở, ngành và doanh nghiệp. Nhiều đồng "
            "chí được kết nạp vào Đảng khi đang là chiến sĩ trong quân đội hoặc sinh viên, rồi "
            "gắn bó với cơ quan, đơn vị suốt mấy chục năm.</p>"
            "<p>Để bảo đảm yêu cầu phòng dịch, buổi lễ được tổ chức gọn nhẹ tại trụ sở Đảng ủy "
            "Khối, mỗi đảng viên chỉ có một người thân đi cùng. Thay mặt Ban Thường vụ, đồng chí "
            "Phạm Văn Thắng, Phó Bí thư Đảng ủy Khối, trao Huy hiệu và tặng hoa chúc mừng các "
            "đảng viên.</p>"
            "<p>Đồng chí Phó Bí thư nhấn mạnh, 30 năm tuổi Đảng là một chặng đường đáng tự hào, "
            "phản ánh sự bền bỉ rèn luyện, giữ vững phẩm chất của người đảng viên qua nhiều thời "
            "kỳ. Đồng chí mong các đảng viên tiếp tục là chỗ dựa cho chi bộ, truyền kinh nghiệm "
            "cho lớp đảng viên trẻ và tiên phong trong những việc khó của cơ quan, doanh "
            "nghiệp.</p>"
            "<blockquote><p>Tôi vào Đảng năm hai mươi hai tuổi, khi còn là kỹ thuật viên. Ba mươi "
            "năm qua, điều tôi học được nhiều nhất ở chi bộ là tinh thần nói đi đôi với làm.</p>"
            "</blockquote><p>Đó là chia sẻ của đồng chí Nguyễn Văn Hiếu, đảng viên Đảng bộ Công "
            "ty cổ phần Cơ khí Thành Nam, đại diện các đảng viên phát biểu tại buổi lễ.</p>"
            "<p>Theo Ban Tổ chức Đảng ủy Khối, từ đầu năm 2021 đến nay, toàn Đảng bộ đã đề nghị "
            "và trao Huy hiệu Đảng cho 47 đảng viên vào các dịp 3-2, 19-5, 2-9 và 7-11. Việc xét, "
            "trao Huy hiệu được thực hiện đúng quy trình, kịp thời, không để sót đối tượng.</p>"
        ),
        "source": "",
        "author": "Văn Toàn",
        "published": "2021-11-08 09:30",
        "featured": False,
        "tags": ["Huy hiệu Đảng", "đảng viên", "công tác tổ chức"],
    },
    {
        "title": "Bồi dưỡng nghiệp vụ công tác đảng cho cấp ủy viên cơ sở",
        "category": "cong-tac-to-chuc",
        "lead": (
            "Trong hai ngày 7 và 8-9, Ban Tổ chức Đảng ủy Khối mở lớp bồi dưỡng nghiệp vụ công "
            "tác đảng theo hình thức trực tuyến cho gần 160 bí thư, phó bí thư và cấp ủy viên cơ "
            "sở."
        ),
        "body": (
            "<p>Sau đại hội nhiệm kỳ 2020-2025, nhiều tổ chức cơ sở đảng có cấp ủy viên lần đầu "
            "đảm nhận nhiệm vụ, chưa quen với các quy trình nghiệp vụ. Lớp bồi dưỡng được tổ chức "
            "nhằm giúp đội ngũ này nắm chắc kiến thức cơ bản và thống nhất cách làm trong toàn "
            "Đảng bộ.</p>"
            "<h2>Nội dung sát với công việc hằng ngày</h2>"
            "<p>Các báo cáo viên của Ban Tổ chức, Ủy ban Kiểm tra và Văn phòng Đảng ủy Khối đã "
            "hướng dẫn học viên những nghiệp vụ thường gặp ở cơ sở:</p>"
            "<ul>"
            "<li>quy trình kết nạp đảng viên, xét công nhận đảng viên chính thức;</li>"
            "<li>quản lý hồ sơ đảng viên, thủ tục chuyển sinh hoạt đảng chính thức và tạm "
            "thời;</li>"
            "<li>ghi biên bản, lưu trữ văn bản và sổ sách của chi bộ;</li>"
            "<li>thu, nộp, quản lý đảng phí theo quy định.</li>"
            "</ul>"
            "<p>Thay vì chỉ trình bày văn bản, các báo cáo viên đưa ra nhiều tình huống thực tế, "
            "chẳng hạn hồ sơ quần chúng có người thân ở nước ngoài, đảng viên chuyển công tác "
            "giữa chừng năm hay chi bộ có đảng viên thường xuyên đi công tác xa. Học viên đặt câu "
            "hỏi trực tiếp qua phần mềm và được giải đáp ngay trong buổi học.</p>"
            "<p>Đồng chí Trần Thị Mai Lan, Trưởng Ban Tổ chức Đảng ủy Khối, cho biết sau lớp học, "
            "tài liệu và bài giảng được đăng trên trang thông tin nội bộ để cấp ủy viên tra cứu "
            "khi cần. Ban Tổ chức cũng lập nhóm trao đổi trực tuyến để giải đáp vướng mắc thường "
            "xuyên, giảm tình trạng hồ sơ phải trả lại nhiều lần.</p>"
            "<p>Kết thúc lớp học, các học viên làm bài kiểm tra trắc nghiệm trực tuyến, 100% đạt "
            "yêu cầu.</p>"
        ),
        "source": "",
        "author": "Minh Anh",
        "published": "2021-09-09 08:45",
        "featured": False,
        "tags": ["nghiệp vụ công tác đảng", "cấp ủy cơ sở", "tập huấn"],
    },
    {
        "title": "Ủy ban Kiểm tra Đảng ủy Khối triển khai nhiệm vụ quý IV năm 2021",
        "category": "kiem-tra-giam-sat",
        "lead": (
            "Ủy ban Kiểm tra Đảng ủy Khối vừa họp đánh giá kết quả công tác kiểm tra, giám sát 9 "
            "tháng và thống nhất các nhiệm vụ cần hoàn thành trong quý cuối năm."
        ),
        "body": (
            "<p>Theo báo cáo, trong 9 tháng năm 2021, Ủy ban Kiểm tra Đảng ủy Khối đã kiểm tra 4 "
            "tổ chức đảng và 6 đảng viên là cấp ủy viên về việc thực hiện nhiệm vụ được giao; "
            "giám sát chuyên đề 8 tổ chức đảng. Ủy ban Kiểm tra cũng kiểm tra việc thu, nộp, quản "
            "lý đảng phí tại 20 tổ chức cơ sở đảng, qua đó nhắc nhở các đơn vị còn chậm nộp hoặc "
            "tính chưa đúng mức đảng phí.</p>"
            "<p>Ở cấp cơ sở, các chi bộ và ủy ban kiểm tra đảng ủy cơ sở đã kiểm tra 19 tổ chức "
            "đảng, 35 đảng viên; giám sát 27 tổ chức đảng và 52 đảng viên. Qua kiểm tra khi có "
            "dấu hiệu vi phạm, toàn Đảng bộ đã thi hành kỷ luật 5 đảng viên, chủ yếu do vi phạm "
            "chính sách dân số và thiếu trách nhiệm trong thực hiện nhiệm vụ.</p>"
            "<h2>Không để dồn việc vào cuối năm</h2>"
            "<p>Hội nghị nhận định, do ảnh hưởng của dịch bệnh, một số cuộc kiểm tra, giám sát "
            "theo chương trình phải lùi thời gian. Vì vậy, quý IV sẽ là giai đoạn khối lượng công "
            "việc lớn. Ủy ban Kiểm tra thống nhất các nhiệm vụ trọng tâm:</p>"
            "<ul>"
            "<li>hoàn thành các cuộc kiểm tra, giám sát còn lại trong chương trình năm;</li>"
            "<li>hướng dẫn cơ sở thực hiện Quy định 22-QĐ/TW của Ban Chấp hành Trung ương về công "
            "tác kiểm tra, giám sát và kỷ luật của Đảng;</li>"
            "<li>tham mưu việc kiểm điểm, đánh giá cuối năm đối với tập thể, cá nhân ủy ban kiểm "
            "tra;</li>"
            "<li>giải quyết kịp thời đơn thư, không để tồn đọng, kéo dài.</li>"
            "</ul>"
            "<p>Đồng chí Vũ Đức Long, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối, lưu ý các thành "
            "viên chú trọng giám sát thường xuyên để phát hiện sớm, nhắc nhở kịp thời, coi phòng "
            "ngừa là chính, tránh để vi phạm nhỏ kéo dài thành sai phạm lớn.</p>"
        ),
        "source": "",
        "author": "Đức Thành",
        "published": "2021-09-28 15:00",
        "featured": False,
        "tags": ["kiểm tra giám sát", "Ủy ban Kiểm tra", "kỷ luật đảng"],
    },
    {
        "title": "Tập huấn Quy định 22-QĐ/TW cho cán bộ làm công tác kiểm tra cơ sở",
        "category": "kiem-tra-giam-sat",
        "lead": (
            "Ngày 15-11, Ủy ban Kiểm tra Đảng ủy Khối tổ chức tập huấn những điểm mới của Quy "
            "định 22-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng cho gần 200 cán bộ "
            "làm công tác kiểm tra ở cơ sở."
        ),
        "body": (
            "<p>Quy định 22-QĐ/TW được Ban Chấp hành Trung ương ban hành ngày 28-7-2021, thay thế "
            "quy định cũ về cùng lĩnh vực. Học viên của lớp tập huấn là chủ nhiệm, phó chủ nhiệm, "
            "ủy viên ủy ban kiểm tra đảng ủy cơ sở và đồng chí chi ủy viên phụ trách công tác "
            "kiểm tra tại các chi bộ cơ sở.</p>"
            "<h2>Những điểm cần nắm vững</h2>"
            "<p>Báo cáo viên đã phân tích những nội dung có thay đổi so với trước, tập trung vào "
            "quy trình kiểm tra khi có dấu hiệu vi phạm, quy trình giám sát thường xuyên và giám "
            "sát chuyên đề, cùng trình tự xem xét, thi hành kỷ luật đối với tổ chức đảng và đảng "
            "viên. Học viên cũng được hướng dẫn cách lập hồ sơ, ghi biên bản và ban hành thông "
            "báo kết luận sao cho chặt chẽ, đúng thẩm quyền.</p>"
            "<p>Trong phần trao đổi, nhiều học viên nêu khó khăn khi tổ chức giám sát tại doanh "
            "nghiệp cổ phần có vốn nhà nước chiếm tỷ lệ thấp, hoặc khi đảng viên vi phạm đang "
            "công tác ngoài tỉnh. Các tình huống đều được báo cáo viên giải đáp cụ thể, kèm dẫn "
            "chiếu điều khoản liên quan.</p>"
            "<blockquote><p>Kiểm tra không phải để tìm lỗi, mà để giúp tổ chức đảng và đảng viên "
            "làm đúng ngay từ đầu.</p>"
            "</blockquote><p>Đồng chí Vũ Đức Long, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối, nhấn "
            "mạnh tinh thần đó khi bế mạc lớp tập huấn. Đồng chí đề nghị ủy ban kiểm tra các cấp "
            "rà soát lại chương trình kiểm tra, giám sát năm 2022 để bảo đảm phù hợp với quy định "
            "mới, đồng thời chủ động báo cáo những vướng mắc phát sinh trong quá trình thực "
            "hiện.</p>"
        ),
        "source": "",
        "author": "Đức Thành",
        "published": "2021-11-16 14:30",
        "featured": False,
        "tags": ["Quy định 22-QĐ/TW", "kiểm tra giám sát", "tập huấn"],
    },
    {
        "title": "Đảng bộ Khối triển khai chuyên đề học tập và làm theo Bác năm 2021",
        "category": "hoc-tap-va-lam-theo-bac",
        "lead": (
            "Ban Thường vụ Đảng ủy Khối vừa tổ chức hội nghị quán triệt Kết luận 01-KL/TW của Bộ "
            "Chính trị và chuyên đề năm 2021 về học tập và làm theo tư tưởng, đạo đức, phong cách "
            "Hồ Chí Minh."
        ),
        "body": (
            "<p>Kết luận 01-KL/TW ngày 18-5-2021 của Bộ Chính trị xác định việc tiếp tục thực "
            "hiện Chỉ thị 05-CT/TW là nhiệm vụ thường xuyên của mỗi tổ chức đảng và đảng viên. "
            "Chuyên đề năm 2021 đề cao ý chí tự lực, tự cường và khát vọng xây dựng đất nước phồn "
            "vinh, hạnh phúc, vì vậy có ý nghĩa đặc biệt trong bối cảnh cả nước đang chung sức "
            "vượt qua đại dịch.</p>"
            "<p>Tại hội nghị, báo cáo viên Ban Tuyên giáo Đảng ủy Khối giới thiệu những nội dung "
            "chính của chuyên đề, gợi ý cách liên hệ với thực tiễn của cơ quan hành chính, đơn vị "
            "sự nghiệp và doanh nghiệp. Với doanh nghiệp, tinh thần tự lực thể hiện ở việc làm "
            "chủ công nghệ, nâng cao năng suất; với cơ quan nhà nước, đó là cải cách thủ tục, "
            "phục vụ người dân và doanh nghiệp tốt hơn.</p>"
            "<h2>Mỗi chi bộ một việc làm cụ thể</h2>"
            "<p>Ban Thường vụ Đảng ủy Khối yêu cầu mỗi chi bộ đăng ký ít nhất một việc làm cụ thể "
            "trong năm để thực hiện chuyên đề, được công khai và đánh giá vào dịp kiểm điểm cuối "
            "năm. Mỗi đảng viên xây dựng kế hoạch tu dưỡng, rèn luyện gắn với nhiệm vụ chuyên "
            "môn, tránh nêu chung chung.</p>"
            "<p>Các cấp ủy cũng được đề nghị đưa nội dung chuyên đề vào sinh hoạt chi bộ định kỳ, "
            "phát hiện và nhân rộng những cách làm hay. Những tập thể, cá nhân tiêu biểu sẽ được "
            "biểu dương trong hội nghị tổng kết năm của Đảng bộ Khối.</p>"
            "<p>Sau hội nghị, các tổ chức cơ sở đảng có trách nhiệm hoàn thành việc triển khai "
            "đến toàn thể đảng viên trước ngày 30-7 và báo cáo kết quả về Ban Tuyên giáo Đảng ủy "
            "Khối.</p>"
        ),
        "source": "",
        "author": "Quang Huy",
        "published": "2021-06-25 15:45",
        "featured": False,
        "tags": ["Chỉ thị 05-CT/TW", "Kết luận 01-KL/TW", "học tập và làm theo Bác"],
    },
    {
        "title": "Làm theo Bác từ những việc nhỏ ở Đảng bộ Công ty cổ phần Cơ khí Thành Nam",
        "category": "hoc-tap-va-lam-theo-bac",
        "lead": (
            "Không có khẩu hiệu lớn, Đảng bộ Công ty cổ phần Cơ khí Thành Nam đưa việc học tập và "
            "làm theo Bác vào từng ca làm việc, từng sáng kiến nhỏ và những ngày thứ Bảy vì cộng "
            "đồng."
        ),
        "body": (
            "<p>Đảng bộ Công ty hiện có 4 chi bộ trực thuộc với 63 đảng viên, phần lớn là công "
            "nhân kỹ thuật và kỹ sư. Từ năm 2019, Đảng ủy Công ty phát động mô hình “Mỗi tháng "
            "một việc tốt”, khuyến khích đảng viên tự đăng ký một việc làm cụ thể, dù nhỏ, và báo "
            "cáo kết quả tại buổi sinh hoạt chi bộ.</p>"
            "<h2>Việc nhỏ, nhưng làm đến nơi đến chốn</h2>"
            "<p>Các việc đăng ký rất đa dạng: sắp xếp lại kho dụng cụ cho gọn gàng, kèm cặp một "
            "công nhân mới, sửa lại hệ thống chiếu sáng ở xưởng, hay thu gom phế liệu để gây quỹ "
            "cho con công nhân nghèo. Sau hơn hai năm, đảng viên của Công ty đã thực hiện hơn "
            "1.200 việc tốt, trong đó có 27 sáng kiến cải tiến kỹ thuật được công nhận.</p>"
            "<p>Những ngày thứ Bảy cuối tháng, đoàn viên thanh niên và đảng viên trẻ lại cùng "
            "nhau dọn vệ sinh các tuyến đường quanh khu công nghiệp, sửa xe đạp miễn phí cho học "
            "sinh. Trong đợt dịch năm 2021, tổ thanh niên tình nguyện của Công ty hỗ trợ lực "
            "lượng y tế tại các chốt kiểm soát và điểm tiêm vắc-xin.</p>"
            "<p>Đồng chí Phạm Quốc Khánh, Bí thư Đảng ủy Công ty, chia sẻ: “Học Bác thì phải bắt "
            "đầu từ những việc ai cũng thấy, ai cũng làm được. Khi người đảng viên làm trước, "
            "công nhân sẽ tự nhiên làm theo.”</p>"
            "<p>Nhờ sự đồng lòng ấy, dù thị trường biến động, Công ty vẫn giữ việc làm ổn định "
            "cho hơn 400 lao động. Năm 2020, Đảng bộ Công ty được Đảng ủy Khối công nhận hoàn "
            "thành xuất sắc nhiệm vụ và được biểu dương là tập thể tiêu biểu trong thực hiện Chỉ "
            "thị 05-CT/TW.</p>"
        ),
        "source": "",
        "author": "Hồng Nhung",
        "published": "2021-11-19 09:00",
        "featured": False,
        "tags": ["làm theo Bác", "mô hình hay", "doanh nghiệp"],
    },
    {
        "title": "Công đoàn Khối hỗ trợ đoàn viên, người lao động gặp khó khăn do dịch COVID-19",
        "category": "doan-the",
        "lead": (
            "Công đoàn Khối các Cơ quan và Doanh nghiệp tỉnh vừa trao 350 suất hỗ trợ cho đoàn "
            "viên, người lao động bị giảm thu nhập hoặc có người thân mắc bệnh trong đợt dịch."
        ),
        "body": (
            "<p>Mỗi suất hỗ trợ trị giá 500.000 đồng, tổng kinh phí 175 triệu đồng được trích từ "
            "nguồn tài chính công đoàn và sự đóng góp của các công đoàn cơ sở. Đối tượng được hỗ "
            "trợ là đoàn viên phải ngừng việc, giảm giờ làm, người thuộc diện cách ly tập trung "
            "và gia đình có hoàn cảnh đặc biệt khó khăn.</p>"
            "<p>Để tránh tập trung đông người, Công đoàn Khối không tổ chức lễ trao quà chung mà "
            "chuyển kinh phí trực tiếp qua công đoàn cơ sở, hoặc chuyển khoản vào tài khoản của "
            "đoàn viên. Danh sách người nhận được công đoàn cơ sở rà soát, công khai tại đơn vị "
            "để bảo đảm đúng đối tượng.</p>"
            "<p>Đồng chí Ngô Văn Khải, Chủ tịch Công đoàn Khối, cho biết từ đầu năm, các công "
            "đoàn cơ sở trong Khối đã vận động đoàn viên ủng hộ Quỹ phòng, chống dịch COVID-19 "
            "của tỉnh và Quỹ vắc-xin phòng COVID-19 với tổng số tiền hơn 1,3 tỷ đồng. Nhiều công "
            "đoàn doanh nghiệp còn phối hợp với chủ doanh nghiệp bố trí chỗ ăn, nghỉ cho công "
            "nhân khi thực hiện phương án sản xuất tại chỗ.</p>"
            "<blockquote><p>Số tiền không lớn, nhưng đúng lúc gia đình tôi khó khăn nhất. Tôi "
            "thấy mình không bị bỏ lại phía sau.</p>"
            "</blockquote><p>Chị Đặng Thị Ngọc, công nhân một doanh nghiệp may, xúc động chia sẻ "
            "sau khi nhận hỗ trợ. Thời gian tới, Công đoàn Khối sẽ tiếp tục theo dõi tình hình "
            "việc làm, đời sống của đoàn viên, đề xuất cấp trên các chính sách hỗ trợ phù hợp và "
            "chuẩn bị sớm chương trình chăm lo Tết cho người lao động.</p>"
        ),
        "source": "",
        "author": "Phương Thảo",
        "published": "2021-08-25 10:30",
        "featured": False,
        "tags": ["Công đoàn", "người lao động", "hỗ trợ mùa dịch"],
    },
    {
        "title": "Tuổi trẻ Khối các Cơ quan và Doanh nghiệp tỉnh hiến máu tình nguyện",
        "category": "doan-the",
        "lead": (
            "Ngày 11-7, Đoàn Khối các Cơ quan và Doanh nghiệp tỉnh phối hợp với Bệnh viện Đa khoa "
            "tỉnh tổ chức ngày hội “Giọt hồng Khối” năm 2021, tiếp nhận 215 đơn vị máu."
        ),
        "body": (
            "<p>Những tháng hè năm nay, lượng máu dự trữ tại các cơ sở y tế giảm mạnh do nhiều "
            "đợt hiến máu tập trung phải tạm hoãn vì dịch bệnh. Hưởng ứng lời kêu gọi của ngành y "
            "tế, Ban Thường vụ Đoàn Khối quyết định tổ chức ngày hội hiến máu với quy mô phù hợp, "
            "tuân thủ chặt chẽ các biện pháp phòng dịch.</p>"
            "<p>Người tham gia đăng ký trước qua biểu mẫu trực tuyến và được hẹn theo khung giờ, "
            "tránh tập trung đông người. Tại điểm hiến máu, khu vực chờ được giãn cách, mọi người "
            "đều khai báo y tế, đo thân nhiệt và sát khuẩn tay trước khi vào.</p>"
            "<p>Gần 260 đoàn viên thanh niên, công chức và công nhân đã đăng ký; sau khi khám "
            "sàng lọc, 215 người đủ điều kiện hiến máu. Nhiều bạn trẻ hiến máu lần đầu; cũng có "
            "những người đã hiến máu trên 10 lần như anh Trần Minh Đức, đoàn viên Chi đoàn Sở Tài "
            "chính.</p>"
            "<p>Chị Phạm Thu Trang, Bí thư Đoàn Khối, cho biết: “Mỗi đơn vị máu có thể góp phần "
            "cứu một người bệnh. Trong lúc dịch bệnh, đây là cách thiết thực để tuổi trẻ Khối "
            "chia sẻ với ngành y tế.”</p>"
            "<p>Ngày hội là hoạt động mở đầu của Chiến dịch thanh niên tình nguyện hè năm 2021 "
            "của Đoàn Khối. Trong những tuần tiếp theo, các cơ sở đoàn sẽ tham gia hỗ trợ tại các "
            "điểm tiêm vắc-xin, tuyên truyền phòng dịch ở khu dân cư và thăm hỏi gia đình chính "
            "sách nhân Ngày Thương binh - Liệt sĩ 27-7.</p>"
        ),
        "source": "",
        "author": "Phương Thảo",
        "published": "2021-07-12 16:20",
        "featured": False,
        "tags": ["Đoàn Thanh niên", "hiến máu tình nguyện", "thanh niên tình nguyện"],
    },
    {
        "title": "Đẩy mạnh chuyển đổi số trong cơ quan, doanh nghiệp thuộc Đảng bộ Khối",
        "category": "kinh-te-xa-hoi",
        "lead": (
            "Từ hội nghị trực tuyến đến sổ tay đảng viên điện tử, chuyển đổi số đang dần thay đổi "
            "cách làm việc của các tổ chức đảng và đơn vị trong Khối, nhất là trong thời gian "
            "dịch bệnh."
        ),
        "body": (
            "<p>Thực hiện Nghị quyết 52-NQ/TW của Bộ Chính trị về chủ động tham gia cuộc Cách "
            "mạng công nghiệp lần thứ tư và Chương trình Chuyển đổi số quốc gia, Ban Thường vụ "
            "Đảng ủy Khối đã ban hành kế hoạch ứng dụng công nghệ thông tin trong hoạt động của "
            "cơ quan Đảng ủy Khối và các tổ chức cơ sở đảng giai đoạn 2021-2025.</p>"
            "<h2>Những bước đi đầu tiên</h2>"
            "<p>Đến nay, 100% văn bản đi, đến giữa cơ quan Đảng ủy Khối và các tổ chức cơ sở đảng "
            "được gửi, nhận qua hệ thống thư điện tử công vụ. Cơ sở dữ liệu đảng viên được cập "
            "nhật thường xuyên, giúp việc thống kê, báo cáo nhanh và chính xác hơn. Hơn 5.000 "
            "đảng viên đã cài đặt và sử dụng ứng dụng sổ tay đảng viên điện tử để đọc tài liệu, "
            "theo dõi lịch sinh hoạt.</p>"
            "<p>Trong đợt giãn cách, nhiều cuộc họp cấp ủy và buổi sinh hoạt chi bộ được tổ chức "
            "trực tuyến, bảo đảm hoạt động lãnh đạo không bị gián đoạn. Ở khối doanh nghiệp, việc "
            "sử dụng chữ ký số, hóa đơn điện tử, phần mềm quản lý bán hàng và kho vận ngày càng "
            "phổ biến, giúp tiết kiệm chi phí và thời gian.</p>"
            "<h2>Khó khăn cần tháo gỡ</h2>"
            "<p>Bên cạnh kết quả đạt được, quá trình chuyển đổi số trong Khối vẫn gặp không ít "
            "trở ngại:</p>"
            "<ul>"
            "<li>hạ tầng thiết bị ở một số chi bộ nhỏ còn thiếu, đường truyền chưa ổn định;</li>"
            "<li>một bộ phận đảng viên lớn tuổi còn ngại sử dụng ứng dụng mới;</li>"
            "<li>yêu cầu bảo đảm an toàn thông tin, bảo vệ bí mật nhà nước ngày càng cao.</li>"
            "</ul>"
            "<p>Đảng ủy Khối xác định chuyển đổi số trước hết là chuyển đổi nhận thức. Thời gian "
            "tới, Đảng ủy Khối sẽ tổ chức tập huấn kỹ năng số cho cấp ủy viên, khuyến khích các "
            "đoàn viên thanh niên hướng dẫn đảng viên lớn tuổi, đồng thời phối hợp với các doanh "
            "nghiệp công nghệ trong Khối để hỗ trợ cơ sở về giải pháp kỹ thuật.</p>"
        ),
        "source": "",
        "author": "Quang Huy",
        "published": "2021-09-15 08:30",
        "featured": True,
        "tags": ["chuyển đổi số", "sổ tay đảng viên điện tử", "ứng dụng công nghệ thông tin"],
    },
    {
        "title": "Doanh nghiệp trong Khối vừa phòng dịch, vừa giữ nhịp sản xuất",
        "category": "kinh-te-xa-hoi",
        "lead": (
            "Trước diễn biến phức tạp của dịch COVID-19, nhiều doanh nghiệp thuộc Đảng bộ Khối đã "
            "chủ động phương án “3 tại chỗ”, giữ vững sản xuất và bảo đảm an toàn cho người lao "
            "động."
        ),
        "body": (
            "<p>Tại Công ty TNHH Dệt may Sơn Nam, ngay khi tỉnh nâng mức cảnh báo dịch, chi bộ và "
            "ban giám đốc đã họp khẩn để thống nhất phương án. Khu nhà ăn được lắp vách ngăn, ca "
            "làm việc chia nhỏ, mỗi tổ sản xuất có một đảng viên phụ trách kiểm tra việc thực "
            "hiện quy định phòng dịch. Nhờ đó, trong hơn hai tháng cao điểm, Công ty vẫn giao đủ "
            "các đơn hàng xuất khẩu.</p>"
            "<p>Ở Công ty cổ phần Vật tư nông nghiệp Vị Hoàng, đơn vị bảo đảm nguồn phân bón, "
            "giống cây trồng cho vụ mùa, ban lãnh đạo bố trí một bộ phận công nhân ăn, nghỉ tại "
            "kho để hàng hóa được xuất đi liên tục. Đảng viên của Công ty tình nguyện ở lại làm "
            "việc, nhường cơ hội về nhà cho những lao động có con nhỏ.</p>"
            "<h2>Đảng viên đi trước</h2>"
            "<p>Theo thống kê của Đảng ủy Khối, đến cuối tháng 7, khoảng 85% doanh nghiệp trong "
            "Khối duy trì hoạt động; doanh thu 7 tháng của nhiều đơn vị bằng hoặc cao hơn cùng kỳ "
            "năm 2020. Tổ chức đảng trong doanh nghiệp giữ vai trò hạt nhân trong việc ổn định tư "
            "tưởng người lao động, phối hợp với công đoàn chăm lo đời sống công nhân.</p>"
            "<p>Đồng chí Nguyễn Thị Hoa, Phó Bí thư Thường trực Đảng ủy Khối, đánh giá: mỗi doanh "
            "nghiệp giữ được sản xuất là giữ được việc làm cho hàng trăm gia đình. Đảng ủy Khối "
            "đề nghị các tổ chức đảng tiếp tục nắm chắc tình hình, kịp thời báo cáo khó khăn để "
            "cùng các cơ quan chức năng tháo gỡ, không để doanh nghiệp bị động khi dịch bệnh diễn "
            "biến mới.</p>"
        ),
        "source": "Báo Nam Định",
        "author": "Văn Toàn",
        "published": "2021-08-05 11:00",
        "featured": False,
        "tags": ["doanh nghiệp", "mục tiêu kép", "sản xuất 3 tại chỗ"],
    },
    {
        "title": "Đảng bộ Khối trao kinh phí xây 6 nhà Đại đoàn kết cho hộ nghèo",
        "category": "kinh-te-xa-hoi",
        "lead": (
            "Từ số tiền cán bộ, đảng viên và người lao động đóng góp trong Tháng cao điểm “Vì "
            "người nghèo”, Đảng ủy Khối đã trao 300 triệu đồng hỗ trợ 6 hộ nghèo tại các huyện "
            "Giao Thủy, Hải Hậu và Nghĩa Hưng xây nhà mới."
        ),
        "body": (
            "<p>Hưởng ứng Tháng cao điểm “Vì người nghèo” năm 2021, từ ngày 17-10 đến 18-11, Ban "
            "Thường vụ Đảng ủy Khối phát động cán bộ, đảng viên, đoàn viên trong toàn Khối ủng hộ "
            "tối thiểu một ngày lương. Nhiều doanh nghiệp đóng góp thêm từ quỹ phúc lợi. Tổng số "
            "tiền vận động được hơn 620 triệu đồng.</p>"
            "<p>Căn cứ danh sách do Ủy ban Mặt trận Tổ quốc các huyện đề xuất, Đảng ủy Khối chọn "
            "6 hộ có hoàn cảnh đặc biệt khó khăn, nhà ở đã xuống cấp nghiêm trọng để hỗ trợ, mỗi "
            "hộ 50 triệu đồng. Phần kinh phí còn lại được chuyển vào Quỹ “Vì người nghèo” của "
            "tỉnh.</p>"
            "<p>Một trong những gia đình được hỗ trợ là bà Lương Thị Nụ, 68 tuổi, ở huyện Giao "
            "Thủy. Chồng mất sớm, bà sống cùng người con trai bị bệnh hiểm nghèo trong căn nhà "
            "cấp bốn dột nát. Cầm trên tay số tiền hỗ trợ, bà không giấu được xúc động vì từ nay "
            "sẽ không còn phải thức trắng mỗi khi trời mưa to.</p>"
            "<p>Đồng chí Đinh Thị Thu, Trưởng Ban Dân vận Đảng ủy Khối, cho biết Đảng ủy Khối sẽ "
            "phối hợp với chính quyền địa phương theo dõi tiến độ xây dựng, phấn đấu để các gia "
            "đình về nhà mới trước Tết Nguyên đán Nhâm Dần 2022. Cùng với hỗ trợ nhà ở, đoàn viên "
            "thanh niên của Khối sẽ nhận đỡ đầu 12 học sinh nghèo vượt khó tại các xã có nhà được "
            "hỗ trợ.</p>"
        ),
        "source": "",
        "author": "Minh Anh",
        "published": "2021-12-20 14:00",
        "featured": False,
        "tags": ["Vì người nghèo", "nhà Đại đoàn kết", "an sinh xã hội"],
    },
    {
        "title": "Kỹ sư trẻ Nguyễn Đức Mạnh và những sáng kiến tiết kiệm hàng trăm triệu đồng",
        "category": "guong-dien-hinh",
        "lead": (
            "Mới 31 tuổi, đảng viên Nguyễn Đức Mạnh đã có 9 sáng kiến cải tiến kỹ thuật được áp "
            "dụng tại Công ty cổ phần Cơ khí Thành Nam, giúp đơn vị tiết kiệm khoảng 600 triệu "
            "đồng mỗi năm."
        ),
        "body": (
            "<p>Tốt nghiệp ngành cơ khí chế tạo máy năm 2012, Nguyễn Đức Mạnh về làm việc tại "
            "xưởng gia công của Công ty. Những năm đầu, anh nhận thấy nhiều công đoạn vẫn phải "
            "căn chỉnh bằng tay, tốn thời gian và dễ sai số. Từ đó, anh bắt đầu ghi chép, đo đạc "
            "và thử nghiệm các phương án cải tiến ngay trong giờ nghỉ.</p>"
            "<h2>Từ đồ gá nhỏ đến dây chuyền tiết kiệm điện</h2>"
            "<p>Sáng kiến đầu tiên của anh là bộ đồ gá giúp định vị chi tiết nhanh, rút ngắn một "
            "nửa thời gian gia công một loại bích nối. Tiếp đó, anh cùng tổ kỹ thuật thiết kế lại "
            "hệ thống điều khiển động cơ của dây chuyền sơn, giảm gần 20% điện năng tiêu thụ. "
            "Tổng cộng, 9 sáng kiến của anh giúp Công ty tiết kiệm khoảng 600 triệu đồng mỗi "
            "năm.</p>"
            "<p>Được kết nạp vào Đảng năm 2017, anh Mạnh hiện là chi ủy viên, Phó Quản đốc phân "
            "xưởng. Đồng nghiệp quý anh vì sự tận tình: mỗi khi có công nhân mới, anh đều dành "
            "thời gian hướng dẫn, chia sẻ tài liệu kỹ thuật do mình biên soạn. Trong đợt dịch năm "
            "2021, anh là một trong những người tình nguyện ở lại xưởng để bảo đảm tiến độ đơn "
            "hàng.</p>"
            "<blockquote><p>Sáng kiến không phải điều gì cao xa. Chỉ cần mỗi ngày tự hỏi việc "
            "mình đang làm có cách nào tốt hơn không, rồi kiên trì thử.</p>"
            "</blockquote><p>Với những đóng góp đó, anh Mạnh được Công đoàn Khối tặng bằng khen "
            "về phong trào lao động sáng tạo và được Đảng ủy Khối biểu dương là đảng viên trẻ "
            "tiêu biểu năm 2021.</p>"
        ),
        "source": "",
        "author": "Hồng Nhung",
        "published": "2021-10-12 08:15",
        "featured": True,
        "tags": ["gương điển hình", "đảng viên trẻ", "sáng kiến"],
    },
    {
        "title": "Nữ bí thư chi bộ tận tâm với người lao động",
        "category": "guong-dien-hinh",
        "lead": (
            "Mười lăm năm làm Bí thư Chi bộ Công ty TNHH May Vị Hoàng, chị Trần Thị Thu Hương đã "
            "góp phần đưa số đảng viên của chi bộ tăng gấp ba và xây dựng được niềm tin của công "
            "nhân với tổ chức đảng."
        ),
        "body": (
            "<p>Khi chị Hương nhận nhiệm vụ bí thư chi bộ năm 2006, Công ty mới có 9 đảng viên "
            "trên tổng số gần 700 công nhân, chủ yếu là lao động nữ từ các huyện lân cận. Hoạt "
            "động của chi bộ khi ấy còn mờ nhạt, nhiều công nhân không biết trong Công ty có tổ "
            "chức đảng.</p>"
            "<h2>Bắt đầu từ việc lắng nghe</h2>"
            "<p>Chị chọn cách đi xuống từng chuyền may, trò chuyện với công nhân trong giờ nghỉ "
            "trưa để hiểu những lo lắng của họ về tiền lương, chỗ trọ, việc học của con. Những "
            "kiến nghị hợp lý được chị đề xuất với ban giám đốc và theo đến cùng. Nhờ đó, Công ty "
            "đã mở thêm nhóm trẻ cho con công nhân, điều chỉnh giờ tan ca để lao động nữ kịp đón "
            "con.</p>"
            "<p>Cùng với chăm lo đời sống, chi bộ chú trọng phát hiện những công nhân tích cực để "
            "bồi dưỡng, giới thiệu vào Đảng. Đến nay, chi bộ có 27 đảng viên, trong đó hơn một "
            "nửa là tổ trưởng, chuyền trưởng. Nhiều năm liền, chi bộ được đánh giá hoàn thành tốt "
            "nhiệm vụ trở lên.</p>"
            "<p>Với chị Hương, vai trò của bí thư chi bộ trong doanh nghiệp tư nhân là “làm cầu "
            "nối”. “Chủ doanh nghiệp cần sản xuất ổn định, người lao động cần được tôn trọng và "
            "có thu nhập xứng đáng. Chi bộ phải giúp hai bên hiểu nhau”, chị nói.</p>"
            "<p>Ghi nhận những đóng góp bền bỉ ấy, năm 2021 chị Trần Thị Thu Hương được Ban "
            "Thường vụ Đảng ủy Khối tặng giấy khen là đảng viên hoàn thành xuất sắc nhiệm vụ tiêu "
            "biểu 5 năm liền.</p>"
        ),
        "source": "",
        "author": "Thu Hà",
        "published": "2021-12-03 10:00",
        "featured": False,
        "tags": ["gương điển hình", "bí thư chi bộ", "doanh nghiệp tư nhân"],
    },
    {
        "title": "Đảng bộ Khối quán triệt Kết luận 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng",
        "category": "xay-dung-dang",
        "lead": (
            "Ngày 9-12, Đảng ủy Khối tổ chức hội nghị trực tuyến học tập, quán triệt Kết luận "
            "21-KL/TW của Hội nghị Trung ương 4 khóa XIII và triển khai kế hoạch thực hiện trong "
            "toàn Đảng bộ."
        ),
        "body": (
            "<p>Hội nghị được kết nối tới các điểm cầu tại 159 tổ chức cơ sở đảng, với sự tham dự "
            "của các đồng chí cấp ủy viên và đảng viên. Đồng chí Đỗ Quang Vinh, Bí thư Đảng ủy "
            "Khối, trực tiếp truyền đạt những nội dung cốt lõi của Kết luận.</p>"
            "<p>Kết luận 21-KL/TW ngày 25-10-2021 tập trung vào việc đẩy mạnh xây dựng, chỉnh đốn "
            "Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi, xử lý nghiêm cán bộ, đảng "
            "viên suy thoái về tư tưởng chính trị, đạo đức, lối sống, biểu hiện “tự diễn biến”, "
            "“tự chuyển hóa”. Báo cáo viên phân tích những điểm mới so với các nghị quyết trước, "
            "trong đó nhấn mạnh trách nhiệm nêu gương của người đứng đầu và việc gắn kết quả thực "
            "hiện với đánh giá cán bộ.</p>"
            "<h2>Tự soi, tự sửa gắn với kiểm điểm cuối năm</h2>"
            "<p>Theo kế hoạch của Ban Thường vụ Đảng ủy Khối, mỗi tổ chức đảng và đảng viên phải "
            "đối chiếu các biểu hiện suy thoái nêu trong Kết luận để tự kiểm điểm, làm rõ ưu "
            "điểm, hạn chế và đề ra biện pháp khắc phục cụ thể. Nội dung này được đưa vào kiểm "
            "điểm, đánh giá, xếp loại chất lượng năm 2021.</p>"
            "<p>Các cấp ủy cũng được yêu cầu:</p>"
            "<ul>"
            "<li>hoàn thành việc quán triệt đến 100% đảng viên trước ngày 31-12-2021;</li>"
            "<li>xây dựng chương trình hành động sát với đặc điểm của cơ quan, doanh nghiệp;</li>"
            "<li>tăng cường giám sát thường xuyên, nhất là đối với cán bộ giữ vị trí quản lý tài "
            "chính, tài sản.</li>"
            "</ul>"
            "<blockquote><p>Xây dựng, chỉnh đốn Đảng không phải việc của riêng ai, mà bắt đầu từ "
            "chính mỗi chi bộ và mỗi đảng viên.</p>"
            "</blockquote><p>Kết thúc hội nghị, các đảng viên làm bài thu hoạch và ký cam kết tu "
            "dưỡng, rèn luyện gửi về chi bộ.</p>"
        ),
        "source": "",
        "author": "Minh Anh",
        "published": "2021-12-10 09:00",
        "featured": True,
        "tags": ["Kết luận 21-KL/TW", "chỉnh đốn Đảng", "xây dựng Đảng"],
    },
]
