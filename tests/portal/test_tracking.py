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


def directive(policy, name):
    return next(d.split()[1:] for d in policy.split(";") if d.split()[0] == name)


def test_the_public_policy_allows_that_one_script_and_the_admin_never(client, admin_client):
    identity = SiteIdentity.objects.create(name="Đảng ủy Khối", tracking_script_url=EMC)
    policy = client.get("/")["Content-Security-Policy"]
    assert directive(policy, "script-src") == ["'self'", EMC]
    assert "https://images.dmca.example.vn" in directive(policy, "img-src")
    for path in ("/admin/", "/admin/login/", f"/admin/portal/siteidentity/{identity.pk}/change/"):
        for reader in (client, admin_client):
            policy = reader.get(path)["Content-Security-Policy"]
            assert "dmca" not in policy, path
    identity.tracking_script_url = ""
    identity.save()
    policy = client.get("/")["Content-Security-Policy"]
    assert directive(policy, "script-src") == ["'self'"]


def test_a_crafted_address_cannot_add_to_the_policy(client):
    # A ";" or "," in the path would end the directive or start another policy.
    url = "https://tinnhiemmang.example.vn/emc.js;script-src%20*,x"
    SiteIdentity.objects.create(name="Đảng ủy Khối", tracking_script_url=url)
    policy = client.get("/")["Content-Security-Policy"]
    assert directive(policy, "script-src") == [
        "'self'",
        "https://tinnhiemmang.example.vn/emc.js%3Bscript-src%20*%2Cx",
    ]
    assert [d.split()[0] for d in policy.split(";")].count("script-src") == 1


def test_only_a_superuser_sets_the_script(client):
    from portal.roles import ADMINISTRATOR
    from tests.conftest import make_staff

    identity = SiteIdentity.objects.create(name="Đảng ủy Khối")
    client.force_login(make_staff("quantri", ADMINISTRATOR))
    url = f"/admin/portal/siteidentity/{identity.pk}/change/"
    assert 'name="tracking_script_url"' not in client.get(url).content.decode()
    client.post(url, {"name": "Đảng ủy Khối mới", "tracking_script_url": EMC})
    identity.refresh_from_db()
    assert identity.name == "Đảng ủy Khối mới"
    assert identity.tracking_script_url == ""


def test_every_pages_policy_lets_the_script_run_and_cached_pages_too(client, settings):
    settings.PAGE_CACHE = True
    client.get("/")  # a cached copy from before the script was set
    SiteIdentity.objects.create(name="Đảng ủy Khối", tracking_script_url=EMC)
    for _ in range(2):  # rendered, then from the page cache
        policy = client.get("/")["Content-Security-Policy"]
        script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
        assert "https://images.dmca.example.vn" in script_src
