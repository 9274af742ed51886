from django.db import migrations, models
from django.db.models import OuterRef, Subquery

# The content types search indexed when this migration was written (portal.content.SOURCES).
KINDS = ("articles.article", "galleries.album", "videos.video")


def copy_take_down_times(apps, schema_editor):
    SearchEntry = apps.get_model("portal", "SearchEntry")
    for kind in KINDS:
        expiring = apps.get_model(kind).objects.filter(unpublish_at__isnull=False)
        SearchEntry.objects.filter(kind=kind, object_id__in=expiring.values("pk")).update(
            unpublish_at=Subquery(
                expiring.filter(pk=OuterRef("object_id")).values("unpublish_at")[:1]
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0005_visits_and_tracking_code"),
        ("articles", "0006_unpublish_at_and_updated_index"),
        ("galleries", "0003_album_unpublish_at"),
        ("videos", "0002_video_unpublish_at"),
    ]

    operations = [
        migrations.AddField(
            model_name="searchentry",
            name="unpublish_at",
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(copy_take_down_times, migrations.RunPython.noop),
    ]
