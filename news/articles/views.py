"""Public pages of articles: a category, a keyword, an article, its print view, a month."""

import datetime

from django.db.models import Case, Count, Q, When
from django.http import Http404
from django.utils import timezone
from django.views.generic import DetailView, ListView

from news.cache import cached, lists
from news.pagination import DeferredJoinPaginator
from news.preview import PreviewMixin

from .models import Article, Category, Tag

PAGE_SIZE = 15
OTHER_ARTICLES = 8
RELATED_ARTICLES = 5


class CategoryView(ListView):
    paginator_class = DeferredJoinPaginator
    template_name = "articles/category.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE
    cache_query = ("page",)

    def get_queryset(self):
        slug = self.kwargs["slug"]
        found = cached("category", slug, make=lambda: self.find_category(slug))
        if not found:
            raise Http404
        self.category, self.ids = found
        lists(Article, category=self.ids)
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
        def count():
            lists(Article, category=self.ids)
            return queryset.count()

        paginator.count = cached("category-count", self.category.pk, make=count)
        return paginator

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class TagView(ListView):
    paginator_class = DeferredJoinPaginator
    template_name = "articles/tag.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE
    cache_query = ("page",)

    def get_queryset(self):
        # A keyword only unpublished articles use is 404: its page must not tell that an
        # embargoed subject exists.
        published = Article.objects.published()
        self.tag = Tag.objects.filter(slug=self.kwargs["slug"], articles__in=published).first()
        if self.tag is None:
            raise Http404
        lists(Article, tags=[self.tag.pk])
        return published.for_listing().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class ArticleView(PreviewMixin, DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def get_queryset(self):
        return Article.objects.select_related("category__parent").prefetch_related("tags")

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.object.is_published:
            # Counted for readers (once a day each) by the site, from the page cache too.
            response.counts_view = (Article._meta.label_lower, self.object.pk)
        return response

    def get_context_data(self, **kwargs):
        related, others = related_and_others(self.object)
        return super().get_context_data(
            related_articles=related,
            other_articles=others,
            **kwargs,
        )


def related_and_others(article):
    """The article's related articles ("Tin liên quan": sharing the most keywords, its own
    category first on ties, newest next) and others ("Các tin khác": the newest of its category
    not among them), in one query."""
    tag_ids = [tag.pk for tag in article.tags.all()]
    lists(Article, category=[article.category_id])
    lists(Article, tags=tag_ids)
    published = Article.objects.published().order_by(*Article._meta.ordering)
    # The lists show a title, an address and a date: nothing else is read.
    shown = ("title", "slug", "publish_at", "category_id")
    newest = (
        published.filter(category_id=article.category_id)
        .exclude(pk=article.pk)
        .only(*shown)[: OTHER_ARTICLES + RELATED_ARTICLES]
    )
    if not tag_ids:
        return [], list(newest[:OTHER_ARTICLES])
    same_category = Case(When(category_id=article.category_id, then=1), default=0)
    sharing = (
        published.filter(tags__in=tag_ids)
        .exclude(pk=article.pk)
        .annotate(shared=Count("tags"), same_category=same_category)
        .order_by("-shared", "-same_category", "-publish_at", "-pk")
        .values("pk")
    )
    found = list(
        published.among(newest.values("pk"), sharing[:RELATED_ARTICLES])
        .only(*shown)
        .annotate(shared=Count("tags", filter=Q(tags__in=tag_ids)))
    )
    related = sorted(
        (a for a in found if a.shared),
        key=lambda a: (
            -a.shared,
            a.category_id != article.category_id,
            -a.publish_at.timestamp(),
            -a.pk,
        ),
    )[:RELATED_ARTICLES]
    taken = {a.pk for a in related}
    others = [a for a in found if a.category_id == article.category_id and a.pk not in taken]
    return related, others[:OTHER_ARTICLES]


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
    cache_query = ("page",)

    def get_queryset(self):
        year, month = int(self.kwargs["year"]), int(self.kwargs["month"])
        if not datetime.MINYEAR <= year < datetime.MAXYEAR:
            raise Http404
        self.month = datetime.date(year, month, 1)
        following = (self.month + datetime.timedelta(days=32)).replace(day=1)
        tz = timezone.get_current_timezone()
        start = datetime.datetime.combine(self.month, datetime.time.min, tzinfo=tz)
        end = datetime.datetime.combine(following, datetime.time.min, tzinfo=tz)
        lists(Article)
        return (
            Article.objects.published()
            .for_listing()
            .filter(publish_at__gte=start, publish_at__lt=end)
        )

    def get_context_data(self, **kwargs):
        def recent_months():
            lists(Article)
            return list(Article.objects.published().dates("publish_at", "month", order="DESC")[:24])

        months = cached("archive-months", make=recent_months)
        return super().get_context_data(month=self.month, months=months, **kwargs)
