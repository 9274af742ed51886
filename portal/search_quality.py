"""How good search is, measured on the judged set of portal.demo.relevance.

Precision at 5 is the share of the first five results that are judged relevant, out of at most
as many as there are relevant items (a query with two relevant items scores 1.0 when both are
in its first five). The reciprocal rank is 1 / the position of the first relevant result (0
when there is none). Both are averaged over the queries.
"""

import datetime
from dataclasses import dataclass, field

from django.utils import timezone

from news.articles.models import Article, Category
from news.documents.models import Document, DocumentType, Issuer, Topic
from news.publishing import Status
from portal import search
from portal.demo import relevance

CUTOFF = 5


@dataclass
class Outcome:
    query: str
    kind: str
    relevant: list
    found: list  # keys of the set, best first
    asked: str  # what was searched: the query, or the correction a reader would click

    @property
    def precision(self):
        top = self.found[:CUTOFF]
        wanted = min(CUTOFF, len(self.relevant))
        return sum(key in self.relevant for key in top) / wanted

    @property
    def reciprocal_rank(self):
        for position, key in enumerate(self.found, start=1):
            if key in self.relevant:
                return 1 / position
        return 0.0


@dataclass
class Report:
    outcomes: list = field(default_factory=list)

    @property
    def precision(self):
        return sum(o.precision for o in self.outcomes) / len(self.outcomes)

    @property
    def mrr(self):
        return sum(o.reciprocal_rank for o in self.outcomes) / len(self.outcomes)

    def misses(self):
        """Queries whose first result is not relevant or that leave relevant items out of the
        first five."""
        return [o for o in self.outcomes if o.precision < 1 or o.reciprocal_rank < 1]


def load():
    """Write the judged set into the database; returns {(kind, id): key}."""
    now = timezone.now()
    category = Category.objects.create(name="Bộ đánh giá tìm kiếm", slug="danh-gia-tim-kiem")
    keys = {}
    for key, days_ago, title, lead, body in relevance.ARTICLES + relevance.FILLER:
        article = Article.objects.create(
            title=title,
            slug=f"danh-gia-{key}",
            category=category,
            lead=lead,
            body=f"<p>{body}</p>",
            status=Status.PUBLISHED,
            publish_at=now - datetime.timedelta(days=days_ago, minutes=len(keys)),
        )
        keys[Article._meta.label_lower, article.pk] = key
    for key, days_ago, type_name, number, summary, issuer, signer, topic in relevance.DOCUMENTS:
        document = Document.objects.create(
            number=number,
            slug=f"danh-gia-{key}",
            doc_type=DocumentType.objects.get_or_create(name=type_name)[0],
            issuer=Issuer.objects.get_or_create(name=issuer)[0],
            topic=Topic.objects.get_or_create(name=topic)[0],
            signer=signer,
            summary=summary,
            issued_on=(now - datetime.timedelta(days=days_ago)).date(),
            status=Status.PUBLISHED,
            publish_at=now - datetime.timedelta(days=days_ago, minutes=len(keys)),
        )
        keys[Document._meta.label_lower, document.pk] = key
    return keys


def evaluate(keys):
    """Run every judged query; `keys` maps the set's items to their keys (see load())."""
    report = Report()
    for text, relevant, kind in relevance.QUERIES:
        query = search.Query.parse(search.clean_query(text)[0])
        matches = _in_set(search.search(query), keys)
        asked = text
        if len(matches) < search.FEW_RESULTS:
            suggestion = search.suggestion(query, {})
            if suggestion:
                asked = suggestion[0]
                matches = _in_set(search.search(search.Query.parse(asked)), keys)
        report.outcomes.append(Outcome(text, kind, relevant, matches, asked))
    return report


def _in_set(matches, keys):
    return [keys[m.kind, m.object_id] for m in matches if (m.kind, m.object_id) in keys]
