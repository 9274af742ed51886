"""The links app's sidebar block."""

from django import template

from news.cache import lists
from news.links.models import Partner

register = template.Library()


@register.inclusion_tag("links/includes/partner_links.html")
def partner_links():
    """{% partner_links %}: a drop-down of the partner sites, a plain list without JavaScript."""
    lists(Partner)
    return {"partners": list(Partner.objects.published())}
