"""Staff accounts and sign-in: lockout, password reset and change, sessions, two-factor."""

import re
import subprocess
import sys
import time
from base64 import b32decode
from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.conf import settings as django_settings
from django.contrib.auth.models import Group
from django.contrib.sessions.models import Session
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django_otp.oath import TOTP

from portal import roles
from tests.conftest import make_staff
from tests.portal.test_password_reset import wait_for_mail
from tests.portal.test_permissions import user_data

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-du-dai-2024"
WRONG = "mat-khau-sai-roi-2024"
LOCKED = "Đăng nhập tạm khóa"
REFUSED = "Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng."


def sign_in(client, username, password=PASSWORD, ip="203.0.113.5", token="", **headers):
    return client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "otp_token": token, "next": "/admin/"},
        REMOTE_ADDR=ip,
        **headers,
    )


def signed_in(client):
    return client.get(reverse("admin:index")).status_code == 200


@pytest.fixture
def author():
    return make_staff("phongvien", roles.AUTHOR, email="phongvien@example.vn")


@pytest.fixture
def administrator():
    return make_staff("quantri", roles.ADMINISTRATOR)


@pytest.fixture
def admin_client(administrator):
    client = Client()
    client.force_login(administrator)
    return client


# Brute force -------------------------------------------------------------------------------


def test_five_failures_lock_the_username_from_that_address_for_15_minutes(author):
    for attempt in range(1, 6):
        response = sign_in(Client(), "phongvien", WRONG)
        assert response.status_code == (429 if attempt == 5 else 200)
    locked = sign_in(Client(), "phongvien", PASSWORD)
    assert locked.status_code == 429
    html = locked.content.decode()
    assert LOCKED in html and "15 phút" in html

    # The right password from another address still works.
    elsewhere = Client()
    assert sign_in(elsewhere, "phongvien", PASSWORD, ip="198.51.100.20").status_code == 302
    assert signed_in(elsewhere)

    # When the 15 minutes have passed, the lock is gone.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(Client(), "phongvien", PASSWORD).status_code == 302


def test_a_forged_forwarded_for_header_changes_nothing_without_trusted_proxies(author):
    for attempt in range(5):
        sign_in(Client(), "phongvien", WRONG, HTTP_X_FORWARDED_FOR=f"10.9.8.{attempt}")
    response = sign_in(Client(), "phongvien", PASSWORD, HTTP_X_FORWARDED_FOR="192.0.2.99")
    assert response.status_code == 429
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.5"}


def test_behind_a_trusted_proxy_the_real_client_address_counts(author, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.1"
    for attempt in range(5):
        # The client writes a forged address; the proxy appends the real one.
        forged = f"1.2.3.{attempt}, 198.51.100.7"
        sign_in(Client(), "phongvien", WRONG, ip=proxy, HTTP_X_FORWARDED_FOR=forged)
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}
    blocked = sign_in(
        Client(), "phongvien", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="5.5.5.5, 198.51.100.7"
    )
    assert blocked.status_code == 429
    other = sign_in(Client(), "phongvien", PASSWORD, ip=proxy, HTTP_X_FORWARDED_FOR="198.51.100.8")
    assert other.status_code == 302


def test_an_administrator_sees_the_lock_and_clears_it(author, admin_client):
    for _attempt in range(5):
        sign_in(Client(), "phongvien", WRONG)
    assert sign_in(Client(), "phongvien", PASSWORD).status_code == 429

    changelist = reverse("admin:axes_accessattempt_changelist")
    html = admin_client.get(changelist).content.decode()
    assert "phongvien" in html and "203.0.113.5" in html
    attempt = AccessAttempt.objects.get()
    admin_client.post(
        changelist, {"action": "delete_selected", "_selected_action": [attempt.pk], "post": "yes"}
    )
    assert not AccessAttempt.objects.exists()
    assert sign_in(Client(), "phongvien", PASSWORD).status_code == 302


