"""The media library: every upload enters it, is found again and reused without a second copy;
where it is used is known and protects it; its focal point decides where every fixed shape is
cut, for every item that shows it."""

import io
import os
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.db.models import ProtectedError
from django.test import Client
from django.urls import reverse
from PIL import Image

from news import library
from news.articles.models import Article
from news.galleries.models import Photo
from news.models import MediaFile, MediaFolder, MediaUse
from portal import roles
from tests.articles.test_admin import article_form
from tests.conftest import make_staff
from tests.factories import (
    image_upload,
    make_album,
    make_article,
    make_category,
    make_document,
    make_page,
    pdf_bytes,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(staff_user):
    return staff_user


@pytest.fixture
def desk(staff_client):
    return staff_client


def stored_files(settings):
    root = Path(settings.MEDIA_ROOT)
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def two_colour_upload(name="hai-mau.png", size=(1600, 600), left=(220, 20, 20)):
    """Red on its left eighth, blue elsewhere: where a crop is cut shows in its pixels."""
    image = Image.new("RGB", size, (20, 40, 220))
    image.paste(left, (0, 0, size[0] // 8, size[1]))
    out = io.BytesIO()
    image.save(out, format="PNG")
    return SimpleUploadedFile(name, out.getvalue(), "image/png")


def pixel(name, where=(0.5, 0.5)):
    with default_storage.open(name, "rb") as stored:
        image = Image.open(io.BytesIO(stored.read())).convert("RGB")
    return image.getpixel((int(where[0] * (image.width - 1)), int(where[1] * (image.height - 1))))


def is_red(colour):
    return colour[0] > 150 and colour[2] < 100


# Everything uploaded enters the library ---------------------------------------------------------


def test_a_featured_image_uploaded_with_an_article_is_found_again(desk, editor):
    category = make_category()
    data = article_form(
        category,
        image=image_upload("Hội nghị tỉnh ủy.jpg", size=(900, 600)),
        image_alt="Quang cảnh hội nghị",
        image_caption="Hội nghị Tỉnh ủy lần thứ 12",
    )
    assert desk.post(reverse("admin:articles_article_add"), data).status_code == 302
    article = Article.objects.get()
    media = MediaFile.objects.get()
    assert media.file.name == article.image.name and media.kind == MediaFile.Kind.IMAGE
    assert media.original_name == "Hội nghị tỉnh ủy.jpg" and media.uploaded_by == editor
    assert media.alt == "Quang cảnh hội nghị" and media.caption == "Hội nghị Tỉnh ủy lần thứ 12"
    assert media.origin == "Ảnh đại diện bài viết" and (media.width, media.height) == (900, 600)
    assert media.renditions == article.image_renditions
    assert list(media.uses.values_list("field", flat=True)) == ["image"]

    listing = reverse("admin:news_mediafile_changelist")
    for query in ("tinh uy", "Quang cảnh", "hoi-nghi", "lần thứ 12"):
        html = desk.get(listing, {"q": query}).content.decode()
        assert "Hội nghị tỉnh ủy.jpg" in html, query
    assert "Hội nghị tỉnh ủy.jpg" not in desk.get(listing, {"q": "bão lũ"}).content.decode()
    html = desk.get(listing, {"uploaded_by__id__exact": editor.pk}).content.decode()
    assert "Hội nghị tỉnh ủy.jpg" in html


def test_editor_uploads_and_document_files_enter_the_library_too(desk):
    response = desk.post(reverse("editor_upload"), {"upload": image_upload("trong-bai.jpg")})
    assert response.status_code == 200
    media = MediaFile.objects.get(original_name="trong-bai.jpg")
    assert media.origin == "Ảnh trong bài viết" and media.uploaded_by.username == "bientapvien"
    # A page whose body shows it uses it.
    src = response.json()["urls"]["default"]
    page = make_page(body=f'<p><img src="{src}" alt="Ảnh trong bài"></p>')
    assert list(MediaUse.objects.filter(media=media).values_list("object_id", "field")) == [
        (page.pk, "body")
    ]

    from news.documents.models import Attachment

    document = make_document()
    attachment = Attachment.objects.create(
        document=document, file=ContentFile(pdf_bytes(), name="Quyết định 45.pdf")
    )
    media = MediaFile.objects.get(file=attachment.file.name)
    assert media.kind == MediaFile.Kind.FILE and media.original_name == "Quyết định 45.pdf"
    assert media.origin == "Tệp đính kèm" and media.size == attachment.size
    # A document's file is never served from the media folder: the editor links its page.
    embed = desk.get(reverse("admin:news_mediafile_embed", args=[media.pk])).json()
    assert embed["kind"] == "file" and embed["url"] == document.get_absolute_url()


# Reuse: the same stored file, nothing encoded or stored twice ---------------------------------


def test_a_library_image_becomes_another_articles_featured_image_without_a_copy(desk, settings):
    first = make_article("Bài đầu", image=image_upload(size=(800, 600)), image_alt="Ảnh gốc")
    media = MediaFile.objects.get()
    media.caption = "Chú thích trong thư viện"
    media.save()
    before = stored_files(settings)
    data = article_form(
        make_category(), title="Bài thứ hai", image_from_library=media.pk, image_alt=""
    )
    response = desk.post(reverse("admin:articles_article_add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    second = Article.objects.get(title="Bài thứ hai")
    assert second.image.name == first.image.name
    assert second.image_renditions == first.image_renditions
    assert second.image_alt == "Ảnh gốc" and second.image_caption == "Chú thích trong thư viện"
    assert stored_files(settings) == before
    assert media.uses.count() == 2


def test_uploading_and_choosing_at_once_is_refused(desk):
    make_article(image=image_upload(), image_alt="Ảnh")
    media = MediaFile.objects.get()
    data = article_form(
        make_category(), image=image_upload(), image_alt="Ảnh", image_from_library=media.pk
    )
    response = desk.post(reverse("admin:articles_article_add"), data)
    assert "không cả hai" in response.content.decode()


def test_library_images_become_album_photos(desk, settings):
    sources = [
        make_article(image=image_upload(size=(300, 200)), image_alt=f"Ảnh {n}") for n in (1, 2)
    ]
    picked = [MediaFile.objects.get(file=a.image.name) for a in reversed(sources)]
    album = make_album("Album từ thư viện", photos=1)
    before = stored_files(settings)
    url = reverse("admin:galleries_album_change", args=[album.pk])
    form = desk.get(url).context["adminform"].form
    data = {
        name: value for name, value in form.initial.items() if value is not None and name != "cover"
    }
    data.update(
        {
            "publish_at_0": album.publish_at.strftime("%d/%m/%Y"),
            "publish_at_1": album.publish_at.strftime("%H:%M:%S"),
            "photos_from_library": ",".join(str(m.pk) for m in picked),
            "photos-TOTAL_FORMS": "0",
            "photos-INITIAL_FORMS": "0",
        }
    )
    response = desk.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    photos = list(album.photos.order_by("position"))
    assert [p.image.name for p in photos[1:]] == [m.file.name for m in picked]
    assert [p.alt for p in photos[1:]] == ["Ảnh 2", "Ảnh 1"]
    assert photos[1].image_renditions == picked[0].renditions
    assert stored_files(settings) == before


# Where it is used, and no accidental delete ------------------------------------------------------


def test_a_file_in_use_cannot_be_deleted_and_says_where_it_is_used(
    desk, django_capture_on_commit_callbacks
):
    article = make_article("Bài dùng ảnh", image=image_upload(), image_alt="Ảnh")
    media = MediaFile.objects.get()
    page = desk.get(reverse("admin:news_mediafile_change", args=[media.pk])).content.decode()
    assert (
        "Bài dùng ảnh" in page
        and reverse("admin:articles_article_change", args=[article.pk]) in page
    )

    response = desk.post(reverse("admin:news_mediafile_delete", args=[media.pk]), {"post": "yes"})
    assert MediaFile.objects.filter(pk=media.pk).exists()
    assert "Bài dùng ảnh" in response.content.decode()
    response = desk.post(
        reverse("admin:news_mediafile_changelist"),
        {"action": "delete_selected", "_selected_action": [media.pk], "post": "yes"},
    )
    assert MediaFile.objects.filter(pk=media.pk).exists()
    with pytest.raises(ProtectedError):
        MediaFile.objects.filter(pk=media.pk).delete()

    # Once nothing shows it, it goes, with its renditions.
    names = [media.file.name, *library.renditions_module.files_of(media.renditions)]
    article.image = ""
    article.save()
    assert not media.uses.exists()
    with django_capture_on_commit_callbacks(execute=True):
        desk.post(reverse("admin:news_mediafile_delete", args=[media.pk]), {"post": "yes"})
    assert not MediaFile.objects.filter(pk=media.pk).exists()
    assert not any(default_storage.exists(name) for name in names)


def test_deleting_an_album_frees_its_photos(desk):
    album = make_album(photos=2)
    assert MediaUse.objects.count() == 2
    album.delete()
    assert MediaUse.objects.count() == 0 and MediaFile.objects.count() == 2


# The focal point ----------------------------------------------------------------------------


def test_shapes_are_cut_around_the_centre_until_the_focal_point_moves(client, desk, settings):
    settings.PAGE_CACHE = True
    article = make_article("Bài có ảnh hai màu", image=two_colour_upload(), image_alt="Hai màu")
    record = article.image_renditions
    assert record["focal"] == [0.5, 0.5]
    assert set(record["crops"]) == {"16:9", "1:1"}
    square = record["crops"]["1:1"]["fallback"][-1][1]
    assert not is_red(pixel(square, (0.1, 0.5)))  # the middle of a wide image: all blue
    share = record["share"]
    assert (share["width"], share["height"]) == (1143, 600)  # as wide as 1200x630 allows
    html = client.get(article.get_absolute_url()).content.decode()
    assert default_storage.url(share["name"]) in html.split('property="og:image"')[1][:300]
    home = client.get("/").content.decode()
    assert default_storage.url(record["crops"]["16:9"]["fallback"][0][1]) in home

    media = MediaFile.objects.get()
    url = reverse("admin:news_mediafile_change", args=[media.pk])
    page = desk.get(url).content.decode()
    assert "focal-picker" in page and "1200×630" in page
    response = desk.post(
        url, {"caption": "", "alt": "Hai màu", "focal_x": "0.03", "focal_y": "0.5"}
    )
    assert response.status_code == 302
    media.refresh_from_db()
    article.refresh_from_db()
    moved = article.image_renditions
    assert moved == media.renditions and moved["focal"] == [0.03, 0.5]
    # The square now holds the red left edge; the widths were not made again.
    assert is_red(pixel(moved["crops"]["1:1"]["fallback"][-1][1], (0.1, 0.5)))
    assert moved["webp"] == record["webp"]
    # The cached home page shows the new crop at once.
    home = client.get("/").content.decode()
    assert default_storage.url(moved["crops"]["16:9"]["fallback"][0][1]) in home
    assert default_storage.url(record["crops"]["16:9"]["fallback"][0][1]) not in home


def test_focal_point_out_of_the_image_is_refused(desk):
    make_article(image=two_colour_upload(), image_alt="Ảnh")
    media = MediaFile.objects.get()
    response = desk.post(
        reverse("admin:news_mediafile_change", args=[media.pk]),
        {"alt": "Ảnh", "focal_x": "1.5", "focal_y": "-1"},
    )
    assert response.status_code == 200
    media.refresh_from_db()
    assert (media.focal_x, media.focal_y) == (0.5, 0.5)


def test_images_stored_before_the_library_get_their_shapes_and_enter_it(settings):
    article = make_article(image=two_colour_upload(), image_alt="Ảnh")
    old_record = {
        k: article.image_renditions[k] for k in ("width", "height", "type", "webp", "fallback")
    }
    Article.objects.filter(pk=article.pk).update(image_renditions=old_record)
    MediaUse.objects.all().delete()
    MediaFile.objects.all().delete()
    os.makedirs(Path(settings.MEDIA_ROOT) / "editor/2020/01", exist_ok=True)
    (Path(settings.MEDIA_ROOT) / "editor/2020/01/cu-0a1b2c3d.png").write_bytes(
        two_colour_upload().read()
    )
    page = make_page(
        body='<p><img src="/media/renditions/editor/2020/01/cu-0a1b2c3d-480.webp" alt="Cũ"></p>'
    )

    call_command("make_renditions", stdout=io.StringIO())
    article.refresh_from_db()
    assert article.image_renditions["focal"] == [0.5, 0.5]
    assert article.image_renditions["webp"] == old_record["webp"]
    assert "16:9" in article.image_renditions["crops"]
    media = MediaFile.objects.get(file=article.image.name)
    assert media.uses.get().object_id == article.pk
    editor_image = MediaFile.objects.get(file="editor/2020/01/cu-0a1b2c3d.png")
    assert editor_image.uses.get().object_id == page.pk

    call_command("make_renditions", stdout=io.StringIO())  # nothing left to do
    assert MediaFile.objects.count() == 2


# Uploading to the library itself, and who may do what ------------------------------------------


def test_the_library_takes_images_through_the_same_checks(desk):
    add = reverse("admin:news_mediafile_add")
    folder = MediaFolder.objects.create(name="Hội nghị")
    bad = SimpleUploadedFile("anh.jpg", b"%PDF-1.4 not an image", "image/jpeg")
    response = desk.post(add, {"upload": bad, "alt": "", "caption": ""})
    assert "không phải là ảnh JPEG, PNG, WebP hoặc GIF" in response.content.decode()
    response = desk.post(
        add,
        {
            "upload": image_upload("Ảnh mới.jpg", size=(500, 400)),
            "alt": "Mô tả",
            "folder": folder.pk,
        },
    )
    assert response.status_code == 302
    media = MediaFile.objects.get()
    assert media.file.name.startswith("library/") and media.file.name.endswith(".jpg")
    assert media.folder == folder and media.origin == "Thư viện" and media.renditions["webp"]
    html = desk.get(reverse("admin:news_mediafile_changelist"), {"folder__id__exact": folder.pk})
    assert "Ảnh mới.jpg" in html.content.decode()


def test_reporters_find_and_upload_but_do_not_delete(desk):
    make_article(image=image_upload("cua-toa-soan.jpg"), image_alt="Ảnh")
    media = MediaFile.objects.get()
    reporter = Client()
    reporter.force_login(make_staff("phongvien", roles.AUTHOR))
    listing = reporter.get(
        reverse("admin:news_mediafile_changelist"), {"_popup": 1, "_to_field": "id"}
    )
    assert listing.status_code == 200 and "cua-toa-soan.jpg" in listing.content.decode()
    assert f'data-popup-opener="{media.pk}"' in listing.content.decode()
    assert (
        reporter.get(reverse("admin:news_mediafile_embed", args=[media.pk])).json()["alt"] == "Ảnh"
    )
    response = reporter.post(
        reverse("admin:news_mediafile_delete", args=[media.pk]), {"post": "yes"}
    )
    assert response.status_code == 403 and MediaFile.objects.filter(pk=media.pk).exists()
    form = reporter.get(reverse("admin:articles_article_add")).content.decode()
    assert "image_from_library" in form and "Chèn ảnh, tệp từ thư viện" in form


def test_photo_model_keeps_using_its_own_field():
    # A reused image in a photo is a photo like any other: its renditions come with it.
    album = make_album(photos=1)
    photo = album.photos.get()
    copy = Photo.objects.create(album=album, image=photo.image.name, position=2)
    assert copy.image_renditions == photo.image_renditions


def test_a_shared_file_goes_with_the_last_item_that_shows_it(
    settings, django_capture_on_commit_callbacks
):
    first = make_article("Bài đầu", image=image_upload(size=(500, 300)), image_alt="Ảnh")
    second = make_article("Bài sau", image=first.image.name, image_alt="Ảnh")
    media = MediaFile.objects.get()
    files = [media.file.name, *library.renditions_module.files_of(media.renditions)]
    with django_capture_on_commit_callbacks(execute=True):
        first.delete()
    assert MediaFile.objects.filter(pk=media.pk).exists()
    assert all(default_storage.exists(name) for name in files)
    with django_capture_on_commit_callbacks(execute=True):
        second.delete()
    assert not MediaFile.objects.exists()
    assert stored_files(settings) == []
