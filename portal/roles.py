"""The newsroom's roles, defined here and nowhere else.

Each role is a Django group whose permissions are listed by app label. Editors get every
permission of every content app (an app whose config says `content = True`), so that a content
app added later is covered as soon as it is migrated (`sync_roles` runs after every app's
migrations). The data migration portal/0002 creates the groups; this module keeps their
permissions exactly as written below.
"""

from django.apps import apps as global_apps
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Q

from news import workflow
from news.publishing import content_apps

AUTHOR = "Phóng viên"
EDITOR = "Biên tập viên"
ADMINISTRATOR = "Quản trị"
NAMES = (AUTHOR, EDITOR, ADMINISTRATOR)

ALL = "__all__"


def roles():
    content = {config.label: ALL for config in content_apps()}
    editing = {
        **content,
        "portal": ["change_breakingnews", "view_breakingnews"],
        "news": MEDIA_LIBRARY,
    }
    return {
        # Writes articles, edits own drafts, uploads images (and finds them again in the media
        # library), submits for review.
        AUTHOR: {
            "articles": ["add_article", "change_article", "view_article", "view_category"],
            "news": ["add_mediafile", "view_mediafile", "view_mediafolder"],
        },
        # Edits any content; approves, publishes, schedules, unpublishes (publish_<model>);
        # writes the breaking-news line; keeps the media library.
        EDITOR: editing,
        # An editor who also manages staff accounts, site identity, sign-in locks and the logs.
        ADMINISTRATOR: {**editing, **ADMINISTRATION},
    }


MEDIA_LIBRARY = [
    f"{action}_{model}"
    for action in ("add", "change", "delete", "view")
    for model in ("mediafile", "mediafolder")
]

ADMINISTRATION = {
    "portal": ALL,
    # Old addresses and the reports of imports from old sites (portal.redirects, importers).
    "redirects": ALL,
    "importers": ["view_importrun", "delete_importrun"],
    "auth": ["add_user", "change_user", "view_user", "view_group"],
    "admin": ["view_logentry"],
    "axes": [
        "view_accessattempt",
        "delete_accessattempt",
        "view_accesslog",
        "view_accessfailurelog",
    ],
}


def permissions_query(grants):
    query = Q(pk__in=[])
    for label, codenames in grants.items():
        if codenames == ALL:
            query |= Q(content_type__app_label=label)
        else:
            query |= Q(content_type__app_label=label, codename__in=codenames)
    return query


def create_groups(apps, schema_editor=None):
    Group = apps.get_model("auth", "Group")
    for name in NAMES:
        Group.objects.get_or_create(name=name)


def delete_groups(apps, schema_editor=None):
    apps.get_model("auth", "Group").objects.filter(name__in=NAMES).delete()


def ensure_publish_permissions(apps, using):
    """The `publish_<model>` permission of every workflow model (see news/workflow.py)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    for model in global_apps.get_models():
        if not workflow.is_workflow_model(model):
            continue
        opts = model._meta
        content_type, _ = ContentType.objects.using(using).get_or_create(
            app_label=opts.app_label, model=opts.model_name
        )
        Permission.objects.using(using).get_or_create(
            content_type=content_type,
            codename=workflow.publish_codename(model),
            defaults={"name": f"Duyệt và xuất bản {opts.verbose_name}"},
        )


def sync_roles(apps=global_apps, using=DEFAULT_DB_ALIAS, **kwargs):
    """Create the role groups and set their permissions to exactly what roles() says.
    Idempotent."""
    try:
        Group = apps.get_model("auth", "Group")
        Permission = apps.get_model("auth", "Permission")
        apps.get_model("contenttypes", "ContentType")
    except LookupError:  # auth or contenttypes not migrated yet
        return
    ensure_publish_permissions(apps, using)
    for name, grants in roles().items():
        group, _ = Group.objects.using(using).get_or_create(name=name)
        group.permissions.set(Permission.objects.using(using).filter(permissions_query(grants)))
