"""Site-wide template filters."""

from django import template

from news import text

register = template.Library()


@register.filter
def date_line(value):
    """{{ article.publish_at|date_line }} -> "Thứ 2, Ngày 25/10/2021"."""
    if not value:
        return ""
    return text.date_line(value)