def test_editors_cannot_clear_locks():
    editor = make_staff("bientap", roles.EDITOR)
    client = Client()
    client.force_login(editor)
    assert client.get(reverse("admin:axes_accessattempt_changelist")).status_code == 403


def test_sign_ins_are_logged_for_administrators(author, admin_client):
    sign_in(Client(), "phongvien", PASSWORD, ip="198.51.100.30")
    html = admin_client.get(reverse("admin:axes_accesslog_changelist")).content.decode()
    assert "phongvien" in html and "198.51.100.30" in html


# Passwords -------------------------------------------------------------------------------


def test_password_reset_by_email(author, client):
    response = client.post(reverse("admin_password_reset"), {"email": "phongvien@example.vn"})
    assert response.status_code == 302
    assert wait_for_mail(1) == 1  # sent after the answer
    message = mail.outbox[0]
    assert message.to == ["phongvien@example.vn"] and "phongvien" in message.body
    link = re.search(r"https?://testserver(/admin/reset/\S+/)", message.body).group(1)

    form_page = client.get(link, follow=True)
    assert form_page.status_code == 200
    set_password_url = form_page.redirect_chain[-1][0]
    short = client.post(
        set_password_url, {"new_password1": "ngan-qua", "new_password2": "ngan-qua"}
    )
    assert "ít nhất 12 ký tự" in short.content.decode()
    new = "mot-mat-khau-moi-that-dai"
    done = client.post(set_password_url, {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    author.refresh_from_db()
    assert author.check_password(new)
    assert sign_in(Client(), "phongvien", new).status_code == 302


def test_a_new_account_sets_its_own_password_through_a_one_time_link(admin_client, client):
    form = admin_client.get(reverse("admin:auth_user_add")).content.decode()
    assert 'name="password1"' not in form and 'name="email"' in form
    response = admin_client.post(
        reverse("admin:auth_user_add"),
        {
            "username": "phongvien_moi",
            "email": "moi@example.vn",
            "first_name": "Lan",
            "last_name": "Nguyễn Thị",
            "groups": [Group.objects.get(name=roles.AUTHOR).pk],
            "password1": "mat-khau-quan-tri-biet-2024",  # ignored: not a field any more
            "password2": "mat-khau-quan-tri-biet-2024",
        },
        follow=True,
    )
    assert "Đã gửi tới moi@example.vn liên kết" in response.content.decode()
    user = Group.objects.get(name=roles.AUTHOR).user_set.get(username="phongvien_moi")
    assert user.is_staff and not user.has_usable_password()
    assert sign_in(Client(), "phongvien_moi", "mat-khau-quan-tri-biet-2024").status_code == 200

    message = mail.outbox[-1]
    assert message.to == ["moi@example.vn"] and "phongvien_moi" in message.body
    link = re.search(r"https?://testserver(/admin/reset/\S+/)", message.body).group(1)
    form_page = client.get(link, follow=True)
    set_password_url = form_page.redirect_chain[-1][0]
    new = "mat-khau-chi-minh-toi-biet"
    done = client.post(set_password_url, {"new_password1": new, "new_password2": new})
    assert done.status_code == 302
    assert sign_in(Client(), "phongvien_moi", new).status_code == 302
    # Used once, the link is dead.
    again = Client().get(link, follow=True)
    assert "new_password1" not in again.content.decode()


def test_administrators_send_a_link_and_never_set_someone_elses_password(
    author, administrator, admin_client
):
    url = reverse("admin:auth_user_password_change", args=[author.pk])
    assert admin_client.get(url).status_code == 403
    posted = admin_client.post(
        url, {"password1": "mat-khau-toi-dat-2024", "password2": "mat-khau-toi-dat-2024"}
    )
    assert posted.status_code == 403
    author.refresh_from_db()
    assert author.check_password(PASSWORD)
    own = reverse("admin:auth_user_password_change", args=[administrator.pk])
    assert admin_client.get(own)["Location"] == reverse("admin:password_change")

    admin_client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "send_password_link", "_selected_action": [author.pk]},
    )
    assert mail.outbox[-1].to == ["phongvien@example.vn"]
    assert "/admin/reset/" in mail.outbox[-1].body


