import datetime
from urllib.parse import quote

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext

from news.documents.models import Attachment, Document, DocumentType, Issuer, Topic
from news.publishing import Status
from tests.factories import docx_bytes, make_document, pdf_bytes

pytestmark = pytest.mark.django_db


def main_column(response):
    return response.content.decode().split('<aside class="page__sidebar"')[0]


def attach(document, name, data):
    return Attachment.objects.create(
        document=document, file=SimpleUploadedFile(name, data, "application/octet-stream")
    )


@pytest.fixture
def register():
    directive = DocumentType.objects.create(name="Chỉ thị")
    plan = DocumentType.objects.create(name="Kế hoạch")
    politburo = Issuer.objects.create(name="Bộ Chính trị")
    committee = Issuer.objects.create(name="Ban Thường vụ Đảng ủy Khối")
    propaganda = Topic.objects.create(name="Tuyên giáo")
    return {
        "directive": make_document(
            "05-CT/TW",
            doc_type=directive,
            issuer=politburo,
            topic=propaganda,
            issued_on=datetime.date(2016, 5, 15),
            summary="Về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
        ),
        "plan": make_document(
            "12-KH/ĐUK",
            doc_type=plan,
            issuer=committee,
            topic=propaganda,
            issued_on=datetime.date(2021, 6, 21),
            summary="Thực hiện chuyên đề năm 2021 về học tập và làm theo Bác",
        ),
        "other": make_document(
            "230-CV/ĐUK",
            issuer=committee,
            issued_on=datetime.date(2021, 9, 6),
            summary="V/v sử dụng phần mềm hội nghị trực tuyến trong sinh hoạt chi bộ",
        ),
        "draft": make_document(
            "99-CT/ĐUK",
            doc_type=directive,
            published=False,
            summary="Chỉ thị chưa ban hành về học tập",
        ),
        "scheduled": make_document(
            "98-CT/ĐUK", doc_type=directive, days_ago=-2, summary="Chỉ thị hẹn giờ về học tập"
        ),
    }


def listed(client, **params):
    html = main_column(client.get("/van-ban/", params))
    return {
        number
        for number in ("05-CT/TW", "12-KH/ĐUK", "230-CV/ĐUK", "99-CT/ĐUK", "98-CT/ĐUK")
        if f">{number}</a>" in html
    }


def test_register_lists_published_documents_newest_first(client, register):
    html = main_column(client.get("/van-ban/"))
    assert html.index(">230-CV/ĐUK<") < html.index(">12-KH/ĐUK<") < html.index(">05-CT/TW<")
    assert "99-CT/ĐUK" not in html and "98-CT/ĐUK" not in html
    assert "Có 3 văn bản." in html


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"loai": "chi-thi"}, {"05-CT/TW"}),
        ({"co_quan": "ban-thuong-vu-dang-uy-khoi"}, {"12-KH/ĐUK", "230-CV/ĐUK"}),
        ({"linh_vuc": "tuyen-giao"}, {"05-CT/TW", "12-KH/ĐUK"}),
        ({"nam": "2021"}, {"12-KH/ĐUK", "230-CV/ĐUK"}),
        ({"nam": "2021", "linh_vuc": "tuyen-giao"}, {"12-KH/ĐUK"}),
        ({"q": "hoc tap lam theo"}, {"05-CT/TW", "12-KH/ĐUK"}),  # no diacritics typed
        ({"q": "HỌC TẬP"}, {"05-CT/TW", "12-KH/ĐUK"}),
        ({"q": "05-ct/tw"}, {"05-CT/TW"}),  # the number, in any case
        ({"q": "dUK sinh hoạt"}, {"230-CV/ĐUK"}),  # words from the number and the summary
        ({"q": "khong co van ban nay"}, set()),
    ],
)
def test_register_filters_and_search(client, register, params, expected):
    assert listed(client, **params) == expected


@pytest.mark.parametrize(
    "params",
    [{"loai": "khong-co"}, {"nam": "abc"}, {"nam": "1900"}, {"co_quan": "'; drop table"}],
)
def test_an_unknown_filter_value_is_ignored_not_an_error(client, register, params):
    response = client.get("/van-ban/", params)
    assert response.status_code == 200
    assert listed(client, **params) == {"05-CT/TW", "12-KH/ĐUK", "230-CV/ĐUK"}


