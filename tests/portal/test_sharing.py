"""Share for approval: a link to one item's current version for someone without an account."""

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from news import sharing
from news.models import ShareLink, ShareVisit
from news.publishing import Status
from portal import roles
from tests.conftest import make_staff
from tests.factories import make_album, make_article, make_document, make_page, make_video

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache")]


@pytest.fixture
def desk(staff_client):
    return staff_client


def share_url(desk, obj, **form):
    opts = obj._meta
    url = reverse(f"admin:{opts.app_label}_{opts.model_name}_share", args=[obj.pk])
    response = desk.post(url, {"create": "1", "hours": 72, "recipient": "", **form})
    assert response.status_code == 302, response.content.decode()[:1000]
    link = ShareLink.objects.filter(object_id=obj.pk).latest("created_at")
    return link, reverse("shared", args=[link.token])


def test_an_editor_shares_a_draft_that_a_leader_reads_without_an_account(desk, client):
    article = make_article("Dự thảo báo cáo chính trị", published=False, body="<p>Bản thảo.</p>")
    link, url = share_url(desk, article, recipient="Đồng chí Bí thư")
    assert link.expires_at - timezone.now() > timedelta(hours=71, minutes=59)
    assert link.recipient == "Đồng chí Bí thư" and len(link.token) >= 43

    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        html = response.content.decode()
        assert "Dự thảo báo cáo chính trị" in html and "Bản thảo." in html
        assert "Bản xem trước để duyệt" in html and "Bạn đọc chưa thấy" in html
        assert '<meta name="robots" content="noindex, nofollow">' in html
        assert response["Cache-Control"] == "private, no-store"
        assert "noindex" in response["X-Robots-Tag"]
        assert "X-Page-Cache" not in response
    # Read-only: no form, no admin link; the public address itself stays closed.
    assert "<form" not in html.split('id="content"')[1].split("</main>")[0]
    assert client.get(article.get_absolute_url()).status_code == 404
    assert ShareVisit.objects.filter(link=link).count() == 2

    # The current version: an edit shows at once.
    article.title = "Dự thảo báo cáo chính trị (sửa lần 2)"
    article.save()
    assert "(sửa lần 2)" in client.get(url).content.decode()

    page = desk.get(reverse("admin:articles_article_share", args=[article.pk])).content.decode()
    assert "Đồng chí Bí thư" in page and "Còn hiệu lực" in page
    assert '<td class="share-visits">3<br>' in page


def test_a_revoked_or_expired_link_shows_nothing(desk, client):
    article = make_article("Tin nội bộ", published=False)
    link, url = share_url(desk, article)
    desk.post(reverse("admin:articles_article_share", args=[article.pk]), {"revoke": link.pk})
    link.refresh_from_db()
    assert link.revoked_at is not None
    response = client.get(url)
    assert response.status_code == 410 and "Tin nội bộ" not in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"

    other, url = share_url(desk, article, hours=1)
    ShareLink.objects.filter(pk=other.pk).update(expires_at=timezone.now() - timedelta(seconds=1))
    assert client.get(url).status_code == 410
    assert client.get(reverse("shared", args=["khong-co-that"])).status_code == 410
    assert not ShareVisit.objects.exists()


def test_every_content_type_can_be_shared(desk, client):
    for obj in (
        make_album("Album nháp", published=False, photos=1),
        make_video("Video nháp", published=False),
        make_document("7-QĐ/NHAP", published=False, summary="Văn bản nháp"),
        make_page("Trang nháp", published=False),
    ):
        _link, url = share_url(desk, obj)
        response = client.get(url)
        assert response.status_code == 200, obj
        assert str(obj.title if hasattr(obj, "title") else obj.summary) in response.content.decode()
        assert client.get(obj.get_absolute_url()).status_code == 404


def test_only_editors_make_links_and_the_time_is_bounded(desk):
    author = make_staff("phongvien", roles.AUTHOR)
    article = make_article("Bài của phóng viên", status=Status.DRAFT, created_by=author)
    reporter = Client()
    reporter.force_login(author)
    url = reverse("admin:articles_article_share", args=[article.pk])
    assert reporter.post(url, {"create": "1", "hours": 72}).status_code == 403
    response = desk.post(url, {"create": "1", "hours": 24 * 31})
    assert response.status_code == 200 and not ShareLink.objects.exists()
    assert "30 ngày" in response.content.decode()


def test_robots_are_kept_out_of_share_links(client):
    assert "Disallow: /duyet/" in client.get("/robots.txt").content.decode()


def test_a_link_shows_its_one_item_only(client, staff_user):
    shared = make_article("Bài được chia sẻ", published=False)
    other = make_article("Bài khác chưa đăng", published=False, category=shared.category)
    link = sharing.create(shared, staff_user)
    html = client.get(reverse("shared", args=[link.token])).content.decode()
    assert "Bài được chia sẻ" in html and "Bài khác chưa đăng" not in html
    assert client.get(other.get_absolute_url()).status_code == 404
