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
