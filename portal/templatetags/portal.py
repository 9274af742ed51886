"""Site-wide template filters and tags: the date line, pictures, absolute URLs, JSON-LD."""

from django import template
from django.urls import reverse
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

from news import renditions, text
from portal import pagecache, seo, tracking, visits

register = template.Library()


@register.filter
def date_line(value):
    """{{ article.publish_at|date_line }} -> "Thứ 2, Ngày 25/10/2021"."""
    if not value:
        return ""
    return text.date_line(value)


@register.simple_tag
def picture(image, alt="", sizes=None, loading="lazy", css_class="", priority=False, crop=None):
    """{% picture article.image alt=article.image_alt sizes="200px" loading="eager" %}

    A responsive `<picture>` from the renditions made when the image was saved; nothing is
    read from disk while rendering. `crop="16:9"` or `crop="1:1"`: that shape, cut around the
    image's focal point.
    """
    return renditions.picture_html(
        image,
        alt=alt,
        sizes=sizes,
        loading=loading,
        css_class=css_class,
        priority=priority,
        crop=crop,
    )


@register.simple_tag
def share_image(image):
    """{% share_image article.image %}: the address of its 1200x630 image for social networks."""
    return renditions.share_url(image) if image else ""


@register.simple_tag
def srcset(image):
    """{% srcset photo.image %}: the WebP `srcset` of a stored image, for scripts to use."""
    record = renditions.renditions_of(image) if image else {}
    return renditions.srcset(image.storage, record["webp"]) if record.get("webp") else ""


@register.simple_tag(takes_context=True)
def absolute_url(context, path=None):
    """{% absolute_url article.get_absolute_url %}; without a path, this page's canonical URL.

    The canonical URL of a page keeps only its page number, so that filters and tracking
    parameters do not make copies of it for search engines.
    """
    request = context["request"]
    if path is None:
        path = request.path
        page = request.GET.get("page", "")
        if page.isdigit() and int(page) > 1:
            path = f"{path}?page={int(page)}"
    return request.build_absolute_uri(path)


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, item):
    return seo.json_ld(seo.news_article(context["request"], context["site"], item))


@register.simple_tag(takes_context=True)
def breadcrumb_json_ld(context, *items):
    """{% breadcrumb_json_ld category.parent category article %}: empty items are skipped."""
    crumbs = [(_("Trang chủ"), reverse("home"))]
    for item in items:
        if item:
            crumbs.append((getattr(item, "name", None) or item.title, item.get_absolute_url()))
    return seo.json_ld(seo.breadcrumb_list(context["request"], crumbs))


@register.simple_tag
def query_with(request, **kwargs):
    """The current query string with `kwargs` changed: pagination that keeps the filters."""
    query = request.GET.copy()
    for key, value in kwargs.items():
        query[key] = value
    return query.urlencode()


@register.filter
def thousands(value):
    """12345 -> "12.345", the Vietnamese way of grouping digits."""
    return f"{int(value or 0):,}".replace(",", ".")


@register.simple_tag
def visitor_stats():
    """{% visitor_stats %}: online now, today, this month and in total (portal/visits.py).

    On every page and never cached, so made without a template of its own: rendering one cost
    a tenth of an uncached article page.
    """
    stats = visits.stats()
    rows = [
        (_("Đang trực tuyến"), stats["online"]),
        (_("Hôm nay"), stats["today"]),
        (_("Tháng này"), stats["month"]),
        (_("Tổng lượt truy cập"), stats["total"]),
    ]
    return format_html(
        '<section class="sidebar-block" aria-labelledby="visitor-stats-heading">\n'
        '  <h2 class="sidebar-block__title" id="visitor-stats-heading">{}</h2>\n'
        '  <dl class="sidebar-block__body visitor-stats">\n{}  </dl>\n</section>',
        _("Thống kê truy cập"),
        format_html_join(
            "",
            "    <div><dt>{}</dt><dd>{}</dd></div>\n",
            ((label, thousands(n)) for label, n in rows),
        ),
    )


@register.simple_tag(takes_context=True)
def sidebar_blocks(context):
    """{% sidebar_blocks %}: the sidebar, cached on its own (portal.pagecache puts it into cached
    pages as they are served, so its figures stay live)."""
    html, tags = pagecache.sidebar()
    request = context.get("request")
    if request is not None:
        request.sidebar = (html, tags)
    return mark_safe(html)  # noqa: S308 (our own template's output)


@register.simple_tag(takes_context=True)
def tracking_script(context):
    """{% tracking_script %}: the agency's script, allowed by this page's policy only."""
    return tracking.script_tag(context["request"], context["site"])
