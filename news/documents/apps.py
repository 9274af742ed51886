from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DocumentsConfig(AppConfig):
    name = "news.documents"
    label = "documents"
    verbose_name = _("Văn bản")
    # What readers see: cached pages follow its changes, editors may change all of it.
    content = True
