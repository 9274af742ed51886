"""The sitemap: an index at /sitemap.xml, one section per content type plus categories.

Django's sitemaps framework splits a section into pages of 50,000 URLs and lists every page in
the index. Items come in primary-key order so a page's URLs stay put as new ones are added.
"""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, OuterRef, Subquery

from news.articles.models import Article, Category
from news.cache import lists, page_query, searches
from portal.content import SOURCES


class SourceSitemap(Sitemap):
    def __init__(self, source):
        self.source = source

    def items(self):
        searches(self.source.model)
        return (
            self.source.model.objects.published()
            .only("pk", "updated_at", *self.source.url_fields)
            .order_by("pk")
        )

    def lastmod(self, item):
        return item.updated_at

    def get_latest_lastmod(self):
        searches(self.source.model)
        return self.source.model.objects.published().aggregate(last=Max("updated_at"))["last"]


class CategorySitemap(Sitemap):
    def items(self):
        lists(Category)
        searches(Article)
        newest = (
            Article.objects.published()
            .filter(category=OuterRef("pk"))
            .order_by("-updated_at")
            .values("updated_at")[:1]
        )
        return Category.objects.annotate(last_change=Subquery(newest)).order_by("pk")

    def lastmod(self, category):
        return category.last_change

    def get_latest_lastmod(self):
        searches(Article)
        return Article.objects.published().aggregate(last=Max("updated_at"))["last"]


SITEMAPS = {"categories": CategorySitemap(), **{s.name: SourceSitemap(s) for s in SOURCES}}


def index(request):
    return sitemap_views.index(request, SITEMAPS, sitemap_url_name="sitemap_section")


@page_query("p")
def section(request, section):
    return sitemap_views.sitemap(request, SITEMAPS, section=section)
