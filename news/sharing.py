"""Share for approval: a link that shows one item as it is now to someone without an account.

An editor makes a link for one item, valid for a chosen time (72 hours unless they say
otherwise) and revocable at any moment. Whoever holds it sees the item's public page as the item
stands now (a draft included), read-only, with a banner saying so; the page is never cached and
never indexed, and each opening is logged (`ShareVisit`). The link carries 256 random bits,
looked up in the database, so that expiry and revocation are checked at every opening.
"""

import secrets
from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Max
from django.urls import reverse
from django.utils import timezone

from news.models import ShareLink, ShareVisit

DEFAULT_HOURS = 72
MAX_HOURS = 24 * 30


def create(obj, user, hours=DEFAULT_HOURS, recipient=""):
    return ShareLink.objects.create(
        item=obj,
        token=secrets.token_urlsafe(32),
        created_by=user,
        expires_at=timezone.now() + timedelta(hours=hours),
        recipient=recipient,
    )


def url(link):
    return reverse("shared", args=[link.token])


def links_of(obj):
    """The links made for `obj`, newest first, with how often and when they were opened."""
    return (
        ShareLink.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk
        )
        .select_related("created_by")
        .annotate(visit_count=Count("visits"), last_visit=Max("visits__at"))
        .order_by("-created_at", "-id")
    )


def revoke(link):
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])


def open_link(token, address=None, user_agent=""):
    """The item a valid link shows, and the link, the opening logged; None when the link is
    unknown, expired, revoked or its item is gone."""
    link = ShareLink.objects.filter(token=token).select_related("content_type").first()
    if link is None or not link.is_valid():
        return None
    model = link.content_type.model_class()
    obj = model._base_manager.filter(pk=link.object_id).first() if model else None
    if obj is None:
        return None
    ShareVisit.objects.create(link=link, address=address, user_agent=user_agent[:300])
    return obj, link
