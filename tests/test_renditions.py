"""Renditions are made once, when an image is saved, and pages only read their record."""

import io
import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.template import Context, Template
from PIL import Image

from news.articles.models import Article
from news.renditions import WIDTHS
from tests.factories import image_upload, jpeg_with_exif, make_album, make_article, make_photo

pytestmark = pytest.mark.django_db


def open_stored(name):
    with default_storage.open(name, "rb") as stored:
        image = Image.open(io.BytesIO(stored.read()))
        image.load()
        return image


def test_a_large_photo_gets_every_width_in_webp_and_jpeg(client):
    photo = make_photo(make_album(), size=(2400, 1600))
    record = photo.image_renditions
    assert (record["width"], record["height"]) == (2400, 1600)
    assert [w for w, _ in record["webp"]] == list(WIDTHS)
    assert [w for w, _ in record["fallback"]] == list(WIDTHS)
    assert record["type"] == "image/jpeg"
    for width, name in record["webp"]:
        image = open_stored(name)
        assert image.format == "WEBP"
        assert image.size == (width, round(1600 * width / 2400))
    assert open_stored(record["fallback"][0][1]).format == "JPEG"


def test_no_rendition_is_wider_than_the_original():
    photo = make_photo(make_album(), size=(500, 300))
    assert [w for w, _ in photo.image_renditions["webp"]] == [240, 480, 500]


def test_renditions_are_upright_and_carry_no_location():
    album = make_album()

    photo = make_photo(album)
    photo.image = SimpleUploadedFile("gps.jpg", jpeg_with_exif(size=(600, 400)), "image/jpeg")
    photo.save()
    record = photo.image_renditions
    assert (record["width"], record["height"]) == (400, 600)  # orientation 6 applied
    for _, name in record["webp"] + record["fallback"]:
        image = open_stored(name)
        assert image.height > image.width
        exif = image.getexif()
        assert 0x8825 not in exif and exif.get(0x0112) in (None, 1)
        assert "exif" not in image.info
    # The left half of the original (yellow) is now the top: the pixels really turned.
    top = open_stored(record["fallback"][0][1]).convert("RGB").getpixel((100, 10))
    assert top[0] > 200 and top[1] > 200 and top[2] < 80


def test_transparent_png_keeps_a_png_fallback():
    album = make_album()
    photo = make_photo(album)
    photo.image = image_upload("logo.png", "PNG", size=(300, 200), colour=(0, 0, 0, 0))
    photo.save()
    assert photo.image_renditions["type"] == "image/png"
    fallback = open_stored(photo.image_renditions["fallback"][0][1])
    assert fallback.format == "PNG" and fallback.mode == "RGBA"
    assert fallback.getpixel((5, 5))[3] == 0


def test_animated_gif_is_served_as_it_is():
    frames = [Image.new("RGB", (40, 30), colour) for colour in ((255, 0, 0), (0, 0, 255))]
    out = io.BytesIO()
    frames[0].save(out, format="GIF", save_all=True, append_images=frames[1:])

    photo = make_photo(make_album())
    photo.image = SimpleUploadedFile("dong.gif", out.getvalue(), "image/gif")
    photo.save()
    assert photo.image_renditions == {"source": photo.image.name, "width": 40, "height": 30}
    html = Template("{% load portal %}{% picture photo.image alt='Ảnh động' %}").render(
        Context({"photo": photo})
    )
    assert html.startswith(f'<img src="{photo.image.url}"')
    assert 'width="40" height="30"' in html


def test_clearing_an_image_clears_its_record_and_a_new_one_gets_new_renditions():
    article = make_article(image=image_upload(size=(600, 400)), image_alt="Ảnh")
    first = article.image_renditions["webp"][0][1]
    article.image = image_upload(size=(300, 200))
    article.save()
    assert article.image_renditions["width"] == 300
    assert article.image_renditions["webp"][0][1] != first
    article.image = None
    article.save()
    assert Article.objects.get(pk=article.pk).image_renditions == {}


def test_picture_tag_renders_srcset_sizes_and_dimensions_without_reading_files():
    photo = make_photo(make_album(), size=(1000, 500))
    # Pages read the record only: remove every file and the markup is still complete.
    names = [photo.image.name] + [n for _, n in photo.image_renditions["webp"]]
    for name in names:
        default_storage.delete(name)
    html = Template(
        '{% load portal %}{% picture photo.image alt="Quang cảnh" sizes="50vw" %}'
    ).render(Context({"photo": photo}))
    assert html.startswith('<picture><source type="image/webp" srcset="/media/renditions/albums/')
    assert re.search(r"-240\.webp 240w, \S+-480\.webp 480w, \S+-800\.webp 800w, \S+ 1000w", html)
    assert 'sizes="50vw"' in html
    assert re.search(r'<img src="\S+-800\.jpg" srcset="\S+-240\.jpg 240w', html)
    assert 'width="1000" height="500"' in html
    assert 'alt="Quang cảnh"' in html and 'loading="lazy"' in html


def test_article_pages_and_cards_use_the_renditions(client):
    article = make_article(
        "Bài có ảnh", image=image_upload(size=(1200, 800)), image_alt="Hội trường", is_featured=True
    )
    page = client.get(article.get_absolute_url()).content.decode()
    figure = page.split('<figure class="article__figure">')[1].split("</figure>")[0]
    assert "<picture>" in figure and 'type="image/webp"' in figure
    assert 'alt="Hội trường"' in figure and 'loading="eager"' in figure
    assert 'width="1200" height="800"' in figure
    home = client.get("/").content.decode()
    card = home.split('class="card__image"')[1].split("</a>")[0]
    # Cards are 16:9, cut from the 3:2 photo.
    assert "srcset=" in card and "480w" in card and 'width="800" height="450"' in card


def test_make_renditions_fills_images_stored_before_the_pipeline():
    article = make_article(image=image_upload(size=(700, 500)), image_alt="Ảnh")
    Article.objects.filter(pk=article.pk).update(image_renditions={})
    call_command("make_renditions")
    article.refresh_from_db()
    assert [w for w, _ in article.image_renditions["webp"]] == [240, 480, 700]
    call_command("make_renditions")  # nothing left to do
    article.refresh_from_db()
    assert article.image_renditions["width"] == 700
