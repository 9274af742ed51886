"""What pages tell machines: absolute URLs and JSON-LD (schema.org) for search engines."""

import json

from django.templatetags.static import static
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe

# json.dumps leaves these as they are; inside <script> they could end it early.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def json_ld(data):
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308


def logo_url(request, site):
    return request.build_absolute_uri(site.logo.url if site.logo else static("img/emblem.svg"))


def news_article(request, site, item):
    """schema.org NewsArticle of a published item with title, lead, image, dates, author."""
    url = request.build_absolute_uri(item.get_absolute_url())
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "url": url,
        "headline": item.title[:110],
        "datePublished": timezone.localtime(item.publish_at).isoformat(),
        "dateModified": timezone.localtime(item.updated_at).isoformat(),
        "inLanguage": "vi",
        "publisher": {
            "@type": "Organization",
            "name": site.name,
            "logo": {"@type": "ImageObject", "url": logo_url(request, site)},
        },
    }
    if getattr(item, "lead", ""):
        data["description"] = strip_tags(item.lead)
    if getattr(item, "image", None):
        data["image"] = [request.build_absolute_uri(item.image.url)]
    author = getattr(item, "author_name", "")
    data["author"] = (
        {"@type": "Person", "name": author}
        if author
        else {"@type": "Organization", "name": site.name}
    )
    return data


def breadcrumb_list(request, crumbs):
    """schema.org BreadcrumbList from (name, path) pairs, home first."""
    return {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {
                "@type": "ListItem",
                "position": position,
                "name": name,
                "item": request.build_absolute_uri(path),
            }
            for position, (name, path) in enumerate(crumbs, start=1)
        ],
    }
