"""Attached files are judged by their bytes, whatever their name says."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from news.documents.files import detect
from news.documents.models import Attachment
from tests.factories import (
    docx_bytes,
    exe_bytes,
    make_document,
    odt_bytes,
    ole2_bytes,
    pdf_bytes,
    xlsx_bytes,
    zip_bytes,
)


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


@pytest.mark.parametrize(
    ("data", "extension", "content_type"),
    [
        (pdf_bytes(), ".pdf", "application/pdf"),
        (ole2_bytes("WordDocument"), ".doc", "application/msword"),
        (ole2_bytes("Workbook"), ".xls", "application/vnd.ms-excel"),
        (
            docx_bytes(),
            ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        ),
        (
            xlsx_bytes(),
            ".xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        (odt_bytes(), ".odt", "application/vnd.oasis.opendocument.text"),
    ],
)
def test_each_accepted_format_is_recognised_by_content_even_misnamed(data, extension, content_type):
    kind = detect(upload("tai-lieu.bin", data))
    assert (kind.extension, kind.content_type) == (extension, content_type)


def messages_for(data, name="van-ban.pdf"):
    with pytest.raises(ValidationError) as refused:
        detect(upload(name, data))
    return " ".join(refused.value.messages)


def test_a_renamed_executable_is_refused_with_a_vietnamese_message():
    message = messages_for(exe_bytes(), "quyet-dinh-45.pdf")
    assert "chương trình chạy được, không phải văn bản" in message


@pytest.mark.parametrize(
    "data",
    [
        b"<html><script>alert(1)</script></html>",
        zip_bytes({"payload.js": b"alert(1)"}),  # a ZIP, but no office document inside
        zip_bytes({"[Content_Types].xml": b"<Types/>"}),  # OOXML without its main part
        zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"}),
        ole2_bytes("PowerPoint Document"),
    ],
)
def test_other_content_is_refused_whatever_its_name(data):
    assert "Định dạng được nhận biết theo nội dung tệp" in messages_for(data, "bao-cao.docx")


def test_a_truncated_zip_is_refused_as_broken():
    assert "bị hỏng" in messages_for(docx_bytes()[:40], "ke-hoach.docx")


def test_the_size_limit_comes_from_the_settings(settings):
    settings.DOCUMENT_MAX_BYTES = 1024
    assert "quá lớn" in messages_for(pdf_bytes("x" * 2000))
    assert "trống" in messages_for(b"")


@pytest.mark.django_db
def test_stored_name_is_ascii_with_the_detected_extension():
    document = make_document()
    attachment = Attachment.objects.create(
        document=document, file=upload("Quyết định số 45 (bản ký).exe", docx_bytes())
    )
    stored = attachment.file.name
    assert stored.startswith("documents/") and stored.endswith(".docx")
    assert stored.isascii() and " " not in stored and "quyet-dinh-so-45-ban-ky-" in stored
    assert attachment.title == "Quyết định số 45 (bản ký)"
    assert attachment.size == len(docx_bytes())


@pytest.mark.django_db
def test_saving_through_the_model_refuses_an_executable_too():
    document = make_document()
    with pytest.raises(ValidationError), transaction.atomic():
        Attachment.objects.create(document=document, file=upload("a.pdf", exe_bytes()))
    assert not Attachment.objects.exists()
