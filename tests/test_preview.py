"""Previews (news/preview.py): who may see what the public cannot yet, on every content type.

One rule, the same as editing: editors and administrators every item, a writer their own.
A preview is never cached and never indexed; the public and other writers get a 404.
"""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.utils import timezone

from news.publishing import Status
from portal import roles
from tests.conftest import make_staff
from tests.factories import make_album, make_article, make_document, make_page, make_video

pytestmark = pytest.mark.django_db

FACTORIES = {
    "article": make_article,
    "page": make_page,
    "album": make_album,
    "video": make_video,
    "document": make_document,
}
HIDDEN_STATES = {
    "draft": {"status": Status.DRAFT},
    "review": {"status": Status.REVIEW},
    "scheduled": {"status": Status.PUBLISHED, "days_ago": -2},
    "unpublished": {"status": Status.UNPUBLISHED},
}


def make_item(kind, state, **fields):
    options = dict(HIDDEN_STATES[state])
    days_ago = options.pop("days_ago", 1)
    if kind == "page":
        fields["publish_at"] = timezone.now() - timedelta(days=days_ago)
        return FACTORIES[kind](**options, **fields)
    return FACTORIES[kind](days_ago=days_ago, **options, **fields)


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def writer_of(kind):
    """A staff member who may change items of `kind` but not publish them: a reporter for
    articles, a user given just the change permission for the other types."""
    if kind == "article":
        return make_staff(f"pv-{kind}", roles.AUTHOR)
    user = make_staff(f"viet-{kind}")
    app_model = {
        "page": ("pages", "page"),
        "album": ("galleries", "album"),
        "video": ("videos", "video"),
        "document": ("documents", "document"),
    }[kind]
    content_type = ContentType.objects.get(app_label=app_model[0], model=app_model[1])
    user.user_permissions.add(
        Permission.objects.get(content_type=content_type, codename=f"change_{app_model[1]}")
    )
    return user


def assert_preview(response):
    assert response.status_code == 200
    html = response.content.decode()
    assert "Bản xem trước" in html
    assert '<meta name="robots" content="noindex">' in html
    assert response["Cache-Control"] == "private, no-store"
    assert response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", FACTORIES)
def test_editors_preview_every_hidden_item_and_the_public_gets_404(client, kind, state):
    item = make_item(kind, state)
    url = item.get_absolute_url()
    assert client.get(url).status_code == 404
    assert_preview(signed_in(make_staff("bt", roles.EDITOR)).get(url))
    assert_preview(signed_in(make_staff("qt", roles.ADMINISTRATOR)).get(url))


@pytest.mark.parametrize("state", HIDDEN_STATES)
@pytest.mark.parametrize("kind", FACTORIES)
def test_a_writer_previews_their_own_items_only(kind, state):
    writer = writer_of(kind)
    own = make_item(kind, state, created_by=writer)
    colleague = make_staff("dongnghiep", roles.AUTHOR if kind == "article" else None)
    others = make_item(kind, state, created_by=colleague)
    nobodys = make_item(kind, state)
    client = signed_in(writer)
    assert_preview(client.get(own.get_absolute_url()))
    assert client.get(others.get_absolute_url()).status_code == 404
    assert client.get(nobodys.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("kind", ["page", "album", "video", "document"])
def test_reporters_preview_no_other_content_type(kind):
    item = make_item(kind, "draft")
    reporter = signed_in(make_staff("pv", roles.AUTHOR))
    assert reporter.get(item.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("kind", FACTORIES)
def test_a_published_item_is_not_a_preview_for_editors(kind):
    item = FACTORIES[kind]()
    response = signed_in(make_staff("bt", roles.EDITOR)).get(item.get_absolute_url())
    assert response.status_code == 200
    assert "Bản xem trước" not in response.content.decode()
    assert "X-Robots-Tag" not in response


def view_on_site(client, item):
    content_type = ContentType.objects.get_for_model(item)
    return client.get(f"/admin/r/{content_type.pk}/{item.pk}/")


def test_view_on_site_follows_the_preview_rule():
    reporter = make_staff("pv", roles.AUTHOR)
    own = make_article("Bài của mình", published=False, created_by=reporter)
    others = make_article("Bài của người khác", status=Status.REVIEW)
    scheduled = make_article("Bài hẹn giờ", days_ago=-3)
    published = make_article("Bài đã đăng")
    client = signed_in(reporter)
    response = view_on_site(client, own)
    assert response.status_code == 302 and response["Location"].endswith(own.get_absolute_url())
    assert view_on_site(client, others).status_code == 404
    assert view_on_site(client, scheduled).status_code == 404
    assert view_on_site(client, published).status_code == 302
    editor = signed_in(make_staff("bt", roles.EDITOR))
    assert view_on_site(editor, others).status_code == 302
    assert view_on_site(editor, scheduled).status_code == 302


def test_view_on_site_of_an_unknown_item_is_404():
    editor = signed_in(make_staff("bt", roles.EDITOR))
    content_type = ContentType.objects.get(app_label="articles", model="article")
    assert editor.get(f"/admin/r/{content_type.pk}/999999/").status_code == 404
    assert editor.get(f"/admin/r/{content_type.pk}/abc/").status_code == 404
    assert editor.get("/admin/r/999999/1/").status_code == 404


def test_attachments_of_a_hidden_document_follow_the_same_rule(client):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from news.documents.models import Attachment
    from tests.factories import pdf_bytes

    document = make_document(published=False)
    attachment = Attachment.objects.create(
        document=document, file=SimpleUploadedFile("qd.pdf", pdf_bytes()), title="Quyết định"
    )
    url = f"/van-ban/{document.slug}/tai-ve/{attachment.pk}/"
    assert client.get(url).status_code == 404
    assert signed_in(make_staff("pv", roles.AUTHOR)).get(url).status_code == 404
    response = signed_in(make_staff("bt", roles.EDITOR)).get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
