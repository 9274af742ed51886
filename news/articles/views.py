"""Public pages of articles: a category's list, a keyword's list and an article."""

from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from .models import Article, Category, Tag

PAGE_SIZE = 15
OTHER_ARTICLES = 8
RELATED_ARTICLES = 5


class CategoryView(ListView):
    template_name = "articles/category.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.category = get_object_or_404(
            Category.objects.select_related("parent"), slug=self.kwargs["slug"]
        )
        ids = [self.category.pk, *self.category.children.values_list("pk", flat=True)]
        return Article.objects.published().for_listing().filter(category_id__in=ids)

    def get_context_data(self, **kwargs):
        return super().get_context_data(category=self.category, **kwargs)


class TagView(ListView):
    template_name = "articles/tag.html"
    context_object_name = "articles"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        self.tag = get_object_or_404(Tag, slug=self.kwargs["slug"])
        return Article.objects.published().for_listing().filter(tags=self.tag)

    def get_context_data(self, **kwargs):
        return super().get_context_data(tag=self.tag, **kwargs)


class ArticleView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"

    def can_preview(self):
        user = self.request.user
        return user.is_active and user.is_staff and user.has_perm("articles.change_article")

    def get_queryset(self):
        articles = Article.objects.select_related("category__parent").prefetch_related("tags")
        return articles if self.can_preview() else articles.published()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if self.object.is_published:
            self.object.count_view()
            # Served again from the page cache, the page still counts its views.
            response.counts_view = (Article._meta.label_lower, self.object.pk)
        else:
            # A preview: never cached, never indexed.
            response["Cache-Control"] = "private, no-store"
            response["X-Robots-Tag"] = "noindex"
        return response

    def get_context_data(self, **kwargs):
        article = self.object
        related = list(article.related(RELATED_ARTICLES))
        others = (
            Article.objects.published()
            .for_listing()
            .filter(category_id=article.category_id)
            .exclude(pk__in=[article.pk, *(r.pk for r in related)])[:OTHER_ARTICLES]
        )
        return super().get_context_data(
            preview=not article.is_published,
            related_articles=related,
            other_articles=others,
            **kwargs,
        )
