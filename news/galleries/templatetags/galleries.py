"""The galleries app's sidebar block."""

from django import template

from news.cache import lists
from news.galleries.models import Album, Photo

register = template.Library()


@register.inclusion_tag("galleries/includes/latest_photos.html")
def latest_photos(count=6):
    """{% latest_photos %}: photos of the newest published albums, each linking to its album."""
    lists(Album)
    lists(Photo)
    # The newest albums first (off their index), then only their photos are sorted.
    newest = Album.objects.published().exclude(photos=None).values("pk")[:count]
    photos = (
        Photo.objects.filter(album__in=newest)
        .select_related("album")
        .only("image", "image_renditions", "caption", "alt", "album__title", "album__slug")
        .order_by("-album__publish_at", "-album_id", "position", "pk")
    )
    return {"photos": photos[:count]}
