"""Site-wide template tags and filters."""

from django import template

from news import renditions, text

register = template.Library()


@register.filter
def date_line(value):
    """{{ article.publish_at|date_line }} -> "Thứ 2, Ngày 25/10/2021"."""
    if not value:
        return ""
    return text.date_line(value)


@register.simple_tag
def picture(image, alt="", sizes=None, loading="lazy", css_class="", priority=False):
    """{% picture article.image alt=article.image_alt sizes="200px" loading="eager" %}

    A responsive `<picture>` from the renditions made when the image was saved; nothing is
    read from disk while rendering.
    """
    return renditions.picture_html(
        image, alt=alt, sizes=sizes, loading=loading, css_class=css_class, priority=priority
    )


@register.simple_tag
def srcset(image):
    """{% srcset photo.image %}: the WebP `srcset` of a stored image, for scripts to use."""
    record = renditions.renditions_of(image) if image else {}
    return renditions.srcset(image.storage, record["webp"]) if record.get("webp") else ""
