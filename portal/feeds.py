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
from django.utils.translation import gettext as _

from news.articles.models import Article, Category
from news.cache import cached
from portal.content import BY_MODEL, SOURCES
from portal.models import SiteIdentity

FEED_ITEMS = 30


class LatestFeed(Feed):
    feed_type = Rss201rev2Feed
    language = "vi"

    @classmethod
    def as_view(cls):
        """A view making one feed object per request: the object keeps the request's data."""

        def view(request, *args, **kwargs):
            return cls()(request, *args, **kwargs)

        return view

    def __call__(self, request, *args, **kwargs):
        self.request = request
        self.site = cached("site-identity", SiteIdentity.current)
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.site.name

    def link(self):
        return reverse("home")

    def description(self):
        return _("Tin mới nhất của %(site)s") % {"site": self.site.name}

    def items(self):
        """The newest items of every content type, merged: one query per type."""
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
        source = BY_MODEL[type(item)]
        return source.value(item, source.lead)

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
        return Article.objects.published().for_listing().filter(category_id__in=ids)[:FEED_ITEMS]
