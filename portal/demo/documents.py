"""Demo documents for the portal's document library: types, fields and eight records.

Locally issued documents, their signers and their text are fictional; the Politburo
directive is represented by a short summary written for this project, not its text.
"""

DOCUMENT_TYPES = [
    "Nghị quyết",
    "Quyết định",
    "Chỉ thị",
    "Kế hoạch",
    "Công văn",
    "Thông báo",
    "Hướng dẫn",
    "Báo cáo",
]

FIELDS = ["Xây dựng Đảng", "Kiểm tra - Giám sát", "Tuyên giáo", "Dân vận", "Văn phòng"]

# One document of each type; each page is short plain text.
DOCUMENTS = [
    {
        "type": "Nghị quyết",
        "number": "120-NQ/ĐUK",
        "issuer": "Ban Thường vụ Đảng ủy Khối",
        "signer": "Đỗ Quang Vinh - Bí thư",
        "issued": "2021-07-22",
        "in_force": "2021-07-22",
        "field": "Xây dựng Đảng",
        "summary": (
            "Về nâng cao chất lượng sinh hoạt chi bộ trong các doanh nghiệp thuộc Đảng bộ Khối "
            "giai đoạn 2021-2025"
        ),
        "pages": [
            (
                "I. MỤC TIÊU\n\n"
                "Phấn đấu đến năm 2025, 100% chi bộ trong doanh nghiệp duy trì sinh hoạt định kỳ "
                "hằng tháng; mỗi chi bộ tổ chức ít nhất một kỳ sinh hoạt chuyên đề mỗi quý; trên "
                "90% tổ chức cơ sở đảng trong doanh nghiệp được đánh giá hoàn thành tốt nhiệm vụ "
                "trở lên.\n\n"
                "II. NHIỆM VỤ, GIẢI PHÁP\n\n"
                "1. Cấp ủy cơ sở chủ động thống nhất với chủ doanh nghiệp về thời gian, địa điểm "
                "sinh hoạt, bảo đảm không ảnh hưởng đến sản xuất.\n\n"
                "2. Nội dung sinh hoạt phải gắn với nhiệm vụ sản xuất kinh doanh, việc làm và đời "
                "sống của người lao động."
            ),
            (
                "3. Cho phép tổ chức sinh hoạt trực tuyến trong trường hợp dịch bệnh, thiên tai, "
                "nhưng phải bảo đảm đủ thành phần, đúng quy trình và lưu giữ biên bản.\n\n"
                "4. Ban Tổ chức Đảng ủy Khối hướng dẫn, kiểm tra việc thực hiện; hằng năm sơ kết, "
                "biểu dương các chi bộ làm tốt.\n\n"
                "III. TỔ CHỨC THỰC HIỆN\n\n"
                "Nghị quyết này được phổ biến đến các chi bộ và có hiệu lực kể từ ngày ký."
            ),
        ],
    },
    {
        "type": "Quyết định",
        "number": "45-QĐ/ĐUK",
        "issuer": "Ban Thường vụ Đảng ủy Khối",
        "signer": "Nguyễn Thị Hoa - Phó Bí thư",
        "issued": "2021-06-10",
        "in_force": "2021-06-10",
        "field": "Kiểm tra - Giám sát",
        "summary": (
            "Về việc thành lập các đoàn giám sát chuyên đề năm 2021 của Ban Thường vụ Đảng ủy Khối"
        ),
        "pages": [
            (
                "Điều 1. Thành lập 3 đoàn giám sát chuyên đề việc lãnh đạo thực hiện nhiệm vụ "
                "chính trị và công tác phát triển đảng viên tại 9 tổ chức cơ sở đảng trực thuộc "
                "(có danh sách kèm theo).\n\n"
                "Điều 2. Các đoàn giám sát có trách nhiệm xây dựng kế hoạch, thông báo cho tổ "
                "chức đảng được giám sát trước ít nhất 7 ngày và báo cáo kết quả với Ban Thường "
                "vụ sau khi kết thúc giám sát.\n\n"
                "Điều 3. Ủy ban Kiểm tra Đảng ủy Khối, các đồng chí có tên trong đoàn giám sát và "
                "các tổ chức đảng liên quan chịu trách nhiệm thi hành quyết định này."
            ),
        ],
    },
    {
        "type": "Chỉ thị",
        "number": "05-CT/TW",
        "issuer": "Bộ Chính trị",
        "signer": "T/M Bộ Chính trị",
        "issued": "2016-05-15",
        "in_force": "2016-05-15",
        "field": "Tuyên giáo",
        "summary": "Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        "pages": [
            (
                "TÓM TẮT NỘI DUNG (do Ban Tuyên giáo Đảng ủy Khối biên soạn để tham khảo)\n\n"
                "Chỉ thị xác định việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí "
                "Minh là nhiệm vụ thường xuyên, lâu dài của các cấp ủy, tổ chức đảng, cơ quan, "
                "đơn vị và của mỗi cán bộ, đảng viên.\n\n"
                "Chỉ thị đề cao vai trò nêu gương của người đứng đầu, yêu cầu gắn việc học tập và "
                "làm theo Bác với nhiệm vụ chính trị của từng địa phương, đơn vị và với công tác "
                "xây dựng, chỉnh đốn Đảng."
            ),
            (
                "Về tổ chức thực hiện, các cấp ủy cần đưa nội dung học tập vào sinh hoạt chi bộ "
                "định kỳ, xây dựng chuẩn mực đạo đức phù hợp với từng đối tượng, đồng thời phát "
                "hiện, biểu dương và nhân rộng các điển hình tiên tiến.\n\n"
                "Để xem toàn văn, đề nghị tra cứu văn bản gốc trên các trang thông tin chính thức "
                "của Đảng."
            ),
        ],
    },
    {
        "type": "Kế hoạch",
        "number": "12-KH/ĐUK",
        "issuer": "Ban Thường vụ Đảng ủy Khối",
        "signer": "Phạm Văn Thắng - Phó Bí thư",
        "issued": "2021-06-21",
        "in_force": "2021-06-21",
        "field": "Tuyên giáo",
        "summary": (
            "Thực hiện chuyên đề năm 2021 về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ "
            "Chí Minh trong Đảng bộ Khối"
        ),
        "pages": [
            (
                "I. MỤC ĐÍCH, YÊU CẦU\n\n"
                "Giúp cán bộ, đảng viên và người lao động hiểu rõ nội dung chuyên đề năm 2021; "
                "mỗi tổ chức đảng, mỗi đảng viên có việc làm cụ thể để thực hiện.\n\n"
                "II. NỘI DUNG VÀ THỜI GIAN\n\n"
                "1. Tổ chức hội nghị quán triệt chuyên đề tại Đảng ủy Khối: tháng 6 năm 2021.\n\n"
                "2. Các tổ chức cơ sở đảng triển khai đến đảng viên: hoàn thành trước ngày "
                "30-7-2021.\n\n"
                "3. Mỗi chi bộ đăng ký ít nhất một việc làm cụ thể; mỗi đảng viên bổ sung kế "
                "hoạch tu dưỡng, rèn luyện.\n\n"
                "4. Sơ kết, biểu dương tập thể, cá nhân tiêu biểu: cùng với tổng kết năm 2021."
            ),
        ],
    },
    {
        "type": "Công văn",
        "number": "230-CV/ĐUK",
        "issuer": "Văn phòng Đảng ủy Khối",
        "signer": "Hoàng Văn Nam - Chánh Văn phòng",
        "issued": "2021-09-06",
        "in_force": "2021-09-06",
        "field": "Văn phòng",
        "summary": (
            "V/v sử dụng phần mềm hội nghị trực tuyến trong sinh hoạt chi bộ thời gian phòng, "
            "chống dịch COVID-19"
        ),
        "pages": [
            (
                "Kính gửi: Các đảng bộ, chi bộ cơ sở trực thuộc.\n\n"
                "Để bảo đảm hoạt động của các tổ chức đảng không bị gián đoạn trong thời gian "
                "thực hiện các biện pháp phòng, chống dịch COVID-19, Văn phòng Đảng ủy Khối đề "
                "nghị các tổ chức cơ sở đảng:\n\n"
                "1. Sử dụng phần mềm hội nghị trực tuyến đã được cơ quan chức năng thẩm định an "
                "toàn thông tin; không dùng các ứng dụng không rõ nguồn gốc.\n\n"
                "2. Không trao đổi tài liệu mật qua hội nghị trực tuyến, thư điện tử công cộng "
                "hoặc mạng xã hội.\n\n"
                "3. Khi cần hỗ trợ kỹ thuật, liên hệ Văn phòng Đảng ủy Khối qua số điện thoại "
                "0228 3845 126.\n\n"
                "Đề nghị các đồng chí bí thư cấp ủy quan tâm chỉ đạo thực hiện."
            ),
        ],
    },
    {
        "type": "Thông báo",
        "number": "08-TB/ĐUK",
        "issuer": "Văn phòng Đảng ủy Khối",
        "signer": "Hoàng Văn Nam - Chánh Văn phòng",
        "issued": "2021-10-04",
        "in_force": "2021-10-04",
        "field": "Văn phòng",
        "summary": "Kết luận của Thường trực Đảng ủy Khối tại hội nghị giao ban quý III năm 2021",
        "pages": [
            (
                "Ngày 1-10-2021, Thường trực Đảng ủy Khối chủ trì hội nghị giao ban quý III với "
                "các ban tham mưu, giúp việc và các đoàn thể Khối. Sau khi nghe báo cáo và ý kiến "
                "của các đại biểu, Thường trực Đảng ủy Khối kết luận như sau:\n\n"
                "1. Ghi nhận các cơ quan tham mưu đã hoàn thành cơ bản nhiệm vụ quý III trong "
                "điều kiện dịch bệnh phức tạp.\n\n"
                "2. Ban Tổ chức chủ trì chuẩn bị hội nghị tổng kết công tác xây dựng tổ chức đảng "
                "trong sạch, vững mạnh giai đoạn 2016-2020, dự kiến tổ chức ngày 15-10-2021.\n\n"
                "3. Ủy ban Kiểm tra đẩy nhanh tiến độ các cuộc kiểm tra, giám sát còn lại trong "
                "chương trình năm.\n\n"
                "4. Văn phòng tổng hợp, theo dõi việc thực hiện thông báo này."
            ),
        ],
    },
    {
        "type": "Hướng dẫn",
        "number": "03-HD/ĐUK",
        "issuer": "Ban Thường vụ Đảng ủy Khối",
        "signer": "Nguyễn Thị Hoa - Phó Bí thư",
        "issued": "2021-11-05",
        "in_force": "2021-11-05",
        "field": "Dân vận",
        "summary": (
            "Về thực hiện quy chế dân chủ ở cơ sở tại các cơ quan, đơn vị, doanh nghiệp thuộc "
            "Đảng bộ Khối"
        ),
        "pages": [
            (
                "1. Phạm vi áp dụng\n\n"
                "Hướng dẫn này áp dụng đối với các cơ quan hành chính, đơn vị sự nghiệp và doanh "
                "nghiệp có tổ chức đảng trực thuộc Đảng bộ Khối.\n\n"
                "2. Những việc phải công khai\n\n"
                "Kế hoạch công tác năm; việc sử dụng kinh phí, quỹ phúc lợi; tuyển dụng, đánh "
                "giá, khen thưởng; chế độ, chính sách liên quan trực tiếp đến người lao động."
            ),
            (
                "3. Hình thức thực hiện\n\n"
                "Tổ chức hội nghị cán bộ, công chức, viên chức hoặc hội nghị người lao động hằng "
                "năm; duy trì hộp thư góp ý và đối thoại định kỳ giữa người đứng đầu với người "
                "lao động.\n\n"
                "4. Trách nhiệm\n\n"
                "Cấp ủy cơ sở lãnh đạo thực hiện; công đoàn cơ sở phối hợp giám sát; Ban Dân vận "
                "Đảng ủy Khối theo dõi, tổng hợp và báo cáo Ban Thường vụ trước ngày 15 tháng 12 "
                "hằng năm."
            ),
        ],
    },
    {
        "type": "Báo cáo",
        "number": "15-BC/ĐUK",
        "issuer": "Ban Thường vụ Đảng ủy Khối",
        "signer": "Đỗ Quang Vinh - Bí thư",
        "issued": "2021-10-11",
        "in_force": "2021-10-11",
        "field": "Xây dựng Đảng",
        "summary": (
            "Tổng kết công tác xây dựng tổ chức đảng trong sạch, vững mạnh giai đoạn 2016-2020"
        ),
        "pages": [
            (
                "I. TÌNH HÌNH CHUNG\n\n"
                "Đảng bộ Khối hiện có 159 tổ chức cơ sở đảng trực thuộc, gồm 81 đảng bộ cơ sở và "
                "78 chi bộ cơ sở, với trên 8.600 đảng viên.\n\n"
                "II. KẾT QUẢ ĐẠT ĐƯỢC\n\n"
                "1. Giai đoạn 2016-2020, toàn Đảng bộ mở 25 lớp bồi dưỡng nhận thức về Đảng cho "
                "2.678 quần chúng ưu tú; kết nạp 2.003 đảng viên mới.\n\n"
                "2. Năm 2020, có 152/159 tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên, "
                "trong đó 31 tổ chức hoàn thành xuất sắc; 97,9% đảng viên hoàn thành tốt và xuất "
                "sắc nhiệm vụ."
            ),
            (
                "III. HẠN CHẾ\n\n"
                "Chất lượng sinh hoạt ở một số chi bộ còn chưa cao; công tác phát triển đảng viên "
                "trong doanh nghiệp ngoài nhà nước còn khó khăn.\n\n"
                "IV. PHƯƠNG HƯỚNG GIAI ĐOẠN 2021-2025\n\n"
                "Tiếp tục nâng cao năng lực lãnh đạo và sức chiến đấu của tổ chức đảng, chất "
                "lượng đội ngũ đảng viên; coi trọng giáo dục chính trị, tư tưởng, công tác cán "
                "bộ, bảo vệ chính trị nội bộ, kiểm tra, giám sát và công tác dân vận."
            ),
        ],
    },
]
