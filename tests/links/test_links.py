"""Partner sites: what the public sees, the admin's URL check, the sidebar block."""

import pytest
from django.urls import reverse

from news.links.models import Partner
from tests.factories import image_upload, make_partner
from tests.sidebar import queries_for, sidebar

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("active", [True, False])
def test_only_active_partners_are_published(client, active):
    partner = make_partner("Báo Nhân Dân", url="https://nhandan.vn", is_active=active)
    assert (partner in Partner.objects.published()) is active
    assert ("Báo Nhân Dân" in sidebar(client.get("/"))) is active


def test_sidebar_is_a_drop_down_and_a_plain_list_opening_new_tabs(client):
    make_partner("Báo Nam Định", url="https://baonamdinh.vn", order=2)
    make_partner("Cổng Thông tin điện tử Chính phủ", url="https://chinhphu.vn", order=1)
    block = sidebar(client.get("/"))
    assert "Website liên kết" in block
    assert block.index("Chính phủ") < block.index("Báo Nam Định")  # by order
    assert '<option value="https://chinhphu.vn">Cổng Thông tin điện tử Chính phủ</option>' in block
    assert (
        '<a href="https://baonamdinh.vn" target="_blank" rel="noopener noreferrer">Báo Nam Định</a>'
    ) in block
    # The drop-down waits for the script; without it the list of links is what readers get.
    assert '<div class="partner-links__picker" hidden>' in block


def test_a_logo_is_shown_from_its_renditions(client):
    make_partner("Tạp chí Cộng sản", logo=image_upload("logo.png", "PNG", size=(300, 100)))
    block = sidebar(client.get("/"))
    assert 'alt="Tạp chí Cộng sản"' in block and "<picture>" in block


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "ftp://example.vn/", "data:text/html,x", "chinhphu"]
)
def test_admin_accepts_http_and_https_only(admin_client, url):
    add = reverse("admin:links_partner_add")
    form = {"name": "Đơn vị", "url": url, "order": 0, "is_active": "on"}
    response = admin_client.post(add, form)
    assert response.status_code == 200
    html = response.content.decode()
    assert "bắt đầu bằng http:// hoặc https://" in html
    assert not Partner.objects.exists()
    assert admin_client.post(add, {**form, "url": "https://chinhphu.vn"}).status_code == 302


def test_home_query_count_does_not_grow_with_the_number_of_partners(client):
    counts = []
    for total in (2, 30):
        while Partner.objects.count() < total:
            make_partner()
        counts.append(queries_for(client, "/"))
    assert counts[0] == counts[1]
