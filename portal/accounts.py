"""Staff accounts: setting a password by e-mail, for new accounts and forgotten passwords.

An administrator creates an account without a password; its owner gets an e-mail with a link
(Django's password-reset token: it stops working once used, when the password changes, and
after PASSWORD_RESET_TIMEOUT). Nobody but the owner ever knows the password.

"Quên mật khẩu?" answers the same, in the same time, whether the address has an account or
not: the mail is sent after the answer, and an unknown address costs the same rendering. It is
limited per address and per client, counted in the cache (shared with REDIS_URL).
django-ratelimit would count the same way, but its system checks refuse the per-process cache
of the zero-setup run and warn on any other cache class (ours included), which would fail
`check --deploy`; two counters are a few lines of our own.
"""

import hashlib
import logging
import smtplib
import threading
import time

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives, send_mail
from django.http import HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from portal.models import SiteIdentity
from portal.signin import client_ip

logger = logging.getLogger(__name__)


def set_password_url(request, user):
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return request.build_absolute_uri(reverse("password_reset_confirm", args=[uid, token]))


def send_set_password_link(request, user):
    """E-mail `user` a link to set their password; False if the mail could not be sent."""
    context = {
        "user": user,
        "url": set_password_url(request, user),
        "site_name": SiteIdentity.current().name,
        "hours": settings.PASSWORD_RESET_TIMEOUT // 3600,
    }
    subject = render_to_string("registration/set_password_subject.txt", context)
    body = render_to_string("registration/set_password_email.txt", context)
    try:
        send_mail(" ".join(subject.split()), body, None, [user.email])
    except (smtplib.SMTPException, OSError):
        logger.exception("Could not send the set-password link to user %s", user.pk)
        return False
    return True


# Forgotten passwords ---------------------------------------------------------------------------

WINDOW_SECONDS = 3600


def count_attempt(kind, value):
    """Add one to the attempts of `kind` by `value` in the current hour; return the count.

    A cache that cannot be reached counts nothing: the reset still works, unlimited."""
    digest = hashlib.sha256(value.encode()).hexdigest()[:32]
    key = f"reset:{kind}:{digest}:{int(time.time() // WINDOW_SECONDS)}"
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        return cache.incr(key)
    except ValueError:
        return 1


def _send(message):
    try:
        message.send()
    except Exception:
        logger.exception("Could not send a password reset mail")


def send_in_background(message):
    """Send `message` after the answer: an SMTP server's delay must not tell anything."""
    thread = threading.Thread(target=_send, args=(message,), name="portal-mail", daemon=True)
    thread.start()
    return thread


class PasswordResetForm(auth_forms.PasswordResetForm):
    sent = 0

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name=None,
    ):
        subject = "".join(render_to_string(subject_template_name, context).splitlines())
        body = render_to_string(email_template_name, context)
        self.sent += 1
        send_in_background(EmailMultiAlternatives(subject, body, from_email, [to_email]))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if not self.sent:
            # No account: render the same mail for no one, so that the answer takes as long.
            stand_in = {"user": auth_forms.UserModel(username="x"), "uid": "x", "token": "x"}
            render_to_string(kwargs.get("email_template_name", self.email_template), stand_in)

    email_template = "registration/password_reset_email.html"


class PasswordResetView(auth_views.PasswordResetView):
    """Django's, with the form above and its limits per client and per address."""

    form_class = PasswordResetForm

    def form_valid(self, form):
        if count_attempt("client", client_ip(self.request)) > settings.PASSWORD_RESET_CLIENT_LIMIT:
            form.add_error(
                "email",
                _("Đã có quá nhiều yêu cầu đặt lại mật khẩu từ máy này. Hãy thử lại sau một giờ."),
            )
            response = self.form_invalid(form)
            response.status_code = 429
            return response
        address = form.cleaned_data["email"].strip().lower()
        if count_attempt("address", address) > settings.PASSWORD_RESET_ADDRESS_LIMIT:
            # The same answer as always, so that the limit tells nothing about the address.
            return HttpResponseRedirect(self.get_success_url())
        return super().form_valid(form)
