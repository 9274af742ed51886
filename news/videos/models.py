"""Videos hosted on YouTube, Vimeo or Facebook, shown with the provider's player."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from news.addresses import address
from news.publishing import Publishable

from . import providers


class Video(Publishable):
    title = models.CharField(_("tiêu đề"), max_length=255)
    url = models.CharField(
        _("địa chỉ video"),
        max_length=providers.MAX_LENGTH,
        validators=[providers.validate_video_url],
        help_text=_(
            "Địa chỉ của video trên YouTube, Vimeo hoặc Facebook, sao chép từ thanh địa chỉ "
            "của trình duyệt hoặc nút Chia sẻ."
        ),
    )
    description = models.TextField(_("mô tả"), blank=True)
    order = models.SmallIntegerField(
        _("thứ tự"),
        default=0,
        help_text=_("Số nhỏ hiện trước; cùng thứ tự thì video mới xuất bản hiện trước."),
    )
    provider = models.CharField(
        _("nguồn"),
        max_length=20,
        choices=list(providers.PROVIDER_NAMES.items()),
        editable=False,
    )
    video_id = models.CharField(_("mã video"), max_length=40, editable=False)
    start = models.PositiveIntegerField(_("bắt đầu từ giây"), default=0, editable=False)

    class Meta:
        verbose_name = _("video")
        verbose_name_plural = _("video")
        ordering = ["order", "-publish_at", "-id"]
        indexes = [
            models.Index(
                fields=["status", "order", "-publish_at", "-id"], name="video_published_idx"
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        # The shell and commands obey the same rule as the form: a bad address is never saved.
        try:
            parsed = providers.parse_video_url(self.url)
        except ValidationError as error:
            raise ValidationError({"url": error.messages}) from error
        self.url = self.url.strip()
        self.provider, self.video_id, self.start = parsed.provider, parsed.video_id, parsed.start
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and "url" in update_fields:
            kwargs["update_fields"] = {*update_fields, "provider", "video_id", "start"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return address("videos:detail", self.pk)

    @property
    def embed_url(self):
        return providers.embed_url(self.provider, self.video_id, self.start)

    @property
    def watch_url(self):
        return providers.watch_url(self.provider, self.video_id)

    @property
    def thumbnail_url(self):
        return providers.thumbnail_url(self.provider, self.video_id)

    @property
    def provider_name(self):
        return providers.PROVIDER_NAMES.get(self.provider, "")