def test_a_password_change_ends_the_other_sessions(author):
    here, elsewhere = Client(), Client()
    sign_in(here, "phongvien")
    sign_in(elsewhere, "phongvien", ip="198.51.100.40")
    new = "mat-khau-moi-cua-phong-vien"
    response = here.post(
        reverse("admin:password_change"),
        {"old_password": PASSWORD, "new_password1": new, "new_password2": new},
    )
    assert response.status_code == 302
    assert signed_in(here)
    assert not signed_in(elsewhere)


def test_deactivation_ends_the_sessions(author, admin_client):
    session = Client()
    sign_in(session, "phongvien")
    assert signed_in(session)
    response = admin_client.post(
        reverse("admin:auth_user_change", args=[author.pk]), user_data(author, is_active="")
    )
    assert response.status_code == 302
    author.refresh_from_db()
    assert not author.is_active
    assert not signed_in(session)


# Sessions --------------------------------------------------------------------------------


def test_login_gives_a_new_session_key(author):
    client = Client()
    session = client.session
    session["trang_da_xem"] = "/"
    session.save()
    before = session.session_key
    client.cookies[django_settings.SESSION_COOKIE_NAME] = before
    sign_in(client, "phongvien")
    assert client.session.session_key != before
    assert not Session.objects.filter(session_key=before).exists()


def test_sessions_expire_after_the_idle_time(author, settings):
    client = Client()
    sign_in(client, "phongvien")
    key = client.session.session_key
    idle = timedelta(seconds=settings.SESSION_COOKIE_AGE)
    assert idle == timedelta(minutes=30)

    # Each request pushes the end back.
    Session.objects.filter(pk=key).update(expire_date=timezone.now() + timedelta(minutes=5))
    assert signed_in(client)
    remaining = Session.objects.get(pk=key).expire_date - timezone.now()
    assert remaining > timedelta(minutes=29)

    # Idle past the limit: signed out.
    Session.objects.filter(pk=key).update(expire_date=timezone.now() - timedelta(seconds=1))
    assert not signed_in(client)


def test_logout_is_a_post(author):
    client = Client()
    sign_in(client, "phongvien")
    assert client.get(reverse("admin:logout")).status_code == 405
    assert signed_in(client)
    assert client.post(reverse("admin:logout")).status_code == 200
    assert not signed_in(client)


# Accounts and roles ------------------------------------------------------------------------


def test_an_administrator_cannot_change_their_own_role_or_become_superuser(
    administrator, admin_client
):
    author_group = Group.objects.get(name=roles.AUTHOR)
    url = reverse("admin:auth_user_change", args=[administrator.pk])
    html = admin_client.get(url).content.decode()
    assert 'name="groups"' not in html and 'name="is_superuser"' not in html
    admin_client.post(
        url,
        user_data(administrator, groups=[author_group.pk], is_superuser="on", is_active=""),
    )
    administrator.refresh_from_db()
    assert not administrator.is_superuser and administrator.is_active
    assert list(administrator.groups.values_list("name", flat=True)) == [roles.ADMINISTRATOR]


def test_a_superuser_cannot_change_their_own_role_either(django_user_model):
    boss = django_user_model.objects.create_superuser("sieuquantri", password=PASSWORD)
    client = Client()
    client.force_login(boss)
    client.post(reverse("admin:auth_user_change", args=[boss.pk]), user_data(boss, is_superuser=""))
    boss.refresh_from_db()
    assert boss.is_superuser


