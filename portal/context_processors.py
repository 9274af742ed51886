"""What every page's layout needs: the site identity and the main menu, both from the cache."""

from dataclasses import dataclass, field

from django.db.models import BigIntegerField, CharField, Value
from django.urls import reverse
from django.utils.translation import gettext as _

from news.articles.models import Category
from news.cache import cached, depends_on, lists, tag_of
from news.pages.models import Language, Page
from portal.models import SiteIdentity

# The register sits after the categories (ordered from 1) and before pages given a high order
# ("Liên hệ"); a page or category ordered above 50 comes after it.
DOCUMENTS_MENU_ORDER = 50


@dataclass
class MenuEntry:
    name: str
    url: str
    order: int = 0
    lang: str = ""
    slug: str = ""
    pk: int | None = None  # a category's; None for pages and the register
    children: list = field(default_factory=list)

    @property
    def menu_children(self):
        return self.children


def menu_entries():
    """The main menu: top-level categories (with their children) and published pages, by their
    `order` (a category before a page of the same order), read in one query."""
    lists(Category)
    lists(Page)
    text = CharField()
    categories = Category.objects.filter(show_in_menu=True).values_list(
        "pk", "name", "slug", "parent_id", "order", Value("", output_field=text)
    )
    pages = (
        Page.objects.published()
        .filter(show_in_menu=True)
        .values_list(
            "pk",
            "title",
            "slug",
            Value(None, output_field=BigIntegerField()),
            "order",
            "language",
        )
        .order_by()
    )
    rows = list(categories.order_by().union(pages, all=True))
    top, children, entries = {}, [], []
    for pk, name, slug, parent_id, order, language in rows:
        if language:  # a page: its language is never empty
            depends_on(tag_of(Page, pk))
            lang = "" if language == Language.VIETNAMESE else language
            entries.append(MenuEntry(name, reverse("pages:detail", args=[slug]), order, lang, slug))
        elif parent_id is None:
            entry = MenuEntry(name, reverse("articles:category", args=[slug]), order, "", slug, pk)
            top[pk] = entry
            entries.append(entry)
        else:
            children.append((order, name, parent_id, slug, pk))
    for order, name, parent_id, slug, pk in sorted(children):
        if parent_id in top:
            url = reverse("articles:category", args=[slug])
            top[parent_id].children.append(MenuEntry(name, url, order, "", slug, pk))
    entries.append(MenuEntry(_("Văn bản"), reverse("documents:index"), DOCUMENTS_MENU_ORDER))
    # Categories first among equal orders, then by name, as the categories' own ordering.
    return sorted(entries, key=lambda entry: (entry.order, entry.pk is None, entry.name))


def menu():
    return cached("menu", make=menu_entries)


def main_menu():
    """The top-level categories of the menu, each with its children in `menu_children`."""
    return [entry for entry in menu() if entry.pk is not None]


def _identity():
    lists(SiteIdentity)
    return SiteIdentity.current()


def site_identity():
    return cached("site-identity", make=_identity)


class Identity:
    """The site identity for templates. Each use reads it through the cache (once per request),
    so every cached fragment that shows a part of it is refreshed when it changes."""

    def __getattr__(self, name):
        return getattr(site_identity(), name)

    def __str__(self):
        return str(site_identity())


def site(request):
    def current_menu_url():
        # Keys the cached header: the menu marks the entry this page is (aria-current).
        if request.path == "/":
            return "/"
        for entry in menu():
            for link in (entry, *entry.children):
                if link.url == request.path:
                    return request.path
        return ""

    return {
        "site": Identity(),
        # Callables: a template calls them only when a cached fragment has to be made again.
        "menu_current": current_menu_url,
        "menu_entries": menu,
    }
