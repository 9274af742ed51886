"""Site identity: who publishes this portal. Data an administrator edits, not code."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from news.images import CheckedImageField


class SiteIdentity(models.Model):
    name = models.CharField(_("tên cơ quan, tổ chức"), max_length=200)
    tagline = models.CharField(
        _("dòng phụ"), max_length=200, blank=True, help_text=_("Ví dụ: Cổng thông tin điện tử")
    )
    logo = CheckedImageField(_("biểu trưng (logo)"), upload_to="site/", blank=True)
    address = models.CharField(_("địa chỉ"), max_length=255, blank=True)
    phone = models.CharField(_("điện thoại"), max_length=60, blank=True)
    email = models.EmailField(_("thư điện tử"), blank=True)
    footer_text = models.TextField(
        _("chân trang"),
        blank=True,
        help_text=_("Giấy phép, người chịu trách nhiệm nội dung, ghi chú bản quyền."),
    )
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)

    class Meta:
        verbose_name = _("thông tin đơn vị")
        verbose_name_plural = _("thông tin đơn vị")

    def __str__(self):
        return self.name

    @classmethod
    def current(cls):
        """The one identity record; an unsaved placeholder until an administrator fills it."""
        return cls.objects.order_by("pk").first() or cls(name="Cổng thông tin điện tử")
