"""Sign-in security for staff: client address, lockout page, two-factor sign-in and setup."""

import base64
import io
import logging
import time
from base64 import b32encode

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.signals import user_login_failed
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django_otp import devices_for_user, match_token
from django_otp import login as otp_login
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image
from django_otp.util import random_hex

BACKUP_CODES = 10
logger = logging.getLogger(__name__)


def client_ip(request):
    """The reader's address: REMOTE_ADDR, or the one our own trusted proxies saw.

    Each proxy appends the address it received the request from to X-Forwarded-For, so with
    TRUSTED_PROXY_COUNT proxies the client is that many entries from the right; whatever a
    client wrote further left is its own invention and is ignored.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    count = settings.TRUSTED_PROXY_COUNT
    if count <= 0:
        if "HTTP_X_FORWARDED_FOR" in request.META:
            _warn_untrusted_proxy(remote)
        return remote
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < count:
        return remote
    return forwarded[-count]


_proxy_warned = False


def _warn_untrusted_proxy(remote):
    """Once per process: requests come through a proxy the settings do not know about, so
    every client looks like the proxy, and five bad passwords from anywhere lock a staff
    member out for everyone."""
    global _proxy_warned
    if not _proxy_warned:
        _proxy_warned = True
        logger.warning(
            "Requests from %s carry X-Forwarded-For but TRUSTED_PROXY_COUNT is 0: every client "
            "looks like that proxy to sign-in locks and visitor counts. Set TRUSTED_PROXY_COUNT "
            "to the number of proxies in front of the app (1 behind deploy/nginx.conf).",
            remote,
        )


def lockout_response(request, original_response=None, credentials=None):
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    context = {
        "title": _("Tạm khóa đăng nhập"),
        "site_header": _("Quản trị cổng thông tin"),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
    }
    return render(request, "admin/locked_out.html", context, status=429)


class LoginForm(AdminAuthenticationForm):
    """The admin sign-in: password, then the code of the authenticator app if one is set up.

    A six-digit code is checked against the user's authenticator app, anything else against
    their backup codes; django-otp refuses a code already used and slows down guessing.
    A wrong password and a wrong, used or missing code get the same answer, and both count
    as a failed sign-in (django-axes): the page never tells that the password was right.
    """

    error_messages = {
        **AdminAuthenticationForm.error_messages,
        "invalid_login": gettext_lazy(
            "Tên đăng nhập, mật khẩu hoặc mã xác thực không đúng. Tài khoản đã bật xác thực "
            "hai lớp cần nhập mã mới trong ứng dụng (mỗi mã chỉ dùng được một lần). Lưu ý: "
            "có phân biệt chữ hoa, chữ thường."
        ),
    }

    otp_token = forms.CharField(
        label=gettext_lazy("Mã xác thực hai lớp"),
        required=False,
        max_length=16,
        help_text=gettext_lazy(
            "Mã 6 số trong ứng dụng xác thực, hoặc một mã dự phòng. Bỏ trống nếu tài khoản "
            "chưa bật xác thực hai lớp."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "one-time-code"}),
    )

    def clean(self):
        cleaned_data = super().clean()
        user = self.get_user()
        devices = list(devices_for_user(user)) if user else []
        if not devices:
            return cleaned_data
        token = "".join((cleaned_data.get("otp_token") or "").split())
        device = self._verified_device(devices, token) if token else None
        if device is None:
            self.user_cache = None
            user_login_failed.send(
                sender=__name__,
                credentials={"username": cleaned_data.get("username")},
                request=self.request,
            )
            raise self.get_invalid_login_error()
        user.otp_device = device  # django-otp marks the session verified at login
        return cleaned_data

    @staticmethod
    def _verified_device(devices, token):
        kind = TOTPDevice if (len(token) == 6 and token.isdigit()) else StaticDevice
        for device in devices:
            if not isinstance(device, kind):
                continue
            allowed, _extra = device.verify_is_allowed()
            if allowed and device.verify_token(token):
                return device
        return None


class TwoFactorRequiredMiddleware:
    """With TWO_FACTOR_REQUIRED, staff who signed in without a second factor must set one up."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            settings.TWO_FACTOR_REQUIRED
            and user.is_authenticated
            and user.is_staff
            and not user.is_verified()
            and request.path not in self.open_paths()
        ):
            return redirect("admin:two_factor")
        return self.get_response(request)

    @staticmethod
    def open_paths():
        return {
            reverse("admin:two_factor"),
            reverse("admin:logout"),
            reverse("admin:jsi18n"),
        }


