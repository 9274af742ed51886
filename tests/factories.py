"""Small factories for test data: explicit, local, and never drifting like fixtures do."""

import io
import itertools
from datetime import timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from news.articles.models import Article, Category
from news.galleries.models import Album, Photo
from news.links.models import Partner
from news.publishing import Status
from news.videos.models import Video

_counter = itertools.count(1)


def make_category(name=None, **fields):
    name = name or f"Chuyên mục {next(_counter)}"
    return Category.objects.create(name=name, **fields)


def make_article(title=None, *, category=None, published=True, days_ago=1, **fields):
    """A published article from `days_ago` days ago (negative: scheduled in the future)."""
    fields.setdefault("status", Status.PUBLISHED if published else Status.DRAFT)
    fields.setdefault("publish_at", timezone.now() - timedelta(days=days_ago))
    return Article.objects.create(
        title=title or f"Bài viết số {next(_counter)}",
        category=category or make_category(),
        lead=fields.pop("lead", "Sapo của bài viết."),
        body=fields.pop("body", "<p>Nội dung bài viết.</p>"),
        **fields,
    )


def _publishing(published, days_ago, fields):
    fields.setdefault("status", Status.PUBLISHED if published else Status.DRAFT)
    fields.setdefault("publish_at", timezone.now() - timedelta(days=days_ago))
    return fields


def make_album(title=None, *, published=True, days_ago=1, photos=0, **fields):
    """An album (published `days_ago` days ago) with `photos` small generated photos."""
    album = Album.objects.create(
        title=title or f"Album số {next(_counter)}", **_publishing(published, days_ago, fields)
    )
    for position in range(1, photos + 1):
        make_photo(album, position=position, caption=f"Chú thích ảnh {position}")
    return album


def make_photo(album, *, size=(96, 64), **fields):
    colour = (next(_counter) * 37 % 256, 90, 140)
    return Photo.objects.create(
        album=album, image=image_upload("anh.jpg", size=size, colour=colour), **fields
    )


def make_video(
    title=None,
    *,
    url="https://www.youtube.com/watch?v=dQw4w9WgXcQ",
    published=True,
    days_ago=1,
    **fields,
):
    return Video.objects.create(
        title=title or f"Video số {next(_counter)}",
        url=url,
        **_publishing(published, days_ago, fields),
    )


def make_partner(name=None, *, url="https://chinhphu.vn", **fields):
    return Partner.objects.create(name=name or f"Đơn vị {next(_counter)}", url=url, **fields)


def image_bytes(image_format="JPEG", size=(64, 48), colour=(200, 30, 30), **save_options):
    out = io.BytesIO()
    mode = "RGBA" if image_format == "PNG" else "RGB"
    Image.new(mode, size, colour).save(out, format=image_format, **save_options)
    return out.getvalue()


def image_upload(name="anh.jpg", image_format="JPEG", **kwargs):
    content_type = {
        "JPEG": "image/jpeg",
        "PNG": "image/png",
        "GIF": "image/gif",
        "WEBP": "image/webp",
    }[image_format]
    return SimpleUploadedFile(name, image_bytes(image_format, **kwargs), content_type)


def png_declaring(width, height):
    """A tiny PNG whose header claims `width` x `height` pixels: a decompression bomb's shape."""
    import struct
    import zlib

    data = bytearray(image_bytes("PNG", size=(1, 1)))
    ihdr = data.index(b"IHDR")
    data[ihdr + 4 : ihdr + 12] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr : ihdr + 17]))
    data[ihdr + 17 : ihdr + 21] = struct.pack(">I", crc)
    return bytes(data)


def jpeg_with_exif(size=(60, 40), orientation=6, gps=True):
    """A JPEG with an EXIF orientation tag and, if asked, a GPS position (Hà Nội)."""
    image = Image.new("RGB", size, (10, 120, 200))
    image.paste((250, 250, 0), (0, 0, size[0] // 2, size[1]))  # left half yellow
    exif = Image.Exif()
    exif[0x0112] = orientation
    if gps:
        exif[0x8825] = {1: "N", 2: (21.0, 1.0, 42.0), 3: "E", 4: (105.0, 50.0, 3.0)}
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def make_document(number=None, *, published=True, days_ago=1, **fields):
    """A published document of a type and issuer made on the fly unless given."""
    from news.documents.models import Document, DocumentType, Issuer

    n = next(_counter)
    fields.setdefault("status", Status.PUBLISHED if published else Status.DRAFT)
    fields.setdefault("publish_at", timezone.now() - timedelta(days=days_ago))
    if "doc_type" not in fields:
        fields["doc_type"], _ = DocumentType.objects.get_or_create(name="Quyết định")
    if "issuer" not in fields:
        fields["issuer"], _ = Issuer.objects.get_or_create(name="Ban Thường vụ Đảng ủy Khối")
    fields.setdefault("issued_on", timezone.localdate() - timedelta(days=days_ago))
    return Document.objects.create(
        number=number or f"{n}-QĐ/ĐUK",
        summary=fields.pop("summary", f"Về việc số {n}"),
        **fields,
    )


def make_page(title=None, *, published=True, **fields):
    from news.pages.models import Page

    fields.setdefault("status", Status.PUBLISHED if published else Status.DRAFT)
    fields.setdefault("publish_at", timezone.now() - timedelta(days=1))
    return Page.objects.create(
        title=title or f"Trang {next(_counter)}",
        body=fields.pop("body", "<p>Nội dung trang.</p>"),
        **fields,
    )


def pdf_bytes(text="Van ban"):
    from portal.demo.pdf import make_pdf

    return make_pdf(text, [text])


def zip_bytes(members):
    """A ZIP archive holding `members` ({name: bytes}), stored in the given order."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def docx_bytes():
    return zip_bytes(
        {
            "[Content_Types].xml": b"<Types/>",
            "_rels/.rels": b"<Relationships/>",
            "word/document.xml": b"<w:document/>",
        }
    )


def xlsx_bytes():
    return zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})


def odt_bytes():
    return zip_bytes(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": b"<office:document-content/>",
        }
    )


def ole2_bytes(stream="WordDocument"):
    """The start of an OLE2 compound file whose directory names `stream`."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    entry = stream.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
    return header + entry + b"\x00" * 384


def exe_bytes():
    """The first bytes of a Windows executable: "MZ", a DOS stub, a PE header."""
    stub = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
    return (
        stub
        + b"\x00" * 44
        + b"\x80\x00\x00\x00"
        + b"This program cannot be run in DOS mode."
        + b"PE\x00\x00"
    )
