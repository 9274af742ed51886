"""A published item whose address changes leaves a redirect behind, whatever changed it.

Registered for every model of a content app (`content = True`) with `get_absolute_url`: the
admin, a command or the shell all go through `save()` (raw saves, as fixtures and restored
versions make, are left out). Before the save the
stored address is read (only for an item readers may have seen); after it, a changed address
gets a redirect to the item. Bulk writes (`QuerySet.update`, `bulk_update`) send no signals:
code that moves addresses that way calls `record_move` itself.
"""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save
from django.urls import NoReverseMatch

from news.publishing import Publishable, Status

from . import addresses
from .models import MissingAddress, Redirect


def is_content_model(model):
    return getattr(model._meta.app_config, "content", False) and callable(
        getattr(model, "get_absolute_url", None)
    )


def was_public(item):
    if isinstance(item, Publishable):
        return item.status == Status.UNPUBLISHED or item.is_published
    return True


def _moves_address(model, update_fields):
    if update_fields is None:
        return True
    return any(isinstance(model._meta.get_field(name), models.SlugField) for name in update_fields)


def address_of(item):
    """The item's public address, or None when its fields make none (a slug that a script
    stored without the checks of a form)."""
    try:
        return item.get_absolute_url()
    except NoReverseMatch:
        return None


def _remember(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or instance._state.adding or not _moves_address(sender, update_fields):
        return
    stored = sender._default_manager.filter(pk=instance.pk).first()
    if stored is not None and was_public(stored):
        instance._address_before_save = address_of(stored)


def _record(sender, instance, raw=False, **kwargs):
    before = instance.__dict__.pop("_address_before_save", None)
    if before:
        record_move(instance, before)


def record_move(item, old_url):
    """Redirect `old_url` to `item` if the item's address is no longer `old_url`."""
    new_url = address_of(item)
    if new_url is None:
        return
    old, new = addresses.split(old_url), addresses.split(new_url)
    if old == new:
        return
    Redirect.objects.update_or_create(
        old_path=old[0],
        old_query=old[1],
        defaults={
            "content_type": ContentType.objects.get_for_model(item),
            "object_id": item.pk,
            "target_url": "",
            "origin": Redirect.Origin.MOVE,
        },
    )
    # The new address is a live page again: an older redirect from it would never act.
    Redirect.objects.filter(old_path=new[0], old_query=new[1]).delete()
    # Redirects typed by hand towards the old address now lead straight to the new one.
    Redirect.objects.filter(target_url=old_url).update(target_url=new_url)
    MissingAddress.objects.filter(path=old[0], query=old[1]).delete()


def _forget(sender, instance, **kwargs):
    Redirect.objects.filter(
        content_type=ContentType.objects.get_for_model(sender), object_id=instance.pk
    ).delete()


def connect_signals():
    for model in apps.get_models():
        if not is_content_model(model):
            continue
        label = model._meta.label
        pre_save.connect(_remember, sender=model, dispatch_uid=f"redirect-remember-{label}")
        post_save.connect(_record, sender=model, dispatch_uid=f"redirect-record-{label}")
        post_delete.connect(_forget, sender=model, dispatch_uid=f"redirect-forget-{label}")
