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
