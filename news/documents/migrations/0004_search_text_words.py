"""The register's search text becomes whole folded words of the number, type, summary, issuing
body, signer and field, between single spaces: written again for every document."""

from django.db import migrations

from news.text import syllables


def forwards(apps, schema_editor):
    Document = apps.get_model("documents", "Document")
    for document in Document.objects.select_related("doc_type", "issuer", "topic"):
        parts = [document.number, document.summary, document.signer]
        parts += [c.name for c in (document.doc_type, document.issuer, document.topic) if c]
        words = " ".join(s.folded for s in syllables(" ".join(parts)))
        Document.objects.filter(pk=document.pk).update(search_text=f" {words} ")


class Migration(migrations.Migration):
    dependencies = [
        ("documents", "0003_document_unpublish_at"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
