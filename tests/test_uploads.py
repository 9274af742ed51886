"""Deleting an item deletes its files (news/uploads.py), whichever way it is deleted."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.urls import reverse

from news.articles.models import Article
from news.documents.models import Attachment
from tests.factories import image_bytes, make_album, make_article, make_document, pdf_bytes


def stored_files(settings):
    root = settings.MEDIA_ROOT
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def image_and_renditions(fieldfile):
    record = fieldfile.instance.image_renditions
    return [fieldfile.name] + [n for _w, n in record["webp"] + record["fallback"]]


@pytest.mark.django_db(transaction=True)
def test_deleting_an_article_deletes_its_image_and_every_rendition(settings):
    article = make_article(image_alt="Ảnh")
    article.image.save("anh.jpg", ContentFile(image_bytes("JPEG", size=(1300, 900))))
    files = image_and_renditions(article.image)
    assert len(files) > 5 and set(files) <= set(stored_files(settings))
    article.delete()
    assert stored_files(settings) == []


@pytest.mark.django_db(transaction=True)
def test_deleting_an_album_or_a_document_deletes_the_files_of_its_parts(settings):
    album = make_album(photos=3)
    document = make_document()
    Attachment.objects.create(document=document, file=SimpleUploadedFile("qd.pdf", pdf_bytes()))
    assert any(name.startswith("documents/") for name in stored_files(settings))
    assert any(name.startswith("albums/") for name in stored_files(settings))
    album.delete()
    document.delete()
    assert stored_files(settings) == []


@pytest.mark.django_db(transaction=True)
def test_a_delete_rolled_back_keeps_the_files(settings):
    article = make_article(image_alt="Ảnh")
    article.image.save("anh.jpg", ContentFile(image_bytes("JPEG")))
    before, pk = stored_files(settings), article.pk
    with pytest.raises(RuntimeError), transaction.atomic():
        article.delete()
        raise RuntimeError
    assert stored_files(settings) == before and Article.objects.filter(pk=pk).exists()


@pytest.mark.django_db(transaction=True)
def test_deleting_in_the_admin_deletes_the_files(admin_client, settings):
    article = make_article(image_alt="Ảnh")
    article.image.save("anh.jpg", ContentFile(image_bytes("JPEG")))
    url = reverse("admin:articles_article_delete", args=[article.pk])
    assert admin_client.post(url, {"post": "yes"}).status_code == 302
    assert stored_files(settings) == []
