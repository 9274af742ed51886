"""Public pages of articles: a category, a keyword, an article, its print view, a month."""

import datetime

from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, ListView

from news.cache import cached
from news.pagination import DeferredJoinPaginator
from news.preview import mark_preview, preview_of

from .models import Article, Category, Tag

PAGE_SIZE = 15
OTHER_ARTICLES = 8
RELATED_ARTICLES = 5


class CategoryView(ListView):
    paginator_class = DeferredJoinPaginator
    template_name = "articles/category.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        slug = self.kwargs["slug"]
        found = cached(f"category:{slug}", lambda: self.find_category(slug))
        if not found:
            raise Http404
        self.category, self.ids = found
        return Article.objects.published().for_listing().filter(category_id__in=self.ids)

    @staticmethod
    def find_category(slug):
        category = Category.objects.select_related("parent").filter(slug=slug).first()
        if category is None:
            return False
        return category, [category.pk, *category.children.values_list("pk", flat=True)]

    def get_paginator(self, queryset, per_page, **kwargs):
        paginator = super().get_paginator(queryset, per_page, **kwargs)
        # Counting a large category's articles on every page view is its most costly query;
        # the count only changes with a write, which changes the content version.
        paginator.count = cached(f"category-count:{self.category.pk}", queryset.count)
        return paginator

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class TagView(ListView):
    paginator_class = DeferredJoinPaginator
    template_name = "articles/tag.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        # A keyword only unpublished articles use is 404: its page must not tell that an
        # embargoed subject exists.
        published = Article.objects.published()
        self.tag = Tag.objects.filter(slug=self.kwargs["slug"], articles__in=published).first()
        if self.tag is None:
            raise Http404
        return published.for_listing().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class ArticleView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        # Tags are read by the page's cached fragments only when those are rebuilt.
        return Article.objects.select_related("category__parent")

    def get_object(self, queryset=None):
        # What readers see of an article changes only with a write, which changes the content
        # version: the published article is read once per version, not once per view.
        slug = self.kwargs["slug"]
        article = cached(
            f"article:{slug}",
            lambda: self.get_queryset().published().filter(slug=slug).first() or False,
        )
        return article or preview_of(self.request.user, self.get_queryset().filter(slug=slug))

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.object.is_published:
            self.object.count_view()
            # Served again from the page cache, the page still counts its views.
            response.counts_view = (Article._meta.label_lower, self.object.pk)
        else:
            mark_preview(response)
        return response

    def get_context_data(self, **kwargs):
        article = self.object

        def others():
            return list(
                Article.objects.published()
                .for_listing()
                .filter(category_id=article.category_id)
                .exclude(pk__in=[article.pk, *(r.pk for r in related)])[:OTHER_ARTICLES]
            )

        # Evaluated only if the template's cached fragment of these lists has expired.
        related = SimpleLazyObject(lambda: list(article.related(RELATED_ARTICLES)))
        return super().get_context_data(
            preview=not article.is_published,
            related_articles=related,
            other_articles=SimpleLazyObject(others),
            **kwargs,
        )


class ArticlePrintView(DetailView):
    """The article alone, laid out for paper: no menu, no sidebar, the address printed."""

    template_name = "articles/article_print.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.published().select_related("category")


class ArchiveView(ListView):
    """/<year>/<month>/: every article published that month, so that none is ever out of reach
    once it has left the home page."""

    template_name = "articles/archive.html"
    paginator_class = DeferredJoinPaginator
    context_object_name = "articles"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        year, month = int(self.kwargs["year"]), int(self.kwargs["month"])
        if not datetime.MINYEAR <= year < datetime.MAXYEAR:
            raise Http404
        self.month = datetime.date(year, month, 1)
        following = (self.month + datetime.timedelta(days=32)).replace(day=1)
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.month, datetime.time.min, tzinfo=tz)
        end = datetime.datetime.combine(following, datetime.time.min, tzinfo=tz)
        return (
            Article.objects.published()
            .for_listing()
            .filter(publish_at__gte=start, publish_at__lt=end)
        )

    def get_context_data(self, **kwargs):
        months = cached(
            "archive-months",
            lambda: list(
                Article.objects.published().dates("publish_at", "month", order="DESC")[:24]
            ),
        )
        return super().get_context_data(month=self.month, months=months, **kwargs)
