"""The content types that site-wide pages cover, each described once.

Search, the RSS feed of the whole site and the sitemap all read SOURCES: a new content type
(albums, videos...) joins all three with one entry here. Each model must be `Publishable`
(status, publish_at, updated_at, `published()`) with a `title` and `get_absolute_url()`.
"""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _

from news.articles.models import Article
from news.galleries.models import Album
from news.videos.models import Video


@dataclass(frozen=True)
class Source:
    name: str  # sitemap section: /sitemap-<name>.xml
    model: type
    label: str  # shown beside a search result
    lead: str = ""  # a plain-text summary field: feed description, search
    body: str = ""  # a rich-text field: search only
    image: str = ""  # an image field: feed enclosure
    category: str = ""  # a foreign key to articles.Category: the search filter
    url_fields: tuple = ("slug",)  # what get_absolute_url() reads
    select_related: tuple = ()

    @property
    def kind(self):
        return self.model._meta.label_lower

    def published(self):
        return self.model.objects.published().select_related(*self.select_related)

    def value(self, obj, field):
        return getattr(obj, field) if field else ""


SOURCES = [
    Source(
        name="articles",
        model=Article,
        label=_("Bài viết"),
        lead="lead",
        body="body",
        image="image",
        category="category",
        select_related=("category",),
    ),
    Source(name="albums", model=Album, label=_("Album ảnh"), lead="description"),
    Source(name="videos", model=Video, label=_("Video"), lead="description", url_fields=("id",)),
]

BY_KIND = {source.kind: source for source in SOURCES}
BY_MODEL = {source.model: source for source in SOURCES}
