"""The videos app's sidebar block."""

from django import template

from news.cache import lists
from news.videos.models import Video

register = template.Library()


@register.inclusion_tag("videos/includes/latest_videos.html")
def latest_videos(count=4):
    """{% latest_videos %}: the first video playable in place, the next few as links."""
    lists(Video)
    videos = list(Video.objects.published().defer("description")[:count])
    return {"video": videos[0] if videos else None, "more": videos[1:]}
