from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ArticlesConfig(AppConfig):
    name = "news.articles"
    label = "articles"
    verbose_name = _("Tin bài")
    # What readers see: cached pages follow its changes, editors may change all of it.
    content = True
