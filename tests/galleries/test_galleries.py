"""Albums: publishing, covers, the public pages, the sidebar block and their query counts."""

import datetime

import pytest
from django.core.exceptions import ValidationError

from news.galleries.models import Album
from news.publishing import Status
from tests.factories import make_album, make_photo
from tests.sidebar import main_column, queries_for, sidebar

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("status", "days_ago", "visible"),
    [
        (Status.PUBLISHED, 1, True),
        (Status.PUBLISHED, -1, False),
        (Status.DRAFT, 1, False),
        (Status.DRAFT, -1, False),
    ],
)
def test_published_matrix(client, status, days_ago, visible):
    album = make_album("Album kiểm tra", status=status, days_ago=days_ago, photos=1)
    assert (album in Album.objects.published()) is visible
    assert client.get(album.get_absolute_url()).status_code == (200 if visible else 404)
    assert ("Album kiểm tra" in main_column(client.get("/hinh-anh/"))) is visible
    assert ("Album kiểm tra" in sidebar(client.get("/"))) is visible


def test_slug_comes_from_the_vietnamese_title():
    album = make_album("Ngày hội hiến máu “Giọt hồng Khối” năm 2021")
    assert album.slug == "ngay-hoi-hien-mau-giot-hong-khoi-nam-2021"
    assert album.get_absolute_url() == f"/hinh-anh/{album.slug}/"


def test_cover_defaults_to_the_first_photo_and_must_belong_to_the_album():
    album = make_album()
    second = make_photo(album, position=2)
    first = make_photo(album, position=1)
    listed = Album.objects.for_listing().get(pk=album.pk)
    assert listed.shown_cover == first and listed.photo_count == 2
    album.cover = second
    album.save()
    assert Album.objects.for_listing().get(pk=album.pk).shown_cover == second
    album.cover = make_photo(make_album())
    with pytest.raises(ValidationError):
        album.full_clean()


def test_album_list_shows_cover_date_and_photo_count(client):
    album = make_album("Hội nghị tổng kết", photos=3, event_date=datetime.date(2021, 10, 15))
    make_album("Album chưa có ảnh")
    html = main_column(client.get("/hinh-anh/"))
    card = html.split("Hội nghị tổng kết")[0].rsplit('<li class="album-card">', 1)[1]
    assert "<picture>" in card and 'type="image/webp"' in card
    assert f'href="{album.get_absolute_url()}"' in card
    after = html.split("Hội nghị tổng kết")[1]
    assert "15/10/2021" in after.split("</li>")[0]
    assert "3 ảnh" in after.split("</li>")[0]
    assert "Album chưa có ảnh" in html


def test_album_list_is_paginated(client):
    for n in range(13):
        make_album(f"Album {n:02d}", days_ago=n + 1)
    assert "Album 12" not in main_column(client.get("/hinh-anh/"))
    assert "Album 12" in main_column(client.get("/hinh-anh/?page=2"))
    assert client.get("/hinh-anh/?page=9").status_code == 404


def test_album_page_is_a_grid_of_links_to_the_full_images_with_captions(client):
    album = make_album("Ngày hội hiến máu", photos=3)
    photos = list(album.photos.all())
    html = main_column(client.get(album.get_absolute_url()))
    for photo in photos:
        assert f'<a class="gallery__link" href="{photo.image.url}"' in html
        assert f">{photo.caption}</figcaption>" in html
    assert html.index(photos[0].caption) < html.index(photos[2].caption)
    assert "js/lightbox.js" in client.get(album.get_absolute_url()).content.decode()


def test_sidebar_shows_the_latest_photos_linking_to_their_album(client):
    old = make_album("Album cũ", days_ago=30, photos=6)
    new = make_album("Album mới", days_ago=1, photos=2)
    block = sidebar(client.get("/"))
    assert "Hình ảnh hoạt động" in block
    assert block.count(f'href="{new.get_absolute_url()}#anh-') == 2
    assert block.count(f'href="{old.get_absolute_url()}#anh-') == 4


def test_pages_query_count_does_not_grow_with_the_number_of_albums_and_photos(client):
    counts = []
    for albums in (2, 14):
        while Album.objects.count() < albums:
            make_album(photos=3)
        album = Album.objects.published().first()
        urls = ("/", "/hinh-anh/", album.get_absolute_url())
        counts.append([queries_for(client, url) for url in urls])
    assert counts[0] == counts[1]
