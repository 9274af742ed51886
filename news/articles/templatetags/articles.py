"""The articles app's sidebar block."""

from django import template

from news.articles.models import Article

register = template.Library()


@register.inclusion_tag("articles/includes/most_read.html")
def most_read_articles(count=5):
    """{% most_read_articles %}: the published articles readers opened most.

    Views are counted without a write readers see, so the order is as old as the sidebar
    (news.cache, LIVE_SECONDS); an article that leaves the site leaves the list at once."""
    articles = Article.objects.published().only("title", "slug").order_by("-view_count", "-id")
    return {"articles": articles[:count]}
