"""The permission matrix of the newsroom, cell by cell, through real requests to the admin.

Every operation is tried by every actor on an article written by the reporter `author`; the
test asserts what the database holds afterwards, so a hidden button is never mistaken for a
refusal and a refusal never passes for an error page.
"""

from datetime import timedelta
from types import SimpleNamespace

import pytest
import reversion
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from news.articles.models import Article
from news.publishing import Status
from portal.roles import ADMINISTRATOR, AUTHOR, EDITOR
from tests.articles.test_admin import article_form
from tests.conftest import make_staff
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db

User = get_user_model()
ACTORS = ["anonymous", "author", "other_author", "editor", "administrator", "superuser"]


@pytest.fixture
def world():
    w = SimpleNamespace(category=make_category("Tin tức - Sự kiện"))
    w.author = make_staff("phongvien", AUTHOR)
    w.other_author = make_staff("phongvien2", AUTHOR)
    w.editor = make_staff("bientap", EDITOR)
    w.administrator = make_staff("quantri", ADMINISTRATOR)
    w.superuser = User.objects.create_superuser("sieuquantri", password="mat-khau-du-dai-2024")
    w.anonymous = None
    return w


def client_for(user):
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def draft_of(w, user, **fields):
    fields.setdefault("published", False)
    return make_article(category=w.category, created_by=user, **fields)


def change_url(article):
    return reverse("admin:articles_article_change", args=[article.pk])


def edit(client, article, **fields):
    data = article_form(
        article.category, title=article.title, slug=article.slug, status=article.status
    )
    data.update(fields)
    return client.post(change_url(article), data)


def user_data(user, **overrides):
    joined = timezone.localtime(user.date_joined)
    data = {
        "username": user.username,
        "first_name": "",
        "last_name": "",
        "email": "",
        "is_active": "on",
        "is_staff": "on",
        "groups": [group.pk for group in user.groups.all()],
        "date_joined_0": joined.strftime("%d/%m/%Y"),
        "date_joined_1": joined.strftime("%H:%M:%S"),
        "last_login_0": "",
        "last_login_1": "",
    }
    data.update(overrides)
    return data


# Each operation: do it as `actor`, return whether it took effect. ---------------------------


def view_list(w, actor, client):
    response = client.get(reverse("admin:articles_article_changelist"))
    return response.status_code == 200 and "Chọn bài viết" in response.content.decode()


def add(w, actor, client):
    data = article_form(w.category, title="Bài mới của phóng viên")
    client.post(reverse("admin:articles_article_add"), data)
    return Article.objects.filter(title="Bài mới của phóng viên").exists()


def change_own_draft(w, actor, client):
    article = draft_of(w, actor or w.author)
    edit(client, article, title="Tiêu đề đã sửa")
    article.refresh_from_db()
    return article.title == "Tiêu đề đã sửa"


def change_others_draft(w, actor, client):
    owner = w.other_author if actor == w.author else w.author
    article = draft_of(w, owner)
    edit(client, article, title="Tiêu đề đã sửa")
    article.refresh_from_db()
    return article.title == "Tiêu đề đã sửa"


def submit(w, actor, client):
    article = draft_of(w, w.author)
    edit(client, article, status=Status.REVIEW)
    article.refresh_from_db()
    return article.status == Status.REVIEW


def publish(w, actor, client):
    article = draft_of(w, w.author, status=Status.REVIEW)
    edit(client, article, status=Status.PUBLISHED)
    article.refresh_from_db()
    return article.is_published


def schedule(w, actor, client):
    article = draft_of(w, w.author, status=Status.REVIEW)
    later = timezone.localtime() + timedelta(days=2)
    edit(
        client,
        article,
        status=Status.PUBLISHED,
        publish_at_0=later.strftime("%d/%m/%Y"),
        publish_at_1=later.strftime("%H:%M:%S"),
    )
    article.refresh_from_db()
    return article.is_scheduled


def unpublish(w, actor, client):
    article = draft_of(w, w.author, published=True)
    edit(client, article, status=Status.UNPUBLISHED)
    article.refresh_from_db()
    return article.status == Status.UNPUBLISHED


def delete(w, actor, client):
    article = draft_of(w, w.author)
    client.post(reverse("admin:articles_article_delete", args=[article.pk]), {"post": "yes"})
    return not Article.objects.filter(pk=article.pk).exists()


def restore_version(w, actor, client):
    with reversion.create_revision():
        article = draft_of(w, w.author, title="Bản viết đầu tiên")
    with reversion.create_revision():
        article.title = "Bản sửa lần hai"
        article.save()
    first = Version.objects.get_for_object(article).order_by("pk").first()
    url = reverse("admin:articles_article_revision", args=[article.pk, first.pk])
    page = client.get(url)
    if page.status_code == 200:
        assert 'value="Bản viết đầu tiên"' in page.content.decode()
    edit_data = article_form(
        article.category, title="Bản viết đầu tiên", slug=article.slug, status=article.status
    )
    client.post(url, edit_data)
    article.refresh_from_db()
    return article.title == "Bản viết đầu tiên"


def create_user(w, actor, client):
    data = {
        "username": "phongvien_moi",
        "email": "phongvien.moi@example.vn",
        "groups": [Group.objects.get(name=AUTHOR).pk],
    }
    client.post(reverse("admin:auth_user_add"), data)
    created = User.objects.filter(username="phongvien_moi").first()
    return bool(created and created.is_staff and created.groups.filter(name=AUTHOR).exists())


def change_roles(w, actor, client):
    target = w.other_author
    editor_group = Group.objects.get(name=EDITOR)
    client.post(
        reverse("admin:auth_user_change", args=[target.pk]),
        user_data(target, groups=[editor_group.pk]),
    )
    return target.groups.filter(name=EDITOR).exists()


def make_superuser(w, actor, client):
    target = w.other_author
    client.post(
        reverse("admin:auth_user_change", args=[target.pk]),
        user_data(target, is_superuser="on"),
    )
    target.refresh_from_db()
    return target.is_superuser


#                       anonymous author other_author editor administrator superuser
MATRIX = {
    view_list: (0, 1, 1, 1, 1, 1),
    add: (0, 1, 1, 1, 1, 1),
    change_own_draft: (0, 1, 1, 1, 1, 1),
    change_others_draft: (0, 0, 0, 1, 1, 1),
    submit: (0, 1, 0, 1, 1, 1),
    publish: (0, 0, 0, 1, 1, 1),
    schedule: (0, 0, 0, 1, 1, 1),
    unpublish: (0, 0, 0, 1, 1, 1),
    delete: (0, 0, 0, 1, 1, 1),
    restore_version: (0, 0, 0, 1, 1, 1),
    create_user: (0, 0, 0, 0, 1, 1),
    change_roles: (0, 0, 0, 0, 1, 1),
    make_superuser: (0, 0, 0, 0, 0, 1),
}

CELLS = [
    pytest.param(operation, actor, bool(allowed), id=f"{operation.__name__}-{actor}")
    for operation, row in MATRIX.items()
    for actor, allowed in zip(ACTORS, row, strict=True)
]


@pytest.mark.parametrize(("operation", "actor_name", "allowed"), CELLS)
def test_permission_matrix(world, operation, actor_name, allowed):
    actor = getattr(world, actor_name)
    assert operation(world, actor, client_for(actor)) is allowed
