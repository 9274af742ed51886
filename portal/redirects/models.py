"""Redirects from old addresses, and the addresses readers asked for that led nowhere."""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from news.publishing import Publishable

from . import addresses


class Redirect(models.Model):
    """An old address answered with 301 to a page of this site.

    The destination is an item (its current address, read when the redirect is used, so that it
    follows the item if its address changes again) or an address typed by an administrator.
    """

    class Origin(models.TextChoices):
        MANUAL = "manual", _("Thêm trong trang quản trị")
        IMPORT = "import", _("Nhập từ trang cũ")
        MOVE = "move", _("Tự động khi đổi địa chỉ")

    old_path = models.CharField(_("đường dẫn cũ"), max_length=addresses.MAX_LENGTH)
    old_query = models.CharField(_("tham số cũ"), max_length=addresses.MAX_LENGTH, blank=True)
    target_url = models.CharField(
        _("địa chỉ mới"),
        max_length=addresses.MAX_LENGTH,
        blank=True,
        help_text=_(
            "Đường dẫn trên cổng này (bắt đầu bằng /) hoặc địa chỉ đầy đủ https://... "
            "Để trống nếu chuyển hướng trỏ tới một mục nội dung."
        ),
    )
    content_type = models.ForeignKey(
        ContentType,
        verbose_name=_("loại nội dung"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    object_id = models.PositiveBigIntegerField(_("mã mục"), null=True, blank=True)
    target = GenericForeignKey("content_type", "object_id")
    origin = models.CharField(
        _("nguồn gốc"), max_length=10, choices=Origin.choices, default=Origin.MANUAL
    )
    hits = models.PositiveIntegerField(_("số lần dùng"), default=0, editable=False)
    last_hit_at = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    class Meta:
        verbose_name = _("chuyển hướng")
        verbose_name_plural = _("chuyển hướng")
        ordering = ["old_path", "old_query"]
        constraints = [
            models.UniqueConstraint(fields=["old_path", "old_query"], name="redirect_old_unique")
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="redirect_target_idx")]

    def __str__(self):
        return self.old_address

    @property
    def old_address(self):
        return addresses.display(self.old_path, self.old_query)

    def destination(self):
        """Where the redirect leads now, or None when its item is gone or not public."""
        if self.target_url:
            return self.target_url
        if not self.content_type_id:
            return None
        item = self.target
        if item is None:
            return None
        if isinstance(item, Publishable) and not item.is_published:
            return None  # a draft's address (its title, in the slug) is not given away
        return item.get_absolute_url()


class MissingAddress(models.Model):
    """An address readers asked for that answered 404: the webmaster's list of links to mend."""

    path = models.CharField(_("đường dẫn"), max_length=addresses.MAX_LENGTH)
    query = models.CharField(_("tham số"), max_length=addresses.MAX_LENGTH, blank=True)
    requested = models.CharField(_("địa chỉ được yêu cầu"), max_length=2000)
    referer = models.CharField(_("trang dẫn tới"), max_length=1000, blank=True)
    hits = models.PositiveIntegerField(_("số lần"), default=1)
    first_seen = models.DateTimeField(_("lần đầu"), auto_now_add=True)
    last_seen = models.DateTimeField(_("lần cuối"), auto_now=True)

    class Meta:
        verbose_name = _("địa chỉ không tìm thấy (404)")
        verbose_name_plural = _("địa chỉ không tìm thấy (404)")
        ordering = ["-hits", "-last_seen"]
        constraints = [
            models.UniqueConstraint(fields=["path", "query"], name="missing_address_unique")
        ]
        indexes = [models.Index(fields=["-hits", "-last_seen"], name="missing_most_requested_idx")]

    def __str__(self):
        return addresses.display(self.path, self.query)
