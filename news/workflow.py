"""The editorial workflow every content type shares: who may put an item in which state.

Reporters write drafts and submit them for review; editors approve, publish, schedule and
unpublish. A published item with a future publish time is scheduled. The rules are checked on
the server for every path that changes a status (the admin form, its actions, a version
restore), whatever the page offered.

Being an editor of a content type means holding its `<app>.publish_<model>` permission. The
permission is not declared in each model's Meta: the roles sync (portal/roles.py) creates it
for every model built on `Publishable`, so a new content type needs nothing more.
"""

from django.core.exceptions import PermissionDenied

from news.publishing import Publishable, Status

AUTHOR_STATUSES = frozenset({Status.DRAFT, Status.REVIEW})


def publish_codename(model):
    return f"publish_{model._meta.model_name}"


def publish_permission(model):
    return f"{model._meta.app_label}.{publish_codename(model)}"


def is_workflow_model(model):
    return issubclass(model, Publishable) and not model._meta.abstract


def can_publish(user, model):
    """Editors (and superusers): every state, every item of `model`."""
    return user.is_active and user.has_perm(publish_permission(model))


def can_edit(user, obj):
    """Whether `user` may change `obj` at all: editors any item, reporters their own drafts."""
    model = type(obj)
    opts = model._meta
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return False
    if can_publish(user, model):
        return True
    return obj.created_by_id == user.pk and obj.status == Status.DRAFT


def can_preview(user, obj):
    """Whether `user` may see `obj` at its public address before the public may.

    The same people as may edit it, in whatever state it is: editors every item, reporters
    their own (a reporter keeps seeing an item they submitted, scheduled or taken down).
    """
    if not (user.is_active and user.is_staff):
        return False
    model = type(obj)
    opts = model._meta
    if not user.has_perm(f"{opts.app_label}.change_{opts.model_name}"):
        return False
    return can_publish(user, model) or (
        obj.created_by_id is not None and obj.created_by_id == user.pk
    )


def allowed_statuses(user, model, obj=None):
    """The statuses `user` may save an item with: `obj` as it is stored, None for a new one."""
    if can_publish(user, model):
        return frozenset(Status.values)
    opts = model._meta
    if obj is None:
        may = user.has_perm(f"{opts.app_label}.add_{opts.model_name}")
    else:
        may = can_edit(user, obj)
    return AUTHOR_STATUSES if may else frozenset()


def check_transition(user, model, stored, target):
    """Refuse to save an item of `model` (`stored` as in the database, None if new) as `target`."""
    if target not in allowed_statuses(user, model, stored):
        raise PermissionDenied