def test_an_administrator_cannot_touch_a_superuser_account(admin_client, django_user_model):
    boss = django_user_model.objects.create_superuser("sieuquantri", password=PASSWORD)
    response = admin_client.post(
        reverse("admin:auth_user_change", args=[boss.pk]), user_data(boss, is_active="")
    )
    assert response.status_code == 403
    password = admin_client.post(
        reverse("admin:auth_user_password_change", args=[boss.pk]),
        {"password1": "chiem-quyen-2024-abc", "password2": "chiem-quyen-2024-abc"},
    )
    assert password.status_code == 403
    boss.refresh_from_db()
    assert boss.is_active and boss.check_password(PASSWORD)


def test_the_staff_list_shows_roles_and_the_form_offers_only_roles(admin_client, author):
    html = admin_client.get(reverse("admin:auth_user_changelist")).content.decode()
    assert "phongvien" in html and roles.AUTHOR in html
    form = admin_client.get(reverse("admin:auth_user_add")).context["adminform"].form
    assert {group.name for group in form.fields["groups"].queryset} == set(roles.NAMES)


# Two-factor sign-in ------------------------------------------------------------------------


def current_code(secret, steps_ahead=0):
    """The code an authenticator app shows now (or `steps_ahead` periods of 30 s later)."""
    totp = TOTP(b32decode(secret))
    totp.time = time.time() + 30 * steps_ahead
    return f"{totp.token():06d}"


def set_up_two_factor(client):
    page = client.get(reverse("admin:two_factor")).content.decode()
    secret = re.search(r'id="totp-secret">([A-Z2-7=]+)<', page).group(1)
    assert 'src="data:image/svg+xml;base64,' in page
    response = client.post(reverse("admin:two_factor"), {"token": current_code(secret)})
    codes = re.findall(r"<li><code>(\w+)</code></li>", response.content.decode())
    return secret, codes


def test_two_factor_set_up_then_required_at_sign_in_and_a_code_works_once(author):
    client = Client()
    sign_in(client, "phongvien")
    secret, backup_codes = set_up_two_factor(client)
    assert len(backup_codes) == 10
    client.post(reverse("admin:logout"))

    without = sign_in(Client(), "phongvien")
    assert without.status_code == 200 and REFUSED in without.content.decode()

    # The code of this period was spent on the set-up; the app's next one is accepted too.
    code = current_code(secret, steps_ahead=1)
    first = Client()
    assert sign_in(first, "phongvien", token=code).status_code == 302
    assert signed_in(first)
    reused = sign_in(Client(), "phongvien", token=code)
    assert reused.status_code == 200 and REFUSED in reused.content.decode()

    backup = Client()
    assert sign_in(backup, "phongvien", token=backup_codes[0]).status_code == 302
    again = sign_in(Client(), "phongvien", token=backup_codes[0])
    assert again.status_code == 200

    wrong = "111111" if code == "000000" else "000000"
    assert sign_in(Client(), "phongvien", token=wrong).status_code == 200


def shown_key(client):
    page = client.get(reverse("admin:two_factor")).content.decode()
    return re.search(r'id="totp-secret">([A-Z2-7=]+)<', page).group(1)


def test_each_enrolment_gets_its_own_key_kept_in_its_session_only(author):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    owner, intruder = Client(), Client()
    sign_in(owner, "phongvien")
    sign_in(intruder, "phongvien", ip="198.51.100.9")  # someone who knew the first password
    owners_key = shown_key(owner)
    intruders_key = shown_key(intruder)
    assert owners_key != intruders_key
    assert shown_key(owner) == owners_key  # the same attempt keeps its key on reload
    assert not TOTPDevice.objects.exists()  # nothing stored before a code confirms it
    url = reverse("admin:two_factor")
    refused = owner.post(url, {"token": current_code(intruders_key)})
    assert "Mã không đúng" in refused.content.decode()
    assert not TOTPDevice.objects.exists()

    owner.post(url, {"token": current_code(owners_key)})
    device = TOTPDevice.objects.get()
    assert device.confirmed and b32decode(owners_key) == device.bin_key
    assert sign_in(Client(), "phongvien", token=current_code(owners_key, 1)).status_code == 302
    # The intruder's key never yields a code the account accepts.
    later = current_code(intruders_key, steps_ahead=2)
    assert sign_in(Client(), "phongvien", token=later).status_code == 200


