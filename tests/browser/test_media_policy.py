"""Images from object storage and YouTube thumbnails load under the Content-Security-Policy,
in Chromium: the bucket is a real S3 server on loopback (moto), on an origin of its own."""

import pytest
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from tests.browser.test_xss_and_policy import WATCH, sign_in
from tests.factories import image_bytes, make_article, make_video
from tests.portal.test_s3_storage import s3_media, s3_server  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def watched_page(page):
    page.add_init_script(WATCH)
    # YouTube's image host is out of reach here: answer for it, after the policy has judged.
    page.route(
        "https://i.ytimg.com/**",
        lambda route: route.fulfill(
            body=image_bytes("JPEG", size=(480, 360)), status=200, content_type="image/jpeg"
        ),
    )
    return page


def loaded_images(page):
    # Thumbnails load lazily: bring each into view first.
    page.evaluate("() => { for (const img of document.images) img.scrollIntoView(); }")
    page.wait_for_load_state("networkidle")
    return page.evaluate(
        "() => [...document.images].filter(i => i.complete && i.naturalWidth > 0)"
        ".map(i => i.currentSrc)"
    )


@pytest.mark.usefixtures("s3_media")
def test_uploads_in_object_storage_and_video_thumbnails_are_not_blocked(
    watched_page, live_server, admin_user
):
    page = watched_page
    article = make_article("Ảnh trên kho đối tượng", image_alt="Hội nghị")
    article.image.save("hoi-nghi.jpg", ContentFile(image_bytes("JPEG", size=(900, 600))))
    bucket = article.image.url.rsplit("/media/", 1)[0]
    assert bucket.startswith("http://127.0.0.1:")  # the bucket's own origin, not the site's
    video = make_video("Video hội nghị")

    page.goto(f"{live_server.url}{article.get_absolute_url()}")
    assert any(src.startswith(bucket) for src in loaded_images(page))
    assert page.evaluate("window.__csp") == []

    page.goto(f"{live_server.url}{reverse('videos:index')}")
    assert any(src == video.thumbnail_url for src in loaded_images(page))
    assert page.evaluate("window.__csp") == []

    # The admin's lists show the same images.
    client = Client()
    client.force_login(admin_user)
    sign_in(page, client, live_server)
    for url in (
        reverse("admin:videos_video_changelist"),
        reverse("admin:articles_article_change", args=[article.pk]),
    ):
        page.goto(f"{live_server.url}{url}")
        assert loaded_images(page)
        assert page.evaluate("window.__csp") == [], url
    page.goto(f"{live_server.url}{reverse('admin:videos_video_changelist')}")
    assert video.thumbnail_url in loaded_images(page)
