"""PostgreSQL only: the trigger that keeps SearchEntry.vector and .head current, the GIN index.

The text is folded in Python before it is stored (news.text.fold), so the 'simple' text search
configuration is enough: no unaccent extension, hence no superuser needed to migrate. On SQLite
this migration does nothing; search there matches the same folded words with LIKE.
"""

from django.db import migrations

FORWARDS = """
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
UPDATE portal_searchentry SET title = title;
CREATE INDEX search_entry_vector_idx ON portal_searchentry USING gin (vector);
-- Rows past 128 bytes keep their long columns out of line, but `head` stays in the row: a
-- search reads only the narrow part of each match (ids, date, `head`), not the body or vector.
ALTER TABLE portal_searchentry SET (toast_tuple_target = 128);
ALTER TABLE portal_searchentry ALTER COLUMN head SET STORAGE MAIN;
"""

BACKWARDS = """
ALTER TABLE portal_searchentry RESET (toast_tuple_target);
DROP INDEX IF EXISTS search_entry_vector_idx;
DROP TRIGGER IF EXISTS portal_searchentry_vector ON portal_searchentry;
DROP FUNCTION IF EXISTS portal_searchentry_vector();
"""


def on_postgresql(sql):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("portal", "0002_search_entry"),
    ]

    operations = [
        migrations.RunPython(on_postgresql(FORWARDS), on_postgresql(BACKWARDS)),
    ]
