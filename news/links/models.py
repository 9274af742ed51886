"""Partner sites listed in the "Website liên kết" block."""

from django import forms
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from news.images import CheckedImageField
from news.renditions import RenditionsField

WEB_ADDRESS_MESSAGE = _("Hãy nhập địa chỉ trang web đầy đủ, bắt đầu bằng http:// hoặc https://.")
validate_web_address = URLValidator(schemes=["http", "https"], message=WEB_ADDRESS_MESSAGE)


class WebAddressFormField(forms.URLField):
    default_validators = [validate_web_address]
    default_error_messages = {"invalid": WEB_ADDRESS_MESSAGE}


class WebAddressField(models.URLField):
    """A URL that a reader's browser may open: http or https, nothing else."""

    default_validators = [validate_web_address]

    def formfield(self, **kwargs):
        return super().formfield(
            **{"form_class": WebAddressFormField, "assume_scheme": "https", **kwargs}
        )


class PartnerQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: the active partners."""
        return self.filter(is_active=True)


class Partner(models.Model):
    name = models.CharField(_("tên đơn vị"), max_length=200)
    url = WebAddressField(_("địa chỉ trang web"), max_length=500)
    logo = CheckedImageField(_("biểu trưng (logo)"), upload_to="partners/", blank=True)
    logo_renditions = RenditionsField(source="logo")
    order = models.SmallIntegerField(_("thứ tự"), default=0, help_text=_("Số nhỏ hiện trước."))
    is_active = models.BooleanField(_("đang hiển thị"), default=True)

    objects = PartnerQuerySet.as_manager()

    class Meta:
        verbose_name = _("website liên kết")
        verbose_name_plural = _("website liên kết")
        ordering = ["order", "name"]
        indexes = [models.Index(fields=["is_active", "order"], name="partner_active_idx")]

    def __str__(self):
        return self.name
