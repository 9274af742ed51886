"""Videos: publishing, the admin form, the public pages and the sidebar block."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from news.publishing import Status
from news.videos.models import Video
from tests.factories import make_video
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
    video = make_video(status=status, days_ago=days_ago)
    assert (video in Video.objects.published()) is visible
    assert client.get(video.get_absolute_url()).status_code == (200 if visible else 404)
    assert (video.title in main_column(client.get("/video/"))) is visible


def test_provider_id_and_start_are_derived_on_save_and_a_bad_url_is_never_stored():
    video = make_video(url="https://youtu.be/bT3nW8vYc1E?t=42")
    assert (video.provider, video.video_id, video.start) == ("youtube", "bT3nW8vYc1E", 42)
    video.url = "https://vimeo.com/583920147"
    video.save(update_fields=["url"])
    video.refresh_from_db()
    assert (video.provider, video.video_id) == ("vimeo", "583920147")
    video.url = "javascript:alert(1)"
    with pytest.raises(ValidationError):
        video.save()
    assert Video.objects.get().url == "https://vimeo.com/583920147"


def video_form(**fields):
    now = timezone.localtime()
    return {
        "title": "Phóng sự hội nghị",
        "url": "https://www.youtube.com/shorts/Hx9_kP2dZ0a",
        "description": "",
        "order": 0,
        "status": Status.PUBLISHED,
        "publish_at_0": now.strftime("%d/%m/%Y"),
        "publish_at_1": now.strftime("%H:%M:%S"),
        **fields,
    }


def test_admin_form_refuses_a_pasted_iframe_with_a_vietnamese_message(admin_client):
    url = reverse("admin:videos_video_add")
    iframe = '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>'
    response = admin_client.post(url, video_form(url=iframe))
    assert response.status_code == 200
    assert "không dán mã nhúng &lt;iframe&gt;" in response.content.decode()
    response = admin_client.post(url, video_form(url="https://youtube.com.evil.test/watch?v=x"))
    assert "Chỉ nhận video trên YouTube, Vimeo hoặc Facebook" in response.content.decode()
    assert not Video.objects.exists()
    assert admin_client.post(url, video_form()).status_code == 302
    assert Video.objects.get().video_id == "Hx9_kP2dZ0a"


def test_video_page_plays_from_youtube_nocookie_with_a_referrer(client):
    video = make_video("Hội nghị quán triệt", url="https://youtu.be/bT3nW8vYc1E?t=42")
    html = main_column(client.get(video.get_absolute_url()))
    assert 'src="https://www.youtube-nocookie.com/embed/bT3nW8vYc1E?start=42"' in html
    assert 'title="Hội nghị quán triệt"' in html
    assert 'loading="lazy"' in html
    assert 'referrerpolicy="strict-origin-when-cross-origin"' in html
    assert "youtu.be" not in html  # the typed address is never echoed into the page


def test_video_list_is_paginated_with_thumbnails(client):
    for n in range(14):
        make_video(f"Video {n:02d}", days_ago=n + 1)
    html = main_column(client.get("/video/"))
    assert "Video 00" in html and "Video 12" not in html
    assert 'src="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"' in html
    assert "Video 12" in main_column(client.get("/video/?page=2"))
    assert client.get("/video/?page=3").status_code == 404


def test_sidebar_plays_the_latest_video_and_links_the_next(client):
    older = make_video("Video cũ hơn", days_ago=3)
    latest = make_video("Video mới nhất", url="https://vimeo.com/583920147", days_ago=1)
    make_video("Video nháp", published=False)
    block = sidebar(client.get("/"))
    assert "Video hoạt động" in block
    assert block.count("<iframe") == 1
    assert 'src="https://player.vimeo.com/video/583920147"' in block
    assert f'href="{latest.get_absolute_url()}"' in block
    assert f'href="{older.get_absolute_url()}"' in block
    assert "Video nháp" not in block


def test_pages_query_count_does_not_grow_with_the_number_of_videos(client):
    counts = []
    for total in (3, 40):
        while Video.objects.count() < total:
            make_video()
        video = Video.objects.published().first()
        counts.append(
            [queries_for(client, url) for url in ("/", "/video/", video.get_absolute_url())]
        )
    assert counts[0] == counts[1]
