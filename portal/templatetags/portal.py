"""Site-wide template filters."""

from django import template

from news import text
from portal import visits

register = template.Library()


@register.filter
def date_line(value):
    """{{ article.publish_at|date_line }} -> "Thứ 2, Ngày 25/10/2021"."""
    if not value:
        return ""
    return text.date_line(value)


@register.filter
def thousands(value):
    """12345 -> "12.345", the Vietnamese way of grouping digits."""
    return f"{int(value or 0):,}".replace(",", ".")


@register.inclusion_tag("portal/includes/visitor_stats.html")
def visitor_stats():
    """{% visitor_stats %}: online now, today, this month and in total (portal/visits.py)."""
    return {"stats": visits.stats()}
