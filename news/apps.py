from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """The shared floor as an app: it owns the change log every cache reads (news.cache).

    Listed last in INSTALLED_APPS: its ready() follows the models of every content app, and of
    the site's own that asked to be followed (news.cache.watch) in their ready().
    """

    name = "news"
    label = "news"
    verbose_name = _("Nền tảng nội dung")

    def ready(self):
        from news import cache, checks, library  # noqa: F401  (checks registers itself)

        cache.connect_signals()
        cache.connect_models()
        library.connect_signals()