class TokenForm(forms.Form):
    token = forms.CharField(
        label=gettext_lazy("Mã 6 số trong ứng dụng"),
        max_length=16,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


# The key of an enrolment not yet confirmed lives in that session only: another session of the
# account (someone who knew the first password, say) gets a key of its own and never this one.
PENDING_KEY = "two_factor_pending_key"


def _pending_device(request):
    """An unsaved device holding this session's enrolment key, made on the first visit."""
    key = request.session.get(PENDING_KEY)
    if not key:
        key = random_hex(20)
        request.session[PENDING_KEY] = key
    return TOTPDevice(user=request.user, name="authenticator", key=key, confirmed=False)


def _confirm(device, token):
    """Store `device` as confirmed if `token` is its current code; nothing is stored otherwise."""
    try:
        code = int(token)
    except ValueError:
        return False
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    if not totp.verify(code, device.tolerance):
        return False
    device.last_t, device.drift, device.confirmed = totp.t(), totp.drift, True
    # Devices left unconfirmed by earlier versions, whose key other sessions were shown.
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    device.save()
    return True


def _qr_code(device):
    out = io.BytesIO()
    write_qrcode_image(device.config_url, out)
    return "data:image/svg+xml;base64," + base64.b64encode(out.getvalue()).decode()


def _new_backup_codes(user):
    device, _created = StaticDevice.objects.get_or_create(user=user, name="backup")
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _index in range(BACKUP_CODES)]
    StaticToken.objects.bulk_create(StaticToken(device=device, token=code) for code in codes)
    return codes


def two_factor_view(request):
    """Set up, review or turn off the second factor of the signed-in staff member."""
    user = request.user
    totp = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    context = {
        **admin.site.each_context(request),
        "title": _("Xác thực hai lớp"),
        "required": settings.TWO_FACTOR_REQUIRED,
        "form": TokenForm(),
    }
    if totp is None:
        pending = _pending_device(request)
        form = TokenForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            if _confirm(pending, form.cleaned_data["token"].strip()):
                del request.session[PENDING_KEY]
                otp_login(request, pending)
                context.update(enabled=True, backup_codes=_new_backup_codes(user))
                messages.success(request, _("Đã bật xác thực hai lớp."))
                return TemplateResponse(request, "admin/two_factor.html", context)
            form.add_error("token", _("Mã không đúng. Hãy nhập mã đang hiện trong ứng dụng."))
        context.update(
            enabled=False,
            form=form,
            qr_code=_qr_code(pending),
            secret=b32encode(pending.bin_key).decode(),
        )
        return TemplateResponse(request, "admin/two_factor.html", context)

    context.update(
        enabled=True,
        backup_left=StaticToken.objects.filter(device__user=user).count(),
    )
    if request.method == "POST":
        form = TokenForm(request.POST)
        # Both changes need a fresh code: a session left open is not enough to weaken a login.
        if form.is_valid() and match_token(user, form.cleaned_data["token"].strip()):
            if "disable" in request.POST:
                if settings.TWO_FACTOR_REQUIRED:
                    messages.error(request, _("Tài khoản quản trị bắt buộc xác thực hai lớp."))
                else:
                    for device in devices_for_user(user, confirmed=None):
                        device.delete()
                    messages.success(request, _("Đã tắt xác thực hai lớp."))
                return redirect("admin:two_factor")
            context["backup_codes"] = _new_backup_codes(user)
            context["backup_left"] = BACKUP_CODES
        else:
            form.add_error(None, _("Mã không đúng hoặc đã được dùng."))
            context["form"] = form
    return TemplateResponse(request, "admin/two_factor.html", context)