def test_register_filter_choices_and_paging_keep_the_filters(client):
    plan = DocumentType.objects.create(name="Kế hoạch")
    for n in range(25):
        make_document(f"{n}-KH/ĐUK", doc_type=plan, issued_on=datetime.date(2020, 1, 1))
    make_document("1-QĐ/ĐUK", issued_on=datetime.date(2019, 3, 1))
    html = main_column(client.get("/van-ban/", {"loai": "ke-hoach"}))
    assert '<option value="2020">2020</option>' in html
    assert '<option value="2019">2019</option>' in html
    assert 'href="?loai=ke-hoach&amp;page=2"' in html
    second = main_column(client.get("/van-ban/", {"loai": "ke-hoach", "page": 2}))
    assert second.count('<td><a href="/van-ban/') == 5
    assert client.get("/van-ban/", {"page": 9}).status_code == 404


def test_document_page_shows_its_metadata_and_files(client, register):
    document = register["directive"]
    attach(document, "Chỉ thị 05.pdf", pdf_bytes())
    response = client.get(document.get_absolute_url())
    html = main_column(response)
    assert response.status_code == 200
    assert "<h1" in html and "Chỉ thị 05-CT/TW" in html
    for label, value in [
        ("Số ký hiệu", "05-CT/TW"),
        ("Cơ quan ban hành", "Bộ Chính trị"),
        ("Ngày ban hành", "15/05/2016"),
        ("Lĩnh vực", "Tuyên giáo"),
    ]:
        assert f'<th scope="row">{label}</th>' in html and value in html
    assert "Tải về Chỉ thị 05" in html and "(PDF," in html


@pytest.mark.parametrize("key", ["draft", "scheduled"])
def test_unpublished_documents_and_their_files_are_404(client, register, key):
    document = register[key]
    attachment = attach(document, "a.pdf", pdf_bytes())
    assert client.get(document.get_absolute_url()).status_code == 404
    assert client.get(f"/van-ban/{document.slug}/tai-ve/{attachment.pk}/").status_code == 404


