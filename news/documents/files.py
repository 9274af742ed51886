"""Attached files of documents: judged by their content, stored under safe names.

A file is a PDF, a Word or Excel file (the old OLE2 formats or the ZIP-based OOXML ones) or an
OpenDocument text when its bytes say so, whatever its name claims. The stored name is an ASCII
slug with a random suffix and the extension of the detected format.
"""

import secrets
import zipfile
from dataclasses import dataclass
from pathlib import PurePath

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from news import library
from news.text import slugify

# Where attached files are stored. Never served from /media/ as they are: only through the
# download view, which checks that the document is published (or previewed by who may).
PRIVATE_PREFIX = "documents/"


@dataclass(frozen=True)
class Kind:
    extension: str
    content_type: str
    label: str


PDF = Kind(".pdf", "application/pdf", "PDF")
DOC = Kind(".doc", "application/msword", "Word")
XLS = Kind(".xls", "application/vnd.ms-excel", "Excel")
DOCX = Kind(
    ".docx",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Word",
)
XLSX = Kind(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel")
ODT = Kind(".odt", "application/vnd.oasis.opendocument.text", "ODT")
KINDS = {kind.extension: kind for kind in (PDF, DOC, XLS, DOCX, XLSX, ODT)}

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
# The stream names in an OLE2 directory are UTF-16: "WordDocument" for Word, "Workbook" (Excel
# 97 and later) or "Book" (Excel 5) for Excel.
OLE2_STREAMS = (
    ("WordDocument".encode("utf-16-le"), DOC),
    ("Workbook".encode("utf-16-le"), XLS),
    ("Book".encode("utf-16-le"), XLS),
)
EXECUTABLE_MAGICS = (b"MZ", b"\x7fELF", b"#!", b"\xca\xfe\xba\xbe", b"\xcf\xfa\xed\xfe")

MESSAGES = {
    "empty": _("Tệp đính kèm trống."),
    "too_big": _("Tệp đính kèm quá lớn (%(size)s). Dung lượng tối đa là %(limit)s."),
    "executable": _(
        "Tệp này là một chương trình chạy được, không phải văn bản, nên không được nhận (dù tên "
        "tệp có đuôi văn bản)."
    ),
    "unknown": _(
        "Tệp này không phải là văn bản PDF, Word (DOC, DOCX), Excel (XLS, XLSX) hoặc ODT. Định "
        "dạng được nhận biết theo nội dung tệp, không theo tên tệp."
    ),
    "broken": _("Tệp văn bản bị hỏng hoặc không đầy đủ; không đọc được nội dung tệp."),
}


def _reject(code, **params):
    raise ValidationError(MESSAGES[code], code=code, params=params)


def _zip_kind(file):
    try:
        with zipfile.ZipFile(file) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if (
                    info.file_size <= 100
                    and archive.read(info).strip() == ODT.content_type.encode()
                ):
                    return ODT
            if "[Content_Types].xml" in names:
                if "word/document.xml" in names:
                    return DOCX
                if "xl/workbook.xml" in names:
                    return XLSX
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, KeyError):
        _reject("broken")
    return None


def _ole2_kind(file):
    file.seek(0)
    data = file.read()
    for marker, kind in OLE2_STREAMS:
        if marker in data:
            return kind
    return None


def detect(file):
    """The Kind of an uploaded document, read from its content; ValidationError if refused."""
    size = getattr(file, "size", None)
    if not size:
        _reject("empty")
    if size > settings.DOCUMENT_MAX_BYTES:
        _reject(
            "too_big", size=filesizeformat(size), limit=filesizeformat(settings.DOCUMENT_MAX_BYTES)
        )
    file.seek(0)
    head = file.read(8)
    file.seek(0)
    kind = None
    if head.startswith(b"%PDF-"):
        kind = PDF
    elif head.startswith(OLE2_MAGIC):
        kind = _ole2_kind(file)
    elif head.startswith(ZIP_MAGIC):
        kind = _zip_kind(file)
    elif head.startswith(EXECUTABLE_MAGICS):
        _reject("executable")
    file.seek(0)
    if kind is None:
        _reject("unknown")
    return kind


def safe_name(original_name, kind):
    """An ASCII name safe on any storage: a slug of the original, a random suffix, the format's
    own extension."""
    stem = slugify(PurePath(str(original_name)).stem, max_length=80) or "van-ban"
    return f"{stem}-{secrets.token_hex(4)}{kind.extension}"


def kind_of_name(name):
    """The Kind of a stored file, from the extension `safe_name` gave it."""
    return KINDS.get(PurePath(str(name)).suffix.lower(), PDF)


class DocumentFormField(forms.FileField):
    """A form field that judges the upload with `detect` and says why it refused it."""

    def to_python(self, data):
        file = super().to_python(data)
        if file is not None:
            detect(file)
        return file


class DocumentFileField(models.FileField):
    """A file field whose new files are checked and renamed before they are stored."""

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if not file or file._committed:
            return super().pre_save(model_instance, add)
        original, size = file.name, file.size
        file.name = safe_name(file.name, detect(file))
        stored = super().pre_save(model_instance, add)
        library.register_field_file(stored, size=size, original_name=original)
        return stored

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": DocumentFormField, **kwargs})
