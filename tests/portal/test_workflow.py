"""The workflow beyond the matrix: crafted requests, the dashboard, the logs, versions, roles."""

from datetime import timedelta

import pytest
import reversion
from django.contrib.admin.models import LogEntry
from django.contrib.auth.models import Group, Permission
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from reversion.models import Version

from news.articles.models import Article
from news.publishing import Status
from portal import roles
from tests.articles.test_admin import article_form
from tests.conftest import make_staff
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_article_changelist"


@pytest.fixture
def author():
    return make_staff("phongvien", roles.AUTHOR)


@pytest.fixture
def author_client(author):
    client = Client()
    client.force_login(author)
    return client


@pytest.fixture
def editor():
    return make_staff("bientap", roles.EDITOR)


@pytest.fixture
def editor_client(editor):
    client = Client()
    client.force_login(editor)
    return client


def snapshot(article):
    article.refresh_from_db()
    return (article.title, article.status, article.publish_at, article.updated_at)


def future(days=3):
    moment = timezone.localtime() + timedelta(days=days)
    return {
        "publish_at_0": moment.strftime("%d/%m/%Y"),
        "publish_at_1": moment.strftime("%H:%M:%S"),
    }


# A reporter's crafted requests: each forbidden move is refused and nothing changes. ---------

FORBIDDEN_FORM_MOVES = [
    pytest.param(Status.DRAFT, {"status": Status.PUBLISHED}, id="draft-to-published"),
    pytest.param(Status.DRAFT, {"status": Status.PUBLISHED, **future()}, id="draft-to-scheduled"),
    pytest.param(Status.DRAFT, {"status": Status.UNPUBLISHED}, id="draft-to-unpublished"),
    pytest.param(Status.REVIEW, {"status": Status.PUBLISHED}, id="review-to-published"),
    pytest.param(Status.REVIEW, {"status": Status.DRAFT}, id="review-back-to-draft"),
    pytest.param(Status.PUBLISHED, {"status": Status.UNPUBLISHED}, id="published-to-unpublished"),
    pytest.param(Status.PUBLISHED, {"status": Status.PUBLISHED}, id="edit-published"),
    pytest.param(Status.UNPUBLISHED, {"status": Status.PUBLISHED}, id="republish"),
]


@pytest.mark.parametrize(("stored", "crafted"), FORBIDDEN_FORM_MOVES)
def test_a_crafted_form_post_by_a_reporter_changes_nothing(author, author_client, stored, crafted):
    article = make_article("Bài của phóng viên", status=stored, created_by=author)
    before = snapshot(article)
    data = article_form(article.category, title="Tiêu đề lén sửa", slug=article.slug, **crafted)
    response = author_client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    assert response.status_code in (200, 403)
    if response.status_code == 200:
        assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    assert snapshot(article) == before
    assert not LogEntry.objects.filter(object_id=str(article.pk)).exists()


@pytest.mark.parametrize("status", [Status.PUBLISHED, Status.UNPUBLISHED])
def test_a_reporter_cannot_create_an_item_already_published(author_client, status):
    category = make_category()
    for extra in ({}, future()):
        data = article_form(category, status=status, **extra)
        response = author_client.post(reverse("admin:articles_article_add"), data)
        assert response.status_code == 200
        assert "Hãy chọn một lựa chọn hợp lệ" in response.content.decode()
    assert not Article.objects.exists()


@pytest.mark.parametrize(
    ("action", "stored"),
    [
        ("publish", Status.DRAFT),
        ("publish", Status.REVIEW),
        ("unpublish", Status.PUBLISHED),
        ("return_to_draft", Status.REVIEW),
        ("submit_for_review", Status.PUBLISHED),
    ],
)
def test_a_crafted_action_by_a_reporter_changes_nothing(author, author_client, action, stored):
    article = make_article(status=stored, created_by=author)
    before = snapshot(article)
    author_client.post(reverse(CHANGELIST), {"action": action, "_selected_action": [article.pk]})
    assert snapshot(article) == before


def test_a_reporter_cannot_submit_someone_elses_draft_by_action(author_client):
    other = make_staff("phongvien2", roles.AUTHOR)
    article = make_article(status=Status.DRAFT, created_by=other)
    author_client.post(
        reverse(CHANGELIST), {"action": "submit_for_review", "_selected_action": [article.pk]}
    )
    assert snapshot(article)[1] == Status.DRAFT


def test_a_reporter_cannot_restore_a_version_of_their_own_draft(author, author_client):
    with reversion.create_revision():
        article = make_article("Bản đầu", published=False, created_by=author)
    with reversion.create_revision():
        article.title = "Bản hai"
        article.save()
    first = Version.objects.get_for_object(article).order_by("pk").first()
    url = reverse("admin:articles_article_revision", args=[article.pk, first.pk])
    data = article_form(article.category, title="Bản đầu", slug=article.slug)
    assert author_client.post(url, data).status_code == 403
    assert snapshot(article)[0] == "Bản hai"


