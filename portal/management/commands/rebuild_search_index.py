"""Write the search index again from the published content of every content type."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal import search


class Command(BaseCommand):
    help = (
        "Rebuild the site-wide search index. Saving keeps it current by itself; run this after "
        "importing content with bulk SQL, or once after adding a content type to search."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        written = search.rebuild()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {written} entries."))
