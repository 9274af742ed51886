"""Uploaded files follow their item: deleting an item deletes its files, with an image's
renditions, unless another item still shows them (a file reused from the media library).

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
            transaction.on_commit(lambda fieldfile=fieldfile: _delete(fieldfile))


def _delete(fieldfile):
    from news import library

    # A file of the media library goes with the last item that shows it (and its library row);
    # one still shown elsewhere stays. Any other file goes with its item, an image field's
    # with its renditions (news.images).
    if not library.release(fieldfile.name):
        fieldfile.delete(save=False)


def connect_signals():
    for model in apps.get_models():
        if file_fields(model):
            label = model._meta.label_lower
            post_delete.connect(delete_files, sender=model, dispatch_uid=f"files-{label}")
