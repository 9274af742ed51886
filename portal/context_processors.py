"""What every page's layout needs: the site identity and the main menu."""

from django.db.models import Prefetch
from django.urls import reverse
from django.utils.translation import gettext as _

from news.articles.models import Category
from news.cache import cached, content_version
from news.pages.models import Language, Page
from portal.models import SiteIdentity

# The register sits after the categories (ordered from 1) and before pages given a high order
# ("Liên hệ"); a page or category ordered above 50 comes after it.
DOCUMENTS_MENU_ORDER = 50


def main_menu():
    """Top-level categories shown in the menu, each with its children in `menu_children`."""
    children = Category.objects.filter(show_in_menu=True)
    return list(
        Category.objects.filter(parent=None, show_in_menu=True).prefetch_related(
            Prefetch("children", queryset=children, to_attr="menu_children")
        )
    )


def menu_entries():
    """The main menu's entries: top-level categories and published pages, by their `order`
    (a category before a page of the same order)."""
    entries = [
        {
            "name": category.name,
            "url": category.get_absolute_url(),
            "order": category.order,
            "lang": "",
            "children": [
                {"name": child.name, "url": child.get_absolute_url()}
                for child in category.menu_children
            ],
        }
        for category in cached("main-menu", main_menu)
    ]
    pages = Page.objects.published().filter(show_in_menu=True)
    entries += [
        {
            "name": page.title,
            "url": page.get_absolute_url(),
            "order": page.order,
            "lang": "" if page.language == Language.VIETNAMESE else page.language,
            "children": [],
        }
        for page in pages.only("title", "slug", "order", "language")
    ]
    entries.append(
        {
            "name": _("Văn bản"),
            "url": reverse("documents:index"),
            "order": DOCUMENTS_MENU_ORDER,
            "lang": "",
            "children": [],
        }
    )
    return sorted(entries, key=lambda entry: entry["order"])


def site(request):
    def current_menu_url():
        # Keys the cached header: the menu marks the entry this page is (aria-current).
        if request.path == "/":
            return "/"
        for entry in cached("menu-entries", menu_entries):
            for link in (entry, *entry["children"]):
                if link["url"] == request.path:
                    return request.path
        return ""

    return {
        # Keys the template fragments cached until the next write ({% cache ... content_version %}).
        "content_version": content_version(),
        "site": cached("site-identity", SiteIdentity.current),
        # Callables: a template calls them only when a cached fragment has to be made again.
        "menu_current": current_menu_url,
        "menu_entries": lambda: cached("menu-entries", menu_entries),
    }