def error_note(response):
    """What the sign-in page says went wrong (the rest differs by its CSRF token only)."""
    html = response.content.decode()
    return re.findall(r'<p class="errornote">\s*(.*?)\s*</p>', html, re.S) + re.findall(
        r'<ul class="errorlist[^"]*">(.*?)</ul>', html, re.S
    )


def test_the_sign_in_page_never_tells_that_the_password_was_right(author):
    client = Client()
    sign_in(client, "phongvien")
    secret, _codes = set_up_two_factor(client)
    code = current_code(secret, steps_ahead=1)
    wrong_code = "111111" if code == "000000" else "000000"
    answers = [
        sign_in(Client(), "phongvien", WRONG),  # wrong password
        sign_in(Client(), "phongvien", WRONG, token=code),  # wrong password, right code
        sign_in(Client(), "phongvien"),  # right password, no code
        sign_in(Client(), "phongvien", token=wrong_code),  # right password, wrong code
    ]
    assert [answer.status_code for answer in answers] == [200] * 4
    notes = [error_note(answer) for answer in answers]
    assert all(note == notes[0] for note in notes), notes
    assert REFUSED in notes[0][0]
    # Each counted as a failed sign-in: the fifth failure locks, whichever it is.
    assert sign_in(Client(), "phongvien", token=wrong_code).status_code == 429


def test_failed_sign_ins_keep_no_credential_in_clear(author, admin_client):
    from axes.models import AccessFailureLog, AccessLog
    from django_otp.plugins.otp_static.models import StaticDevice

    client = Client()
    sign_in(client, "phongvien")
    _secret, codes = set_up_two_factor(client)
    sign_in(Client(), "phongvien", WRONG, token=codes[0])  # a valid, unused backup code
    sign_in(Client(), "phongvien", token="12345678")
    stored = [
        str(value)
        for model in (AccessAttempt, AccessFailureLog, AccessLog)
        for row in model.objects.values()
        for value in row.values()
    ]
    assert stored and not any(codes[0] in value or WRONG in value for value in stored)
    assert not any("12345678" in value for value in stored)
    attempt = AccessAttempt.objects.get()
    html = admin_client.get(
        reverse("admin:axes_accessattempt_change", args=[attempt.pk])
    ).content.decode()
    assert codes[0] not in html and "otp_token=********************" in html
    # The code was not spent by the failure: its owner still signs in with it (once the
    # slow-down django-otp adds after a wrong code has passed).
    StaticDevice.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)
    assert sign_in(Client(), "phongvien", token=codes[0]).status_code == 302


def test_mandatory_two_factor_sends_staff_to_set_it_up(author, settings):
    settings.TWO_FACTOR_REQUIRED = True
    client = Client()
    assert sign_in(client, "phongvien").status_code == 302
    response = client.get(reverse("admin:articles_article_changelist"))
    assert response.status_code == 302 and response["Location"] == reverse("admin:two_factor")
    page = client.get(reverse("admin:two_factor")).content.decode()
    assert "phải bật xác thực hai lớp" in page
    set_up_two_factor(client)
    assert client.get(reverse("admin:articles_article_changelist")).status_code == 200


def test_without_the_mandate_the_first_administrator_signs_in_with_a_password(
    settings, django_user_model
):
    settings.TWO_FACTOR_REQUIRED = False
    django_user_model.objects.create_superuser("admin", password=PASSWORD)
    client = Client()
    assert sign_in(client, "admin").status_code == 302
    assert signed_in(client)


