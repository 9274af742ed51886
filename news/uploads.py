"""Uploaded files follow their item: deleting an item deletes its files, with an image's
renditions.

Connected for every model with a file field (portal/apps.py), whichever way it is deleted (the
admin, a cascade, the shell). Files go once the transaction commits, so a delete that is rolled
back keeps them. An item brought back later from its versions ("recover deleted") comes back
without its files.
"""

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import post_delete


def file_fields(model):
    return [f for f in model._meta.concrete_fields if isinstance(f, models.FileField)]


def delete_files(sender, instance, **kwargs):
    for field in file_fields(sender):
        fieldfile = getattr(instance, field.attname)
        if fieldfile:
            # An image field's file also deletes its renditions (news.images).
            transaction.on_commit(lambda fieldfile=fieldfile: fieldfile.delete(save=False))


def connect_signals():
    for model in apps.get_models():
        if file_fields(model):
            label = model._meta.label_lower
            post_delete.connect(delete_files, sender=model, dispatch_uid=f"files-{label}")
