"""The agency's tracking or verification script (e.g. EMC), set by an administrator."""

import pytest
from django.core.exceptions import ValidationError

from portal.models import SiteIdentity

pytestmark = pytest.mark.django_db

EMC = "https://images.dmca.example.vn/Badges/DMCABadgeHelper.min.js"


def test_the_script_is_loaded_asynchronously_on_every_page(client):
    SiteIdentity.objects.create(name="Đảng ủy Khối", tracking_script_url=EMC)
    html = client.get("/").content.decode()
    assert f'<script src="{EMC}" async></script>' in html
    assert f'<script src="{EMC}" async></script>' in client.get("/van-ban/").content.decode()


def test_no_script_when_none_is_set(client):
    SiteIdentity.objects.create(name="Đảng ủy Khối")
    assert "async></script>" not in client.get("/").content.decode()


@pytest.mark.parametrize(
    ("url", "origin"),
    [
        (EMC, "https://images.dmca.example.vn"),
        (
            "https://tinnhiemmang.example.vn:8443/emc.js?id=5",
            "https://tinnhiemmang.example.vn:8443",
        ),
        ("", ""),
    ],
)
def test_tracking_origin_is_what_the_content_security_policy_allows(url, origin):
    assert SiteIdentity(name="x", tracking_script_url=url).tracking_origin == origin


@pytest.mark.parametrize(
    "url",
    [
        "http://tinnhiemmang.example.vn/emc.js",
        "javascript:alert(1)",
        "//tinnhiemmang.example.vn/emc.js",
        "https://user:secret@tinnhiemmang.example.vn/emc.js",
        'https://x.vn/a.js"><script>alert(1)</script>',
    ],
)
def test_only_an_https_address_is_accepted(url):
    identity = SiteIdentity(name="Đảng ủy Khối", tracking_script_url=url)
    with pytest.raises(ValidationError) as refused:
        identity.full_clean()
    assert "tracking_script_url" in refused.value.message_dict
    message = " ".join(refused.value.message_dict["tracking_script_url"])
    assert "https://" in message or "tên đăng nhập" in message


def test_administrator_sets_it_in_the_admin(client, django_user_model):
    identity = SiteIdentity.objects.create(name="Đảng ủy Khối")
    client.force_login(django_user_model.objects.create_superuser("qt", password="x" * 16))
    url = f"/admin/portal/siteidentity/{identity.pk}/change/"
    refused = client.post(url, {"name": "Đảng ủy Khối", "tracking_script_url": "http://a.vn/x.js"})
    assert "Địa chỉ mã theo dõi phải là một địa chỉ https:// hợp lệ." in refused.content.decode()
    client.post(url, {"name": "Đảng ủy Khối", "tracking_script_url": EMC})
    assert SiteIdentity.objects.get().tracking_script_url == EMC
    assert f'<script src="{EMC}" async></script>' in client.get("/").content.decode()


def test_the_policy_sources_follow_the_administrators_setting_without_a_query(
    rf, client, django_assert_num_queries
):
    from portal.tracking import tracking_sources

    request = rf.get("/")
    client.get("/")
    assert tracking_sources(request) == []
    identity = SiteIdentity.objects.create(name="Đảng ủy Khối", tracking_script_url=EMC)
    client.get("/")  # any page caches the identity it shows
    origin = "https://images.dmca.example.vn"
    expected = [("script-src", origin), ("img-src", origin), ("connect-src", origin)]
    with django_assert_num_queries(0):
        assert tracking_sources(request) == expected
    identity.tracking_script_url = ""
    identity.save()
    client.get("/")
    assert tracking_sources(request) == []


def test_every_pages_policy_lets_the_script_run_and_cached_pages_too(client, settings):
    settings.PAGE_CACHE = True
    client.get("/")  # a cached copy from before the script was set
    SiteIdentity.objects.create(name="Đảng ủy Khối", tracking_script_url=EMC)
    for _ in range(2):  # rendered, then from the page cache
        policy = client.get("/")["Content-Security-Policy"]
        script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
        assert "https://images.dmca.example.vn" in script_src
