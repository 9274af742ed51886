"""E-mail about the editorial workflow: to editors when an item waits for review, to its author
when it is published, scheduled or sent back.

Messages are composed in the request (recipients, links, words) and handed over when the
transaction commits, so that a rolled-back save sends nothing. A background thread of the process
then sends them through Django's mail (EMAIL_* settings; the console in development, locmem in
tests): an SMTP server that is down or slow costs the save nothing, and is only logged. Each
staff member can turn these messages off (`NotificationSettings`).
"""

import logging
import queue
import threading

from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from news import workflow
from news.publishing import Status

logger = logging.getLogger(__name__)


def recipients(users):
    """The e-mail addresses of `users` (a queryset) who are active and did not turn mail off."""
    return list(
        users.filter(is_active=True)
        .exclude(email="")
        .exclude(notification_settings__by_email=False)
        .values_list("email", flat=True)
        .distinct()
    )


def editors_of(model):
    """Staff who may publish items of `model`."""
    app_label, codename = workflow.publish_permission(model).split(".")
    holds = Q(codename=codename, content_type__app_label=app_label)
    User = get_user_model()
    return User.objects.filter(is_staff=True).filter(
        Q(is_superuser=True)
        | Q(user_permissions__in=_permissions(holds))
        | Q(groups__permissions__in=_permissions(holds))
    )


def _permissions(condition):
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(condition)


def moved(request, obj, before, note=""):
    """Tell whom it concerns that `obj` went from status `before` to its status now."""
    actor = request.user
    model = type(obj)
    opts = model._meta
    name, title = opts.verbose_name, str(obj)
    link = request.build_absolute_uri(
        reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    )
    settings_link = request.build_absolute_uri(reverse("admin:notification_settings"))
    words = {"who": actor.get_full_name() or actor.get_username(), "name": name, "title": title}
    after = obj.status
    messages = []
    if after == Status.REVIEW and before != Status.REVIEW:
        to = recipients(editors_of(model).exclude(pk=actor.pk))
        text = _("%(who)s đã gửi duyệt %(name)s “%(title)s”.") % words
        messages.append((_("Chờ duyệt: %(title)s") % words, text, to))
    author = obj.created_by
    if author is not None and author.pk != actor.pk:
        to = recipients(get_user_model().objects.filter(pk=author.pk))
        if after == Status.PUBLISHED and before != Status.PUBLISHED and obj.is_scheduled:
            words["when"] = formats.localize(timezone.localtime(obj.publish_at))
            subject = _("Đã hẹn giờ xuất bản: %(title)s") % words
            text = _("%(who)s đã hẹn giờ xuất bản %(name)s “%(title)s” lúc %(when)s.") % words
            messages.append((subject, text, to))
        elif after == Status.PUBLISHED and before != Status.PUBLISHED:
            text = _("%(who)s đã xuất bản %(name)s “%(title)s”.") % words
            messages.append((_("Đã xuất bản: %(title)s") % words, text, to))
        elif after == Status.DRAFT and before in (Status.REVIEW, Status.PUBLISHED):
            text = _("%(who)s đã trả lại %(name)s “%(title)s” để bạn sửa.") % words
            if note:
                text += "\n\n" + _("Ghi chú: %(note)s") % {"note": note}
            messages.append((_("Bị trả lại: %(title)s") % words, text, to))
    footer = "\n\n-- \n" + _("Tắt các thư báo này: %(link)s") % {"link": settings_link}
    mails = [
        EmailMessage(subject, f"{text}\n\n{link}{footer}", to=[address])
        for subject, text, to in messages
        for address in to
    ]
    if mails:
        transaction.on_commit(lambda: send_later(mails))


# Sending, away from the request -----------------------------------------------------------------

_outbox = queue.Queue()
_sender = None
_sender_lock = threading.Lock()


def send_later(mails):
    """Queue `mails` for the sending thread of this process (started on first use, so that
    each forked worker has its own)."""
    global _sender
    with _sender_lock:
        if _sender is None or not _sender.is_alive():
            _sender = threading.Thread(target=_send_forever, name="notifications", daemon=True)
            _sender.start()
    _outbox.put(mails)


def _send_forever():
    while True:
        mails = _outbox.get()
        try:
            with get_connection() as connection:
                connection.send_messages(mails)
        except Exception:
            logger.exception("Could not send %d workflow e-mail(s)", len(mails))
        finally:
            _outbox.task_done()


def wait():
    """Until every queued message was sent or given up (tests, commands that end)."""
    _outbox.join()
