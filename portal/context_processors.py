"""What every page's layout needs: the site identity and the main menu."""

from django.db.models import Prefetch

from news.articles.models import Category
from portal.cache import cached
from portal.models import SiteIdentity


def main_menu():
    """Top-level categories shown in the menu, each with its children in `menu_children`."""
    children = Category.objects.filter(show_in_menu=True)
    return list(
        Category.objects.filter(parent=None, show_in_menu=True).prefetch_related(
            Prefetch("children", queryset=children, to_attr="menu_children")
        )
    )


def site(request):
    return {
        "site": cached("site-identity", SiteIdentity.current),
        "main_menu": cached("main-menu", main_menu),
    }
