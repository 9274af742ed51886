"""RSS 2.0 feeds: the whole site (/rss/) and one per category (/rss/<slug>/).

Dates carry the site's offset (+0700), links are absolute, the lead is the description and the
featured image rides along as an enclosure with its length and type.
"""

import mimetypes

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _

from news.articles.models import Article, Category
from news.cache import lists
from news.text import strip_controls
from portal.content import BY_MODEL, SOURCES
from portal.context_processors import site_identity

FEED_ITEMS = 30


def _xml_safe(value):
    if isinstance(value, str):
        return strip_controls(value, multiline=True)
    if isinstance(value, list | tuple):
        return [_xml_safe(part) for part in value]
    return value


class XMLSafeRss(Rss201rev2Feed):
    """RSS 2.0 that carries any stored text: what XML 1.0 cannot hold is left out, since one
    control character (saved before they were stripped, or written with SQL) would otherwise
    fail the whole feed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.feed = {key: _xml_safe(value) for key, value in self.feed.items()}

    def add_item(self, *args, **kwargs):
        super().add_item(*args, **kwargs)
        self.items[-1] = {key: _xml_safe(value) for key, value in self.items[-1].items()}


class LatestFeed(Feed):
    feed_type = XMLSafeRss
    language = "vi"

    @classmethod
    def as_view(cls):
        """A view making one feed object per request: the object keeps the request's data."""

        def view(request, *args, **kwargs):
            return cls()(request, *args, **kwargs)

        return view

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.site = site_identity()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.site.name

    def link(self):
        return reverse("home")

    def description(self):
        return _("Tin mới nhất của %(site)s") % {"site": self.site.name}

    def items(self):
        """The newest items of every content type, merged: one query per type."""
        for source in SOURCES:
            lists(source.model)
        newest = [
            item
            for source in SOURCES
            if source.in_feed
            for item in source.published().defer(*filter(None, [source.body]))[:FEED_ITEMS]
        ]
        return sorted(newest, key=lambda item: (item.publish_at, item.pk), reverse=True)[
            :FEED_ITEMS
        ]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        # An item's description is HTML to feed readers; the lead is plain text, shown as typed.
        source = BY_MODEL[type(item)]
        return escape(source.value(item, source.lead))

    def item_pubdate(self, item):
        return timezone.localtime(item.publish_at)

    def item_updateddate(self, item):
        return timezone.localtime(item.updated_at)

    def item_author_name(self, item):
        return getattr(item, "author_name", "") or None

    def item_categories(self, item):
        source = BY_MODEL[type(item)]
        category = source.value(item, source.category)
        return [category.name] if category else []

    def _image(self, item):
        source = BY_MODEL[type(item)]
        return source.value(item, source.image) or None

    def item_enclosure_url(self, item):
        image = self._image(item)
        return self.request.build_absolute_uri(image.url) if image else None

    def item_enclosure_length(self, item):
        try:
            return self._image(item).size
        except OSError:
            return 0  # the file went missing: still a valid enclosure, of unknown length

    def item_enclosure_mime_type(self, item):
        return mimetypes.guess_type(self._image(item).name)[0] or "image/jpeg"


class CategoryFeed(LatestFeed):
    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, category):
        return f"{category.name} | {self.site.name}"

    def link(self, category):
        return category.get_absolute_url()

    def description(self, category):
        return category.description or _("Tin mới nhất của chuyên mục %(name)s") % {
            "name": category.name
        }

    def items(self, category):
        ids = [category.pk, *category.children.values_list("pk", flat=True)]
        lists(Article, category=ids)
        return Article.objects.published().for_listing().filter(category_id__in=ids)[:FEED_ITEMS]
