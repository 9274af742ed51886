import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from news.articles.models import Article, Category
from news.publishing import Status
from portal.models import SiteIdentity

pytestmark = pytest.mark.django_db

SEED_TITLE = (
    "Đảng ủy Khối các Cơ quan và Doanh nghiệp tỉnh tổng kết công tác xây dựng tổ chức đảng "
    "trong sạch, vững mạnh giai đoạn 2016-2020"
)


def test_load_demo_fills_the_site_and_can_run_again(client):
    call_command("load_demo")
    counts = (Article.objects.count(), Category.objects.count(), SiteIdentity.objects.count())
    assert counts[0] >= 20 and counts[1] >= 6 and counts[2] == 1
    call_command("load_demo")
    assert (
        Article.objects.count(),
        Category.objects.count(),
        SiteIdentity.objects.count(),
    ) == counts

    seed = Article.objects.get(title=SEED_TITLE)
    assert seed.source == "Báo Nam Định"
    assert seed.status == Status.PUBLISHED and seed.image
    html = client.get(seed.get_absolute_url()).content.decode()
    assert "Thứ 2, Ngày 25/10/2021" in html
    assert "Theo Báo Nam Định" in html
    for fact in ("159", "8.600", "2.003"):
        assert fact in seed.body
    assert client.get("/").status_code == 200


def test_load_demo_keeps_an_administrators_edits():
    call_command("load_demo")
    identity = SiteIdentity.objects.get()
    identity.name = "Tên đã đổi sau sáp nhập"
    identity.save()
    call_command("load_demo")
    assert SiteIdentity.objects.get().name == "Tên đã đổi sau sáp nhập"


def test_ensure_admin_creates_one_administrator_once(monkeypatch, capsys):
    monkeypatch.delenv("ADMIN_PASSWORD", raising=False)
    call_command("ensure_admin")
    out = capsys.readouterr().out
    password = out.split("shown this once: ")[1].split()[0]
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password(password)
    call_command("ensure_admin")
    assert "shown this once" not in capsys.readouterr().out
    assert get_user_model().objects.count() == 1


def test_ensure_admin_takes_the_password_from_the_environment(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "mot-mat-khau-rat-dai")
    call_command("ensure_admin")
    assert get_user_model().objects.get().check_password("mot-mat-khau-rat-dai")


def test_ensure_admin_refuses_a_weak_password(monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "123")
    with pytest.raises(CommandError):
        call_command("ensure_admin")


def test_load_demo_adds_albums_videos_and_partner_sites_once(client):
    from news.galleries.models import Album, Photo
    from news.links.models import Partner
    from news.videos.models import Video

    call_command("load_demo")
    counts = (Album.objects.count(), Photo.objects.count(), Video.objects.count())
    assert counts == (2, 12, 4)
    assert Partner.objects.count() == 5
    call_command("load_demo")
    assert (Album.objects.count(), Photo.objects.count(), Video.objects.count()) == counts
    assert Partner.objects.count() == 5

    assert {video.provider for video in Video.objects.all()} == {"youtube", "vimeo"}
    photo = Photo.objects.select_related("album").first()
    assert photo.image_renditions["webp"] and photo.alt and photo.caption
    html = client.get("/").content.decode()
    for heading in ("Video hoạt động", "Hình ảnh hoạt động", "Website liên kết"):
        assert heading in html
    assert "Cổng Thông tin điện tử Chính phủ" in html
    album_page = client.get(photo.album.get_absolute_url()).content.decode()
    assert album_page.count('class="gallery__link"') == 6


def test_load_demo_adds_documents_with_real_pdf_files(client):
    from news.documents.models import Document

    call_command("load_demo")
    documents = Document.objects.published()
    assert documents.count() == 8
    assert documents.values("doc_type").distinct().count() == 8
    document = Document.objects.get(number="05-CT/TW")
    attachment = document.attachments.get()
    response = client.get(f"/van-ban/{document.slug}/tai-ve/{attachment.pk}/")
    data = b"".join(response.streaming_content)
    assert response["Content-Type"] == "application/pdf"
    assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
    assert b"/Type /Page" in data and b"Chi thi 05-CT/TW" in data
    # A reader finds every object where the cross-reference table says it is.
    xref = int(data.rsplit(b"startxref", 1)[1].split()[0])
    assert data[xref:].startswith(b"xref")
    entries = data[xref:].split(b"trailer")[0].splitlines()[3:]
    for number, entry in enumerate(entries, start=1):
        offset = int(entry.split()[0])
        assert data[offset:].startswith(b"%d 0 obj" % number)
    assert "05-CT/TW" in client.get("/van-ban/", {"q": "tu tuong dao duc"}).content.decode()
