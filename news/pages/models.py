"""A page of the organization, written in the same editor and sanitized like an article."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from news.addresses import address
from news.publishing import Publishable
from news.richtext import SanitizedHTMLField
from news.text import AutoSlugField


class Language(models.TextChoices):
    VIETNAMESE = "vi", _("Tiếng Việt")
    ENGLISH = "en", _("Tiếng Anh")


class Page(Publishable):
    title = models.CharField(_("tiêu đề"), max_length=200)
    slug = AutoSlugField(
        _("đường dẫn"),
        populate_from="title",
        max_length=200,
        help_text=_("Tạo tự động từ tiêu đề; trang có địa chỉ /trang/<đường dẫn>/."),
    )
    body = SanitizedHTMLField(_("nội dung"), blank=True)
    language = models.CharField(
        _("ngôn ngữ"),
        max_length=8,
        choices=Language.choices,
        default=Language.VIETNAMESE,
        help_text=_("Ngôn ngữ của nội dung trang, để trình đọc màn hình đọc đúng giọng."),
    )
    show_in_menu = models.BooleanField(_("hiện trên trình đơn"), default=True)
    order = models.PositiveSmallIntegerField(
        _("thứ tự"),
        default=0,
        help_text=_("Vị trí trên trình đơn chính, xếp chung với thứ tự của các chuyên mục."),
    )

    class Meta:
        verbose_name = _("trang")
        verbose_name_plural = _("trang")
        ordering = ["order", "title"]
        indexes = [models.Index(fields=["status", "order"], name="page_menu_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return address("pages:detail", self.slug)
