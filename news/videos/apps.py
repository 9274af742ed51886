from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VideosConfig(AppConfig):
    name = "news.videos"
    label = "videos"
    verbose_name = _("Video")
    # What readers see: cached pages follow its changes, editors may change all of it.
    content = True
