"""Staff accounts: the one-time link with which a new staff member sets their own password.

An administrator creates an account without a password; its owner gets an e-mail with a link
(Django's password-reset token: it stops working once used, when the password changes, and
after PASSWORD_RESET_TIMEOUT). Nobody but the owner ever knows the password.
"""

import logging
import smtplib

from django.conf import settings
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from portal.models import SiteIdentity

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
