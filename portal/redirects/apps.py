from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RedirectsConfig(AppConfig):
    name = "portal.redirects"
    label = "redirects"
    verbose_name = _("Địa chỉ cũ")

    def ready(self):
        from . import moves

        moves.connect_signals()
