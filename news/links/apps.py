from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class LinksConfig(AppConfig):
    name = "news.links"
    label = "links"
    verbose_name = _("Website liên kết")
    # What readers see: cached pages follow its changes, editors may change all of it.
    content = True
