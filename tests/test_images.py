"""Uploads are judged by their content, whatever their name says."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news.images import check_image, normalize_image
from tests.factories import image_bytes, jpeg_with_exif, png_declaring


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type)


def refused(file):
    with pytest.raises(ValidationError) as error:
        check_image(file)
    return " ".join(error.value.messages)


def test_png_declaring_a_huge_canvas_is_refused_from_its_header():
    bomb = png_declaring(9000, 9000)
    assert len(bomb) < 200
    message = refused(upload("bom.png", bomb, "image/png"))
    assert "9000 x 9000" in message
    assert "triệu điểm ảnh" in message


def test_canvas_past_pillows_own_guard_is_refused_with_a_clear_message():
    message = refused(upload("bom.png", png_declaring(20000, 20000), "image/png"))
    assert "vượt xa giới hạn 40 triệu điểm ảnh" in message


def test_truncated_jpeg_is_refused():
    data = image_bytes("JPEG", size=(400, 300))
    message = refused(upload("cut.jpg", data[: len(data) // 2]))
    assert "bị hỏng" in message


def test_pdf_renamed_to_jpg_is_refused():
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    assert "không phải là ảnh" in refused(upload("van-ban.jpg", pdf))


def test_svg_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    assert "không phải là ảnh" in refused(upload("logo.svg", svg, "image/svg+xml"))


@pytest.mark.parametrize("image_format", ["BMP", "TIFF"])
def test_other_image_formats_are_refused(image_format):
    out = io.BytesIO()
    Image.new("RGB", (10, 10)).save(out, format=image_format)
    assert "không phải là ảnh" in refused(upload("anh.jpg", out.getvalue()))


def test_file_over_the_size_limit_is_refused(settings):
    settings.IMAGE_MAX_BYTES = 1000
    data = image_bytes("PNG", size=(200, 200), colour=(1, 2, 3, 4))
    data += b"\0" * 1000
    assert "quá lớn" in refused(upload("to.png", data, "image/png"))


def test_pixel_limit_is_configurable(settings):
    settings.IMAGE_MAX_PIXELS = 100
    assert "điểm ảnh" in refused(upload("a.jpg", image_bytes("JPEG", size=(20, 20))))


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP", "GIF"])
def test_allowed_formats_pass(image_format):
    image = check_image(upload("a.bin", image_bytes(image_format)))
    assert image.format == image_format


def test_normalizing_applies_orientation_and_strips_location():
    stored = normalize_image(upload("Ảnh hội nghị.JPG", jpeg_with_exif(size=(60, 40))))
    image = Image.open(io.BytesIO(stored.read()))
    assert image.size == (40, 60)  # orientation 6: rotated a quarter turn, now upright
    exif = image.getexif()
    assert 0x8825 not in exif  # no GPS block
    assert exif.get(0x0112) in (None, 1)


def test_normalizing_drops_a_trailing_payload():
    data = image_bytes("JPEG") + b"<?php system($_GET['c']); ?>"
    stored = normalize_image(upload("a.jpg", data)).read()
    assert b"<?php" not in stored


def test_stored_name_is_a_safe_ascii_slug_with_a_random_suffix():
    first = normalize_image(upload("../../Ảnh Đại hội.jpeg", image_bytes("JPEG")))
    second = normalize_image(upload("../../Ảnh Đại hội.jpeg", image_bytes("JPEG")))
    assert first.name.startswith("anh-dai-hoi-") and first.name.endswith(".jpg")
    assert "/" not in first.name and ".." not in first.name
    assert first.name != second.name


def test_name_extension_follows_the_content_not_the_upload_name():
    stored = normalize_image(upload("anh.jpg", image_bytes("PNG"), "image/png"))
    assert stored.name.endswith(".png")


@pytest.mark.django_db
def test_saving_through_the_field_file_checks_and_renames_too(settings):
    # The shell's and a script's path: instance.image.save(name, content).
    from django.core.files.base import ContentFile

    from tests.factories import make_article

    article = make_article()
    with pytest.raises(ValidationError) as refused:
        article.image.save("trang.jpg", ContentFile(b"<html><script>alert(1)</script>"))
    assert "không phải là ảnh" in refused.value.messages[0]
    article.image.save("../../Ảnh đẹp.jpg", ContentFile(jpeg_with_exif()))
    assert article.image.name.startswith("articles/")
    assert "anh-dep-" in article.image.name
    assert ".." not in article.image.name
    with Image.open(article.image.path) as image:
        assert not image.getexif().get_ifd(0x8825)


# Metadata: only pixels, colour profile, transparency and timing survive re-encoding. ---------

MARKER = b"<script>alert(1)</script>"


def _encoded(image_format, frames=1, **options):
    out = io.BytesIO()
    mode = "RGBA" if image_format == "PNG" else "RGB"
    images = [Image.new(mode, (320, 200), (200, 20 * n, 10)) for n in range(frames)]
    extra = {"save_all": True, "append_images": images[1:]} if frames > 1 else {}
    images[0].save(out, format=image_format, **extra, **options)
    return out.getvalue()


def _exif_with_marker():
    exif = Image.Exif()
    exif[0x010E] = MARKER.decode()  # ImageDescription
    exif[0x013B] = MARKER.decode()  # Artist
    return exif.tobytes()


def _png_text():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", MARKER.decode())
    info.add_itxt("Description", MARKER.decode(), zip=True)
    return info


HOSTILE_METADATA = {
    "jpeg-comment": lambda: _encoded("JPEG", comment=MARKER),
    "jpeg-xmp": lambda: _encoded("JPEG", xmp=MARKER),
    "jpeg-exif": lambda: _encoded("JPEG", exif=_exif_with_marker()),
    "gif-comment": lambda: _encoded("GIF", comment=MARKER),
    "animated-gif-comment": lambda: _encoded("GIF", frames=3, comment=MARKER, duration=90),
    "png-text-chunks": lambda: _encoded("PNG", pnginfo=_png_text()),
    "png-exif": lambda: _encoded("PNG", exif=_exif_with_marker()),
    "webp-xmp": lambda: _encoded("WEBP", xmp=MARKER),
    "webp-exif": lambda: _encoded("WEBP", exif=_exif_with_marker()),
    "unreadable-exif": lambda: _encoded("WEBP", exif=b"Exif\x00\x00" + MARKER),
}


@pytest.mark.django_db
@pytest.mark.parametrize("kind", HOSTILE_METADATA)
def test_no_metadata_block_survives_in_the_image_or_any_rendition(kind, settings):
    from tests.factories import make_article

    data = HOSTILE_METADATA[kind]()
    assert MARKER in data or kind == "unreadable-exif"
    article = make_article()
    article.image = SimpleUploadedFile("anh", data)
    article.image_alt = "Ảnh"
    article.save()
    stored = (
        [article.image.name]
        + [name for _w, name in article.image_renditions.get("webp", [])]
        + [name for _w, name in article.image_renditions.get("fallback", [])]
    )
    for name in stored:
        content = (settings.MEDIA_ROOT / name).read_bytes()
        assert MARKER not in content and b"alert(1)" not in content, name
        with Image.open(io.BytesIO(content)) as image:
            assert "comment" not in image.info and "xmp" not in image.info, name
            assert not image.getexif().get(0x010E), name
    with Image.open(settings.MEDIA_ROOT / article.image.name) as image:
        assert getattr(image, "n_frames", 1) == (3 if kind.startswith("animated") else 1)