# What each role is offered -----------------------------------------------------------------


def test_each_role_is_offered_only_its_statuses(author_client, editor_client):
    url = reverse("admin:articles_article_add")
    author_form = author_client.get(url).context["adminform"].form
    editor_form = editor_client.get(url).context["adminform"].form
    assert [value for value, _ in author_form.fields["status"].choices] == ["draft", "review"]
    assert {value for value, _ in editor_form.fields["status"].choices} == set(Status.values)
    author_actions = author_client.get(reverse(CHANGELIST)).context["action_form"]
    offered = {value for value, _ in author_actions.fields["action"].choices if value}
    assert offered == {"submit_for_review"}


def test_a_reporter_lists_only_their_own_items(author, author_client):
    mine = make_article("Bài của tôi", published=False, created_by=author)
    theirs = make_article("Bài của người khác", published=False)
    html = author_client.get(reverse(CHANGELIST)).content.decode()
    assert mine.title in html and theirs.title not in html
    response = author_client.get(reverse("admin:articles_article_change", args=[theirs.pk]))
    assert response.status_code == 302


def test_a_submitted_draft_becomes_read_only_for_its_reporter(author, author_client):
    article = make_article("Đã gửi duyệt", status=Status.REVIEW, created_by=author)
    html = author_client.get(
        reverse("admin:articles_article_change", args=[article.pk])
    ).content.decode()
    assert 'name="title"' not in html and "Đã gửi duyệt" in html


# Dashboard, review queue and logs ----------------------------------------------------------


def test_the_admin_home_counts_each_state_and_lists_the_review_queue(
    author, author_client, editor_client
):
    make_article("Nháp 1", status=Status.DRAFT, created_by=author)
    make_article("Nháp 2", status=Status.DRAFT)
    make_article("Chờ duyệt: hội nghị", status=Status.REVIEW, created_by=author)
    make_article("Hẹn giờ", days_ago=-2)
    make_article("Đã đăng 1")
    make_article("Đã đăng 2")
    make_article("Đã gỡ", status=Status.UNPUBLISHED)
    make_article("Hết hạn", unpublish_at=timezone.now() - timedelta(hours=1))

    def articles(response):
        return next(
            item for item in response.context["workflow"] if item["opts"].model_name == "article"
        )

    response = editor_client.get(reverse("admin:index"))
    counts = articles(response)["counts"]
    assert counts == {
        "draft": 2,
        "review": 1,
        "scheduled": 1,
        "published": 2,
        "expired": 1,
        "unpublished": 1,
    }
    assert 'data-state="expired">1<' in response.content.decode()
    html = response.content.decode()
    assert 'data-state="review"' in html and "Chờ duyệt: hội nghị" in html
    assert "phongvien" in html.split('class="module review-queue"')[1]

    # A reporter sees the counts of their own items and no queue to approve.
    response = author_client.get(reverse("admin:index"))
    item = articles(response)
    assert item["counts"]["draft"] == 1 and item["counts"]["review"] == 1
    assert item["queue"] == []


def test_the_content_log_says_who_published_what(editor, editor_client):
    administrator = make_staff("quantri", roles.ADMINISTRATOR)
    article = make_article("Bài cần duyệt", status=Status.REVIEW)
    editor_client.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]})
    entry = LogEntry.objects.get(object_id=str(article.pk))
    assert entry.user == editor and entry.get_change_message() == "Xuất bản"

    admin_client = Client()
    admin_client.force_login(administrator)
    html = admin_client.get(reverse("admin:admin_logentry_changelist")).content.decode()
    assert "Bài cần duyệt" in html and "Xuất bản" in html and "bientap" in html
    # Editors write the log; administrators read it.
    assert editor_client.get(reverse("admin:admin_logentry_changelist")).status_code == 403


def test_publishing_through_the_form_is_logged_in_words(editor_client):
    article = make_article("Bài hẹn giờ", status=Status.REVIEW)
    data = article_form(
        article.category, title=article.title, slug=article.slug, status="published", **future()
    )
    editor_client.post(reverse("admin:articles_article_change", args=[article.pk]), data)
    message = LogEntry.objects.get(object_id=str(article.pk)).get_change_message()
    assert message.startswith("Hẹn giờ xuất bản lúc")


# Versions ---------------------------------------------------------------------------------


