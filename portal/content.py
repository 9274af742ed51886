"""The content types that site-wide pages cover, each described once.

Search, the RSS feed of the whole site and the sitemap all read SOURCES: a new content type
(albums, videos...) joins all three with one entry here. Each model must be `Publishable`
(status, publish_at, updated_at, `published()`) with a `title` and `get_absolute_url()`.
"""

from dataclasses import dataclass
from functools import reduce

from django.utils.translation import gettext_lazy as _

from news.articles.models import Article
from news.documents.models import Document
from news.galleries.models import Album
from news.pages.models import Page
from news.videos.models import Video


@dataclass(frozen=True)
class Source:
    name: str  # sitemap section: /sitemap-<name>.xml; the search filter's value
    model: type
    label: str  # shown beside a search result, and in the search filter
    lead: str = ""  # a plain-text summary field: feed description, search
    body: str = ""  # a rich-text field: search only
    details: tuple = ()  # plain-text fields ("issuer.name") searched with the body
    in_feed: bool = True  # in the site's RSS feed ("Tin mới nhất")
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
        """`field` of `obj`, following dots ("issuer.name"); "" for what is missing."""
        if not field:
            return ""
        found = reduce(lambda o, name: getattr(o, name, None) if o else None, field.split("."), obj)
        return found or ""

    def details_text(self, obj):
        return " ".join(str(v) for v in (self.value(obj, f) for f in self.details) if v)


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
    Source(
        name="documents",
        model=Document,
        label=_("Văn bản"),
        lead="summary",
        details=("issuer.name", "signer", "topic.name"),
        in_feed=False,
        select_related=("doc_type", "issuer", "topic"),
    ),
    Source(name="pages", model=Page, label=_("Trang"), body="body", in_feed=False),
]

BY_KIND = {source.kind: source for source in SOURCES}
BY_MODEL = {source.model: source for source in SOURCES}
BY_NAME = {source.name: source for source in SOURCES}
