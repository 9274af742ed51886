"""The publishing base every content type shares: status, publish and take-down times, and
`published()`: the one rule of what the public sees."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import connections, models
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
        comes, and a take-down time makes it leave by itself, since the comparison is made on
        every query, with no job to run.
        """
        now = timezone.now()
        return self.filter(status=Status.PUBLISHED, publish_at__lte=now).exclude(
            unpublish_at__lte=now
        )

    def among(self, *id_lists):
        """The items of any of `id_lists` (querysets of pks, each "the newest n of ..."), in one
        query that reads each list off its index: on PostgreSQL `pk IN (... UNION ALL ...)`;
        elsewhere one `pk IN (...)` per list."""
        first, *rest = id_lists
        if rest and connections[self.db].features.supports_slicing_ordering_in_compound:
            return self.filter(pk__in=first.union(*rest, all=True))
        wanted = models.Q()
        for ids in id_lists:
            wanted |= models.Q(pk__in=ids)
        return self.filter(wanted)


class Publishable(models.Model):
    status = models.CharField(
        _("trạng thái"), max_length=20, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("thời gian xuất bản"),
        default=timezone.now,
        help_text=_("Đặt một thời điểm trong tương lai để hẹn giờ xuất bản."),
    )
    unpublish_at = models.DateTimeField(
        _("hẹn giờ gỡ xuống"),
        null=True,
        blank=True,
        help_text=_("Để trống nếu không hẹn giờ. Đến thời điểm này, tin tự rời khỏi trang."),
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

    def clean(self):
        super().clean()
        if self.unpublish_at and self.publish_at and self.unpublish_at <= self.publish_at:
            raise ValidationError(
                {"unpublish_at": _("Thời điểm gỡ xuống phải sau thời điểm xuất bản.")}
            )

    def visible_at(self, moment):
        """Whether the public sees this item at `moment`: the rule of `published()`."""
        return (
            self.status == Status.PUBLISHED
            and self.publish_at <= moment
            and (self.unpublish_at is None or self.unpublish_at > moment)
        )

    @property
    def is_published(self):
        return self.visible_at(timezone.now())

    @property
    def is_scheduled(self):
        return self.status == Status.PUBLISHED and self.publish_at > timezone.now()

    @property
    def is_expired(self):
        """Published, but its take-down time has come ("hết hạn")."""
        return (
            self.status == Status.PUBLISHED
            and self.unpublish_at is not None
            and self.unpublish_at <= timezone.now()
        )


def content_apps():
    """The app configs that say they hold content readers see (`content = True`).

    The one list of content types: the caches, the roles and the workflow read it, so that a
    new content app needs nothing but its own app config.
    """
    return [config for config in apps.get_app_configs() if getattr(config, "content", False)]
