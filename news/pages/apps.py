from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "news.pages"
    label = "pages"
    verbose_name = _("Trang giới thiệu")
    # What readers see: cached pages follow its changes, editors may change all of it.
    content = True
