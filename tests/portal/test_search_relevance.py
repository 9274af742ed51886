"""Search measured on the judged set (portal/demo/relevance.py), on whichever database runs."""

import pytest
from django.core.management import call_command

from portal import search_quality
from portal.demo import relevance

pytestmark = pytest.mark.django_db


def test_the_judged_set_is_large_enough_to_mean_something():
    items = relevance.ARTICLES + relevance.FILLER + relevance.DOCUMENTS
    assert len(items) >= 200
    assert len(relevance.QUERIES) >= 50
    kinds = {kind for _query, _relevant, kind in relevance.QUERIES}
    assert {"marks", "no marks", "some marks", "phrase", "quoted", "typo", "number"} <= kinds
    keys = {item[0] for item in items}
    assert len(keys) == len(items)
    assert all(set(wanted) <= keys for _query, wanted, _kind in relevance.QUERIES)


def test_precision_at_5_and_mean_reciprocal_rank_reach_their_targets():
    report = search_quality.evaluate(search_quality.load())
    missed = "\n".join(f"{o.query}: {o.found[:5]} (wanted {o.relevant})" for o in report.misses())
    assert report.precision >= 0.9, missed
    assert report.mrr >= 0.9, missed


def test_the_command_prints_the_figures_and_leaves_nothing_behind(capsys):
    from news.articles.models import Article

    call_command("search_relevance")
    out = capsys.readouterr().out
    assert "precision at 5" in out and "mean reciprocal rank" in out
    assert not Article.objects.exists()
