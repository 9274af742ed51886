"""The document register's sidebar block."""

from django import template

from news.cache import lists
from news.documents.models import Document

register = template.Library()


@register.inclusion_tag("documents/includes/latest_documents.html")
def latest_documents(count=5):
    """{% latest_documents %}: the newest published documents, by date issued."""
    lists(Document)
    documents = Document.objects.published().select_related("doc_type")
    return {
        "documents": documents.only("number", "slug", "summary", "issued_on", "doc_type__name")[
            :count
        ]
    }
