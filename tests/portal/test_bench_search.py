"""`manage.py bench_search` times search over synthetic articles and leaves nothing behind."""

import pytest
from django.core.management import call_command

from news.articles.models import Article
from portal.models import SearchEntry

pytestmark = pytest.mark.django_db


def test_bench_search_times_every_kind_of_query_and_rolls_back(capsys):
    call_command("bench_search", articles=40, runs=1, plans=True)
    out = capsys.readouterr().out
    assert "40 articles inserted" in out
    for label in ("common phrase", "rare word", "quoted and a word", "typing mistake"):
        assert label in out
    assert "search() median" in out
    assert not Article.objects.exists() and not SearchEntry.objects.exists()