@pytest.mark.parametrize(("debug", "required"), [("1", "False"), ("", "True")])
def test_two_factor_is_mandatory_by_default_only_in_production(debug, required):
    env = {"DEBUG": debug, "SECRET_KEY": "k" * 50, "PATH": "/usr/bin:/bin"}
    code = "import portal.settings as s; print(s.TWO_FACTOR_REQUIRED)"
    out = subprocess.run(  # noqa: S603 (a fixed command: our own settings module)
        [sys.executable, "-c", code],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        cwd=django_settings.BASE_DIR,
    )
    assert out.stdout.strip() == required


def test_an_administrator_turns_off_a_lost_second_factor(author, admin_client):
    client = Client()
    sign_in(client, "phongvien")
    set_up_two_factor(client)
    assert sign_in(Client(), "phongvien").status_code == 200  # a code is now needed

    admin_client.post(
        reverse("admin:auth_user_changelist"),
        {"action": "reset_two_factor", "_selected_action": [author.pk]},
    )
    assert sign_in(Client(), "phongvien").status_code == 302


def test_backup_codes_are_renewed_and_two_factor_turned_off_with_a_fresh_code(author, settings):
    client = Client()
    sign_in(client, "phongvien")
    secret, old_codes = set_up_two_factor(client)
    url = reverse("admin:two_factor")

    renewed = client.post(url, {"token": old_codes[0], "backup": "1"}).content.decode()
    new_codes = re.findall(r"<li><code>(\w+)</code></li>", renewed)
    assert len(new_codes) == 10 and not set(new_codes) & set(old_codes)

    settings.TWO_FACTOR_REQUIRED = True
    client.post(url, {"token": new_codes[0], "disable": "1"})
    assert sign_in(Client(), "phongvien").status_code == 200  # still needs a code

    settings.TWO_FACTOR_REQUIRED = False
    client.post(url, {"token": new_codes[1], "disable": "1"})
    assert sign_in(Client(), "phongvien").status_code == 302


# Proxies ------------------------------------------------------------------------------------


def test_forwarded_headers_without_trusted_proxies_warn_once(author, settings, caplog):
    from portal import signin

    settings.TRUSTED_PROXY_COUNT = 0
    signin._proxy_warned = False
    with caplog.at_level("WARNING", logger="portal.signin"):
        sign_in(Client(), "phongvien", WRONG, ip="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
        sign_in(Client(), "phongvien", WRONG, ip="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.8")
    warnings = [r for r in caplog.records if "TRUSTED_PROXY_COUNT is 0" in r.getMessage()]
    assert len(warnings) == 1 and "127.0.0.1" in warnings[0].getMessage()

    caplog.clear()
    signin._proxy_warned = False
    sign_in(Client(), "phongvien", WRONG)  # no proxy in front: nothing to say
    settings.TRUSTED_PROXY_COUNT = 1
    sign_in(Client(), "phongvien", WRONG, ip="127.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.9")
    assert not [r for r in caplog.records if "TRUSTED_PROXY_COUNT" in r.getMessage()]


def test_the_deployment_files_trust_exactly_the_one_proxy_they_set_up():
    deploy = django_settings.BASE_DIR / "deploy"
    environment = dict(
        line.split("=", 1)
        for line in (deploy / "portal.env").read_text().splitlines()
        if line and not line.startswith("#")
    )
    assert environment["TRUSTED_PROXY_COUNT"] == "1"
    nginx = (deploy / "nginx.conf").read_text()
    # One hop that replaces the header: the client's address is the last and only entry.
    assert "proxy_set_header X-Forwarded-For $remote_addr;" in nginx
    assert "$proxy_add_x_forwarded_for" not in nginx
    assert (
        "EnvironmentFile=/srv/portal/deploy/portal.env" in (deploy / "portal.service").read_text()
    )
