import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from news.documents.models import Attachment, Document, DocumentType, Issuer
from tests.factories import exe_bytes, make_document, pdf_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client, django_user_model):
    user = django_user_model.objects.create_superuser("quantri", password="mat-khau-quan-tri-2024")
    client.force_login(user)
    return client


def form_data(file, **overrides):
    data = {
        "number": "45-QĐ/ĐUK",
        "slug": "",
        "doc_type": DocumentType.objects.get_or_create(name="Quyết định")[0].pk,
        "issuer": Issuer.objects.get_or_create(name="Ban Thường vụ Đảng ủy Khối")[0].pk,
        "topic": "",
        "signer": "Nguyễn Thị Hoa",
        "issued_on": "10/06/2021",
        "effective_on": "",
        "summary": "Về việc thành lập các đoàn giám sát chuyên đề năm 2021",
        "status": "published",
        "publish_at_0": "10/06/2021",
        "publish_at_1": "08:00",
        "attachments-TOTAL_FORMS": "1",
        "attachments-INITIAL_FORMS": "0",
        "attachments-MIN_NUM_FORMS": "0",
        "attachments-MAX_NUM_FORMS": "1000",
        "attachments-0-file": file,
        "attachments-0-title": "",
        "attachments-0-order": "0",
    }
    return {**data, **overrides}


def test_staff_add_a_document_with_its_file(admin_client):
    upload = SimpleUploadedFile("Quyết định 45.pdf", pdf_bytes(), "application/pdf")
    response = admin_client.post("/admin/documents/document/add/", form_data(upload))
    assert response.status_code == 302, response.content.decode()[:3000]
    document = Document.objects.get()
    assert document.slug == "45-qd-duk"
    attachment = document.attachments.get()
    assert attachment.title == "Quyết định 45" and attachment.file.name.endswith(".pdf")


def test_a_renamed_executable_is_refused_in_the_admin_and_nothing_is_saved(admin_client):
    upload = SimpleUploadedFile("Quyết định 45.pdf", exe_bytes(), "application/pdf")
    response = admin_client.post("/admin/documents/document/add/", form_data(upload))
    assert response.status_code == 200
    assert "chương trình chạy được, không phải văn bản" in response.content.decode()
    assert not Document.objects.exists() and not Attachment.objects.exists()


def test_admin_search_ignores_diacritics(admin_client):
    make_document("05-CT/TW", summary="Về đẩy mạnh học tập và làm theo Bác")
    make_document("1-TB/ĐUK", summary="Thông báo kết luận")
    html = admin_client.get("/admin/documents/document/", {"q": "hoc tap"}).content.decode()
    assert "05-CT/TW" in html and "1-TB/ĐUK" not in html


def test_publish_action_saves_each_document(admin_client):
    drafts = [make_document(published=False) for _ in range(2)]
    response = admin_client.post(
        "/admin/documents/document/",
        {"action": "publish", "_selected_action": [d.pk for d in drafts]},
        follow=True,
    )
    assert "Đã xuất bản 2 văn bản." in response.content.decode()
    assert Document.objects.published().count() == 2
