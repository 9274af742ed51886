from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ImportersConfig(AppConfig):
    name = "portal.importers"
    label = "importers"
    verbose_name = _("Nhập dữ liệu từ trang cũ")
