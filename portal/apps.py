from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Cổng thông tin")

    def ready(self):
        from portal import cache, search

        cache.connect_signals()
        search.connect_signals()
        post_migrate.connect(search.fill_if_empty, sender=self)