def test_download_has_the_real_type_and_a_vietnamese_safe_name(client, register):
    document = register["plan"]
    attachment = attach(document, "Kế hoạch 12-KH ĐUK.docx", docx_bytes())
    response = client.get(f"/van-ban/{document.slug}/tai-ve/{attachment.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"] == (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="Ke hoach 12-KH DUK.docx"; ')
    assert disposition.endswith("filename*=UTF-8''" + quote("Kế hoạch 12-KH ĐUK.docx"))
    assert disposition.isascii()
    assert b"".join(response.streaming_content) == docx_bytes()


def test_download_of_another_documents_file_is_404(client, register):
    attachment = attach(register["plan"], "a.pdf", pdf_bytes())
    url = f"/van-ban/{register['directive'].slug}/tai-ve/{attachment.pk}/"
    assert client.get(url).status_code == 404


def test_a_display_name_with_quotes_and_line_breaks_cannot_break_the_header(client, register):
    attachment = attach(register["plan"], "a.pdf", pdf_bytes())
    # Saving would turn the line break into spaces; the header must hold whatever is stored.
    type(attachment).objects.filter(pk=attachment.pk).update(
        title='Tệp "đặc biệt"\r\nSet-Cookie: x=1'
    )
    response = client.get(f"/van-ban/{register['plan'].slug}/tai-ve/{attachment.pk}/")
    disposition = response["Content-Disposition"]
    assert "\r" not in disposition and "\n" not in disposition
    assert 'filename="Tep _dac biet___Set-Cookie: x=1.pdf"' in disposition
    assert "Set-Cookie" not in response.headers


def test_newest_documents_block_in_the_sidebar(client, register):
    html = client.get("/").content.decode()
    sidebar = html.split('<aside class="page__sidebar"')[1]
    assert "Văn bản mới" in sidebar
    assert sidebar.index("230-CV/ĐUK") < sidebar.index("12-KH/ĐUK")
    assert "99-CT/ĐUK" not in sidebar and "98-CT/ĐUK" not in sidebar


def test_search_text_follows_edits_made_with_update_fields():
    document = make_document("1-TB/ĐUK", summary="Thông báo cũ")
    document.summary = "Kết luận hội nghị giao ban"
    document.save(update_fields=["summary"])
    assert list(Document.objects.search("giao ban")) == [document]


def queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        assert client.get(url).status_code == 200
    return len(context)


@pytest.mark.parametrize("page", ["register", "filtered", "detail"])
def test_query_count_does_not_grow_with_the_number_of_documents(client, page):
    doc_type = DocumentType.objects.create(name="Công văn")
    issuer = Issuer.objects.create(name="Văn phòng")
    counts = []
    for total in (3, 120):
        existing = Document.objects.count()
        Document.objects.bulk_create(
            Document(
                number=f"{n}-CV/VP",
                slug=f"{n}-cv-vp",
                doc_type=doc_type,
                issuer=issuer,
                issued_on=datetime.date(2021, 1, 1) + datetime.timedelta(days=n),
                summary=f"Công văn số {n}",
                search_text=f" {n} cv vp cong van so {n} ",
                status=Status.PUBLISHED,
            )
            for n in range(existing, total)
        )
        first = Document.objects.first()
        for n in range(2):
            attach(first, f"tep-{total}-{n}.pdf", pdf_bytes())
        url = {
            "register": "/van-ban/",
            "filtered": "/van-ban/?q=cong+van&nam=2021&loai=cong-van",
            "detail": first.get_absolute_url(),
        }[page]
        counts.append(queries_for(client, url))
    assert counts[0] == counts[1]


def test_a_slash_in_the_display_name_is_encoded_not_a_path(client, register):
    attachment = attach(register["plan"], "a.pdf", pdf_bytes())
    attachment.title = "Kế hoạch 12-KH/ĐUK"
    attachment.save()
    response = client.get(f"/van-ban/{register['plan'].slug}/tai-ve/{attachment.pk}/")
    disposition = response["Content-Disposition"]
    assert 'filename="Ke hoach 12-KH_DUK.pdf"' in disposition
    assert "filename*=UTF-8''K%E1%BA%BF%20ho%E1%BA%A1ch%2012-KH%2F%C4%90UK.pdf" in disposition


def test_document_page_links_to_the_register_filtered_on_its_classifications(client, register):
    html = main_column(client.get(register["directive"].get_absolute_url()))
    assert 'href="/van-ban/?loai=chi-thi"' in html
    assert 'href="/van-ban/?co_quan=bo-chinh-tri"' in html
    assert 'href="/van-ban/?linh_vuc=tuyen-giao"' in html
    assert listed(client, co_quan="bo-chinh-tri") == {"05-CT/TW"}


def test_the_sites_search_box_stays_empty_on_a_filtered_register(client, register):
    html = client.get("/van-ban/", {"loai": "chi-thi", "q": "học tập"}).content.decode()
    header = html.split('<header class="site-header"')[1].split("</header>")[0]
    assert 'id="site-search-q" name="q" maxlength="200" placeholder="Tìm kiếm…" value=""' in header


def test_register_search_covers_type_signer_issuer_and_field_by_whole_words(client):
    resolution = DocumentType.objects.create(name="Nghị quyết")
    make_document(
        "25-NQ/TU",
        doc_type=resolution,
        signer="Trần Văn Hòa",
        summary="Về phát triển du lịch Huế",
        topic=Topic.objects.create(name="Tuyên giáo"),
    )
    make_document("125-QĐ/TU", summary="Về miễn giảm thuế")
    make_document("26-NQ/TU", doc_type=resolution, summary="Về nguồn nhân lực")

    def numbers(q):
        html = main_column(client.get("/van-ban/", {"q": q}))
        return {n for n in ("25-NQ/TU", "125-QĐ/TU", "26-NQ/TU") if f">{n}</a>" in html}

    assert numbers("nghi quyet 25") == {"25-NQ/TU"}
    assert numbers("Nghị quyết") == {"25-NQ/TU", "26-NQ/TU"}
    assert numbers("tran van hoa") == {"25-NQ/TU"}
    assert numbers("tuyen giao") == {"25-NQ/TU"}
    assert numbers("Huế") == {"25-NQ/TU"}  # not "thuế"
    assert numbers("thue") == {"125-QĐ/TU"}
