"""The publishing base every content type shares: status, publish time and `published()`."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Status(models.TextChoices):
    DRAFT = "draft", _("Bản nháp")
    REVIEW = "review", _("Chờ duyệt")
    PUBLISHED = "published", _("Đã xuất bản")
    UNPUBLISHED = "unpublished", _("Đã gỡ xuống")


class PublishableQuerySet(models.QuerySet):
    def published(self):
        """What the public may see: published, with a publish time that has come.

        A future publish time makes an item scheduled: it appears by itself when its time
        comes, since the comparison is made on every query, with no job to run.
        """
        return self.filter(status=Status.PUBLISHED, publish_at__lte=timezone.now())


class Publishable(models.Model):
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("thời gian xuất bản"),
        default=timezone.now,
        help_text=_("Đặt một thời điểm trong tương lai để hẹn giờ xuất bản."),
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == Status.PUBLISHED and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.publish_at > timezone.now()
