"""Review notes and the workflow's e-mail: an editor sends an item back with a note, the author
sees it and is told; editors hear of items waiting for review; mail never breaks a save."""

import socket
import threading
import time

import pytest
from django.contrib.admin.models import LogEntry
from django.core import mail
from django.test import Client
from django.urls import reverse
from reversion.models import Version

from news import notifications
from news.models import NotificationSettings, ReviewNote
from news.publishing import Status
from portal import roles
from tests.articles.test_admin import article_form
from tests.conftest import make_staff
from tests.factories import make_album, make_article

pytestmark = pytest.mark.django_db(transaction=True)

CHANGELIST = "admin:articles_article_changelist"


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def author():
    return make_staff("phongvien", roles.AUTHOR, email="phongvien@example.vn")


@pytest.fixture
def editor():
    return make_staff("bientap", roles.EDITOR, email="bientap@example.vn", first_name="Lan")


def sent():
    notifications.wait()
    return list(mail.outbox)


def change(client, article, **fields):
    url = reverse("admin:articles_article_change", args=[article.pk])
    return client.post(url, article_form(article.category, slug=article.slug, **fields))


def test_sending_back_needs_a_note_that_the_author_then_sees(author, editor):
    article = make_article("Bài chờ duyệt", status=Status.REVIEW, created_by=author)
    desk = signed_in(editor)
    response = change(desk, article, title=article.title, status=Status.DRAFT)
    assert response.status_code == 200
    assert "Hãy ghi lý do trả lại" in response.content.decode()
    article.refresh_from_db()
    assert article.status == Status.REVIEW

    note = "Sapo quá dài, hãy rút gọn còn hai câu."
    response = change(desk, article, title=article.title, status=Status.DRAFT, review_note=note)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.DRAFT
    assert ReviewNote.objects.get().text == note

    reporter = signed_in(author)
    item = reporter.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert note in item.content.decode() and "Ghi chú của biên tập viên" in item.content.decode()
    listing = reporter.get(reverse(CHANGELIST)).content.decode()
    assert note in listing
    # The history keeps it: the content log and the item's versions.
    assert note in LogEntry.objects.get(object_id=str(article.pk)).get_change_message()
    assert note in Version.objects.get_for_object(article).first().revision.get_comment()

    (message,) = sent()
    assert message.to == ["phongvien@example.vn"]
    assert "Bị trả lại: Bài chờ duyệt" in message.subject
    assert note in message.body and f"/admin/articles/article/{article.pk}/change/" in message.body


def test_the_return_action_asks_for_the_note_first(author, editor):
    articles = [make_article(f"Bài {n}", status=Status.REVIEW, created_by=author) for n in (1, 2)]
    desk = signed_in(editor)
    selected = {"action": "return_to_draft", "_selected_action": [a.pk for a in articles]}
    page = desk.post(reverse(CHANGELIST), selected)
    assert page.status_code == 200 and 'name="note"' in page.content.decode()
    assert {a.status for a in refreshed(articles)} == {Status.REVIEW}
    page = desk.post(reverse(CHANGELIST), {**selected, "note": "  "})
    assert "Hãy ghi lý do trả lại" in page.content.decode()
    desk.post(reverse(CHANGELIST), {**selected, "note": "Thiếu ảnh minh họa."})
    assert {a.status for a in refreshed(articles)} == {Status.DRAFT}
    assert ReviewNote.objects.filter(text="Thiếu ảnh minh họa.").count() == 2
    assert len(sent()) == 2


def refreshed(articles):
    for article in articles:
        article.refresh_from_db()
    return articles


def test_editors_hear_of_a_submission_and_the_author_of_its_publication(author, editor):
    make_staff("bientap2", roles.EDITOR, email="bientap2@example.vn")
    quiet = make_staff("bientap3", roles.EDITOR, email="bientap3@example.vn")
    NotificationSettings.objects.create(user=quiet, by_email=False)
    make_staff("phongvien2", roles.AUTHOR, email="phongvien2@example.vn")
    article = make_article("Hội nghị tổng kết", published=False, created_by=author)

    response = change(signed_in(author), article, title=article.title, status=Status.REVIEW)
    assert response.status_code == 302
    messages = sent()
    assert sorted(m.to[0] for m in messages) == ["bientap2@example.vn", "bientap@example.vn"]
    assert all("Chờ duyệt: Hội nghị tổng kết" in m.subject for m in messages)
    assert "tai-khoan/thong-bao" in messages[0].body

    mail.outbox.clear()
    signed_in(editor).post(
        reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]}
    )
    (message,) = sent()
    assert message.to == ["phongvien@example.vn"]
    assert message.subject == "Đã xuất bản: Hội nghị tổng kết"


def test_a_scheduled_publication_tells_the_author_when(author, editor):
    from tests.portal.test_workflow import future

    article = make_article("Tin hẹn giờ", status=Status.REVIEW, created_by=author)
    change(signed_in(editor), article, title=article.title, status=Status.PUBLISHED, **future())
    (message,) = sent()
    assert message.subject == "Đã hẹn giờ xuất bản: Tin hẹn giờ"
    assert "lúc" in message.body


def test_a_staff_member_turns_the_mail_off(author, editor):
    reporter = signed_in(author)
    page = reporter.get(reverse("admin:notification_settings"))
    assert 'name="by_email"' in page.content.decode() and "checked" in page.content.decode()
    reporter.post(reverse("admin:notification_settings"), {})
    assert NotificationSettings.objects.get(user=author).by_email is False
    article = make_article("Bài không báo", status=Status.REVIEW, created_by=author)
    signed_in(editor).post(
        reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]}
    )
    assert sent() == []


def test_albums_get_notes_and_mail_too(author, editor):
    album = make_album("Album chờ duyệt", status=Status.REVIEW, created_by=author)
    desk = signed_in(editor)
    response = desk.post(
        reverse("admin:galleries_album_changelist"),
        {"action": "return_to_draft", "_selected_action": [album.pk], "note": "Thiếu chú thích."},
    )
    assert response.status_code == 302
    album.refresh_from_db()
    assert album.status == Status.DRAFT
    (message,) = sent()
    assert "Album chờ duyệt" in message.subject and "Thiếu chú thích." in message.body


@pytest.fixture
def silent_smtp():
    """An SMTP server that accepts connections and never answers: the worst kind of down."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    held = []

    def accept():
        while True:
            try:
                held.append(listener.accept()[0])
            except OSError:
                return

    threading.Thread(target=accept, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()
    for connection in held:
        connection.close()


def test_a_mail_server_that_hangs_neither_blocks_nor_breaks_the_save(
    settings, author, editor, silent_smtp, caplog
):
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", silent_smtp
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 2
    article = make_article("Bài gửi lúc máy chủ thư treo", status=Status.REVIEW, created_by=author)
    started = time.monotonic()
    response = signed_in(editor).post(
        reverse(CHANGELIST), {"action": "publish", "_selected_action": [article.pk]}
    )
    assert time.monotonic() - started < 1.5
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.status == Status.PUBLISHED
    notifications.wait()
    assert "Could not send 1 workflow e-mail" in caplog.text
