import pytest

from news.articles.models import Article
from news.pagination import DeferredJoinPaginator
from tests.factories import make_article, make_category

pytestmark = pytest.mark.django_db


def test_pages_hold_every_item_once_in_the_lists_order():
    category = make_category()
    for n in range(23):
        make_article(f"Bài {n}", category=category, days_ago=n % 5)  # ties on the date
    listing = Article.objects.published().filter(category=category)
    paginator = DeferredJoinPaginator(listing, 10)
    pages = [[a.pk for a in paginator.page(n).object_list] for n in (1, 2, 3)]
    assert [len(page) for page in pages] == [10, 10, 3]
    assert sum(pages, []) == list(listing.values_list("pk", flat=True))
