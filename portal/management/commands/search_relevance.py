"""Measure search on the judged set: precision at 5, mean reciprocal rank, the queries missed."""

from django.core.management.base import BaseCommand
from django.db import transaction

from portal import search_quality


class Rollback(Exception):
    pass


class Command(BaseCommand):
    help = (
        "Load the judged relevance set (portal/demo/relevance.py), run its queries, and print "
        "precision at 5, the mean reciprocal rank and the queries that miss. Everything is "
        "rolled back: the database is left as it was."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", action="store_true", help="Print every query's results.")

    def handle(self, *args, all, **options):
        try:
            with transaction.atomic():
                report = search_quality.evaluate(search_quality.load())
                raise Rollback
        except Rollback:
            pass
        shown = report.outcomes if all else report.misses()
        for outcome in shown:
            asked = f" -> {outcome.asked!r}" if outcome.asked != outcome.query else ""
            self.stdout.write(
                f"{outcome.query!r}{asked} ({outcome.kind}): P@5 {outcome.precision:.2f}, "
                f"RR {outcome.reciprocal_rank:.2f}; wanted {outcome.relevant}, "
                f"got {outcome.found[:5]}"
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.outcomes)} queries: precision at 5 {report.precision:.3f}, "
                f"mean reciprocal rank {report.mrr:.3f}, {len(report.misses())} missed."
            )
        )