def test_every_save_keeps_a_version_and_an_editor_compares_two(editor_client):
    category = make_category()
    add = editor_client.post(
        reverse("admin:articles_article_add"),
        article_form(category, title="Hội nghị tổng kết năm", body="<p>Có 150 đại biểu.</p>"),
    )
    assert add.status_code == 302
    article = Article.objects.get()
    data = article_form(
        category,
        title="Hội nghị tổng kết năm 2024",
        slug=article.slug,
        body="<p>Có 159 đại biểu.</p>",
    )
    editor_client.post(reverse("admin:articles_article_change", args=[article.pk]), data)

    versions = list(Version.objects.get_for_object(article).select_related("revision__user"))
    assert len(versions) == 2
    assert all(version.revision.user.username == "bientap" for version in versions)

    history = editor_client.get(reverse("admin:articles_article_history", args=[article.pk]))
    assert "So sánh" in history.content.decode()

    newer, older = versions
    response = editor_client.get(
        reverse("admin:articles_article_compare", args=[article.pk]),
        {"a": older.pk, "b": newer.pk},
    )
    html = response.content.decode()
    assert "<del>150</del>" in html and "<ins>159</ins>" in html
    assert "<ins>2024</ins>" in html
    assert "Khôi phục phiên bản cũ hơn" in html


def test_compare_needs_two_versions_of_this_item(editor_client):
    article = make_article()
    response = editor_client.get(
        reverse("admin:articles_article_compare", args=[article.pk]), {"a": "x", "b": "1"}
    )
    assert response.status_code == 302


# Preview -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "days_ago"),
    [(Status.DRAFT, 1), (Status.REVIEW, 1), (Status.PUBLISHED, -2), (Status.UNPUBLISHED, 1)],
)
def test_reporters_preview_their_own_items_not_their_colleagues(
    author, author_client, editor_client, client, status, days_ago
):
    own = make_article("Bài của mình", status=status, days_ago=days_ago, created_by=author)
    colleague = make_staff("phongvien2", roles.AUTHOR)
    others = make_article(
        "Bài của người khác", status=status, days_ago=days_ago, created_by=colleague
    )
    for article in (own, others):
        assert client.get(article.get_absolute_url()).status_code == 404
        response = editor_client.get(article.get_absolute_url())
        assert response.status_code == 200 and "Bản xem trước" in response.content.decode()
    response = author_client.get(own.get_absolute_url())
    assert response.status_code == 200 and "Bản xem trước" in response.content.decode()
    assert author_client.get(others.get_absolute_url()).status_code == 404


# Roles -------------------------------------------------------------------------------------


def test_roles_are_synced_idempotently_and_repaired():
    editor = Group.objects.get(name=roles.EDITOR)
    granted = set(editor.permissions.values_list("codename", flat=True))
    assert {"publish_article", "delete_article", "change_category"} <= granted
    author = Group.objects.get(name=roles.AUTHOR)
    assert set(author.permissions.values_list("codename", flat=True)) == {
        "add_article",
        "change_article",
        "view_article",
        "view_category",
        # The media library: find and upload images, no more.
        "add_mediafile",
        "view_mediafile",
        "view_mediafolder",
    }

    editor.permissions.remove(Permission.objects.get(codename="publish_article"))
    author.permissions.add(Permission.objects.get(codename="delete_article"))
    roles.sync_roles()
    roles.sync_roles()
    assert set(editor.permissions.values_list("codename", flat=True)) == granted
    assert "delete_article" not in set(author.permissions.values_list("codename", flat=True))
    assert Group.objects.filter(name__in=roles.NAMES).count() == 3


def test_the_roles_migration_can_be_undone():
    from django.apps import apps

    roles.delete_groups(apps)
    assert not Group.objects.filter(name__in=roles.NAMES).exists()
    roles.create_groups(apps)
    assert Group.objects.filter(name__in=roles.NAMES).count() == 3


def test_a_reporter_uploads_images_into_the_editor(author_client):
    from tests.factories import image_upload

    response = author_client.post(reverse("editor_upload"), {"upload": image_upload()})
    assert response.status_code == 200
    assert response.json()["urls"]["default"].startswith("/media/")


# Editorial fields ----------------------------------------------------------------------------


def test_a_reporter_cannot_feature_or_time_an_article_and_bulk_publish_keeps_neither(
    author_client, editor_client
):
    category = make_category()
    add = reverse("admin:articles_article_add")
    form = author_client.get(add).content.decode()
    assert 'name="is_featured"' not in form and 'name="publish_at_0"' not in form
    crafted = article_form(category, is_featured="on", status=Status.REVIEW, **future(days=5))
    assert author_client.post(add, crafted).status_code == 302
    article = Article.objects.get()
    assert not article.is_featured and article.publish_at <= timezone.now()

    change = reverse("admin:articles_article_change", args=[article.pk])
    Article.objects.filter(pk=article.pk).update(status=Status.DRAFT)
    author_client.post(change, article_form(category, is_featured="on", **future(days=5)))
    article.refresh_from_db()
    assert not article.is_featured and article.publish_at <= timezone.now()

    editor_client.post(reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.is_published and not article.is_featured


def test_editors_set_the_editorial_fields(editor_client):
    category = make_category()
    add = reverse("admin:articles_article_add")
    assert 'name="is_featured"' in editor_client.get(add).content.decode()
    data = article_form(category, is_featured="on", status=Status.PUBLISHED, **future(days=5))
    assert editor_client.post(add, data).status_code == 302
    article = Article.objects.get()
    assert article.is_featured and article.is_scheduled
