from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleriesConfig(AppConfig):
    name = "news.galleries"
    label = "galleries"
    verbose_name = _("Hình ảnh")
    # What readers see: cached pages follow its changes, editors may change all of it.
    content = True
