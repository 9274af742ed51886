"""Search by syllables: vectors built in Python with folded and marked forms at the same
positions (portal.search.tsvector), so the trigger of 0003 goes. The index is emptied: the
post_migrate handler (portal.search.fill_if_empty) writes it again in the new form."""

from django.db import migrations, models

DROP_TRIGGER = """
DROP TRIGGER IF EXISTS portal_searchentry_vector ON portal_searchentry;
DROP FUNCTION IF EXISTS portal_searchentry_vector();
"""

RESTORE_TRIGGER = """
ALTER TABLE portal_searchentry ALTER COLUMN head SET STORAGE MAIN;
ALTER TABLE portal_searchentry ALTER COLUMN vector SET COMPRESSION default;
ALTER TABLE portal_searchentry ALTER COLUMN head SET COMPRESSION default;
CREATE FUNCTION portal_searchentry_vector() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.head :=
        setweight(to_tsvector('simple', coalesce(NEW.title, '')), 'A') ||
        setweight(to_tsvector('simple', coalesce(NEW.lead, '')), 'B');
    NEW.vector := NEW.head || setweight(to_tsvector('simple', coalesce(NEW.body, '')), 'C');
    RETURN NEW;
END
$$;
CREATE TRIGGER portal_searchentry_vector
    BEFORE INSERT OR UPDATE OF title, lead, body ON portal_searchentry
    FOR EACH ROW EXECUTE FUNCTION portal_searchentry_vector();
"""


def empty_index(apps, schema_editor, sql):
    apps.get_model("portal", "SearchEntry").objects.all().delete()
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(sql)


def forwards(apps, schema_editor):
    empty_index(apps, schema_editor, DROP_TRIGGER)


def backwards(apps, schema_editor):
    empty_index(apps, schema_editor, RESTORE_TRIGGER)


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0005_visits_and_tracking_code'),
    ]

    operations = [
        migrations.CreateModel(
            name='SearchTerm',
            fields=[
                ('term', models.CharField(max_length=100, primary_key=True, serialize=False)),
                ('entries', models.PositiveIntegerField(default=0)),
            ],
            options={
                'verbose_name': 'từ trong chỉ mục tìm kiếm',
                'verbose_name_plural': 'từ trong chỉ mục tìm kiếm',
                'ordering': ['term'],
            },
        ),
        migrations.AddField(
            model_name='searchentry',
            name='marked',
            field=models.TextField(blank=True),
        ),
        migrations.AddField(
            model_name='searchentry',
            name='unpublish_at',
            field=models.DateTimeField(blank=True, null=True),
        ),
        migrations.RunPython(forwards, backwards),
    ]
