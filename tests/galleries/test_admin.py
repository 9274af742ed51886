"""Album authoring through the real admin: inline photos and many photos uploaded at once."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone

from news.galleries.models import Album, Photo
from news.publishing import Status
from tests.factories import image_bytes, image_upload, make_album, make_photo, png_declaring

pytestmark = pytest.mark.django_db


def album_form(album=None, photos=(), **fields):
    now = timezone.localtime()
    data = {
        "title": album.title if album else "Hội nghị tổng kết năm 2024",
        "slug": album.slug if album else "",
        "description": "",
        "event_date": "15/10/2024",
        "cover": "",
        "status": Status.DRAFT,
        "publish_at_0": now.strftime("%d/%m/%Y"),
        "publish_at_1": now.strftime("%H:%M:%S"),
        "photos-TOTAL_FORMS": len(photos),
        "photos-INITIAL_FORMS": len(photos),
        "photos-MIN_NUM_FORMS": 0,
        "photos-MAX_NUM_FORMS": 1000,
    }
    for index, photo in enumerate(photos):
        data.update(
            {
                f"photos-{index}-id": photo.pk,
                f"photos-{index}-album": album.pk,
                f"photos-{index}-caption": photo.caption,
                f"photos-{index}-alt": photo.alt,
                f"photos-{index}-position": photo.position,
            }
        )
    data.update(fields)
    return data


def bad_files():
    truncated = image_bytes("JPEG", size=(400, 300))
    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect/></svg>'
    return [
        SimpleUploadedFile("bom.png", png_declaring(20000, 20000), "image/png"),
        SimpleUploadedFile("cat-do.jpg", truncated[: len(truncated) // 2], "image/jpeg"),
        SimpleUploadedFile("van-ban.jpg", pdf, "image/jpeg"),
        SimpleUploadedFile("logo.svg", svg, "image/svg+xml"),
    ]


def test_fifty_photos_at_once_with_bad_files_among_them(admin_client, client):
    good = [
        image_upload(f"anh-{n:02d}.jpg", size=(80, 60), colour=(n * 5, 0, 0)) for n in range(50)
    ]
    files = good[:10] + bad_files() + good[10:]
    response = admin_client.post(
        reverse("admin:galleries_album_add"),
        album_form(upload_photos=files, status=Status.PUBLISHED),
        follow=True,
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Đã thêm 50 ảnh vào album." in html
    assert "4 tệp bị từ chối:" in html
    assert "<li>bom.png: Ảnh có số điểm ảnh quá lớn" in html
    assert "<li>cat-do.jpg: Tệp ảnh bị hỏng hoặc không đầy đủ" in html
    assert "<li>van-ban.jpg: Tệp này không phải là ảnh JPEG, PNG, WebP hoặc GIF" in html
    assert "<li>logo.svg: Tệp này không phải là ảnh" in html

    album = Album.objects.get()
    photos = list(album.photos.all())
    assert len(photos) == 50
    assert [p.position for p in photos] == list(range(1, 51))
    assert photos[0].image.name.startswith("albums/") and "anh-00-" in photos[0].image.name
    assert photos[0].image_renditions["webp"]
    page = client.get(album.get_absolute_url()).content.decode()
    assert page.count('class="gallery__link"') == 50


def test_more_photos_go_after_the_existing_ones(admin_client):
    album = make_album("Album có sẵn ảnh")
    existing = [make_photo(album, position=p, caption=f"Ảnh {p}") for p in (1, 2)]
    url = reverse("admin:galleries_album_change", args=[album.pk])
    response = admin_client.post(
        url, album_form(album, existing, upload_photos=[image_upload("moi.png", "PNG")])
    )
    assert response.status_code == 302
    assert [p.position for p in album.photos.all()] == [1, 2, 3]


def test_a_bad_single_file_refused_leaves_the_album_saved(admin_client):
    response = admin_client.post(
        reverse("admin:galleries_album_add"),
        album_form(upload_photos=bad_files()[2:3]),
        follow=True,
    )
    assert "1 tệp bị từ chối" in response.content.decode()
    assert Album.objects.get().photos.count() == 0


def test_photos_are_reordered_inline_and_the_list_shows_thumbnails(admin_client):
    album = make_album("Sắp xếp ảnh")
    first = make_photo(album, position=1, caption="Thứ nhất")
    second = make_photo(album, position=2, caption="Thứ hai")
    url = reverse("admin:galleries_album_change", args=[album.pk])
    form = album_form(album, [first, second], **{"photos-0-position": 2, "photos-1-position": 1})
    assert admin_client.post(url, form).status_code == 302
    assert [p.caption for p in album.photos.all()] == ["Thứ hai", "Thứ nhất"]

    html = admin_client.get(reverse("admin:galleries_album_changelist")).content.decode()
    assert "Sắp xếp ảnh" in html
    thumb = Photo.objects.get(caption="Thứ hai").image_renditions["fallback"][0][1]
    assert thumb in html  # the album's cover, as a small rendition


def test_cover_can_only_be_chosen_among_the_albums_photos(admin_client):
    album = make_album()
    own = make_photo(album)
    other = make_photo(make_album())
    html = admin_client.get(
        reverse("admin:galleries_album_change", args=[album.pk])
    ).content.decode()
    cover_select = html.split('name="cover"')[1].split("</select>")[0]
    assert f'value="{own.pk}"' in cover_select and f'value="{other.pk}"' not in cover_select


def test_publish_action_saves_each_album(admin_client, client):
    album = make_album("Album sắp đăng", published=False, photos=1)
    assert client.get(album.get_absolute_url()).status_code == 404
    response = admin_client.post(
        reverse("admin:galleries_album_changelist"),
        {"action": "publish", "_selected_action": [album.pk]},
        follow=True,
    )
    assert "Đã xuất bản 1 album ảnh." in response.content.decode()
    assert client.get(album.get_absolute_url()).status_code == 200
