"""The shared floor's records: the change log every cache reads, the editorial workflow's notes,
mail settings and share links, and the media library.

The change log: what every process and every server must agree on about cached copies.

Each write that alters what readers see adds one `Change` row per tag it touches (an item, a
list, a group of a list), in the transaction of the write itself, so that the change commits
with the content or not at all. Rows are written without a sequence number; the first process
to sync after they commit stamps them with the next value of `Clock.seq` (news.cache). A row
with a `due` time takes effect then: the scheduled publication or take-down of an item.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.publishing import Status


class Clock(models.Model):
    """One row: the sequence number of the newest stamped change."""

    seq = models.BigIntegerField(default=0)
    # Changes when the database is replaced by a restore: copies made before are all stale.
    epoch = models.CharField(max_length=32, default="1")

    def __str__(self):
        return f"{self.epoch}:{self.seq}"


class Change(models.Model):
    tag = models.CharField(max_length=200)
    seq = models.BigIntegerField(null=True, blank=True)
    # When the row was written, then when it was stamped (pruning reads it).
    at = models.DateTimeField(default=timezone.now)
    due = models.DateTimeField(null=True, blank=True)
    # Something left the public site: copies that showed it are never served stale.
    hard = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["seq"], name="news_change_seq"),
            models.Index(fields=["at"], name="news_change_at"),
            models.Index(
                fields=["due"], condition=models.Q(seq__isnull=True), name="news_change_pending"
            ),
        ]

    def __str__(self):
        return f"{self.tag}@{self.seq}"


# The editorial workflow's records -------------------------------------------------------------


class ReviewNote(models.Model):
    """What an editor wrote to the author when sending an item back (or at any other move)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    text = models.TextField(_("ghi chú"))
    status = models.CharField(_("chuyển sang"), max_length=20, choices=Status.choices)
    written_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người viết"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    written_at = models.DateTimeField(_("thời gian"), auto_now_add=True)

    class Meta:
        verbose_name = _("ghi chú biên tập")
        verbose_name_plural = _("ghi chú biên tập")
        ordering = ["-written_at", "-id"]
        indexes = [
            models.Index(
                fields=["content_type", "object_id", "-written_at"], name="review_note_item_idx"
            )
        ]

    def __str__(self):
        return self.text[:80]


class NotificationSettings(models.Model):
    """A staff member's choice about the workflow's e-mail; no row means they get it."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        primary_key=True,
        on_delete=models.CASCADE,
        related_name="notification_settings",
    )
    by_email = models.BooleanField(
        _("nhận thư báo"),
        default=True,
        help_text=_(
            "Thư khi có bài chờ duyệt (biên tập viên) và khi bài của bạn được xuất bản, hẹn giờ "
            "hoặc bị trả lại."
        ),
    )

    class Meta:
        verbose_name = _("cài đặt thông báo")
        verbose_name_plural = _("cài đặt thông báo")

    def __str__(self):
        return str(self.user)


class ShareLink(models.Model):
    """A link to the current version of one item for someone without an account (a leader who
    approves it before it is published): unguessable, time-limited, revocable, logged."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    token = models.CharField(max_length=64, unique=True, editable=False)
    recipient = models.CharField(
        _("gửi cho"), max_length=200, blank=True, help_text=_("Ví dụ: Đồng chí Bí thư.")
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tạo"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("tạo lúc"), auto_now_add=True)
    expires_at = models.DateTimeField(_("hết hạn lúc"))
    revoked_at = models.DateTimeField(_("thu hồi lúc"), null=True, blank=True)

    class Meta:
        verbose_name = _("liên kết xem trước để duyệt")
        verbose_name_plural = _("liên kết xem trước để duyệt")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"], name="share_link_item_idx")]

    def __str__(self):
        return self.recipient or self.token[:8]

    def is_valid(self, moment=None):
        return self.revoked_at is None and self.expires_at > (moment or timezone.now())


class ShareVisit(models.Model):
    """One opening of a share link: when, from where, with what."""

    link = models.ForeignKey(ShareLink, on_delete=models.CASCADE, related_name="visits")
    at = models.DateTimeField(_("thời gian"), auto_now_add=True)
    address = models.GenericIPAddressField(_("địa chỉ IP"), null=True)
    user_agent = models.CharField(_("trình duyệt"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("lượt mở liên kết")
        verbose_name_plural = _("lượt mở liên kết")
        ordering = ["-at", "-id"]

    def __str__(self):
        return f"{self.link}@{self.at:%d/%m/%Y %H:%M}"


# The media library ---------------------------------------------------------------------------


class MediaFolder(models.Model):
    name = models.CharField(_("tên thư mục"), max_length=120)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("thư mục cha"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )

    class Meta:
        verbose_name = _("thư mục")
        verbose_name_plural = _("thư mục")
        ordering = ["name", "id"]

    def __str__(self):
        return f"{self.parent} › {self.name}" if self.parent_id else self.name


class MediaFile(models.Model):
    """An image or file stored once and found again (news.library): the stored name is shared
    by everything that shows it, and the renditions record is copied to each of them."""

    class Kind(models.TextChoices):
        IMAGE = "image", _("Ảnh")
        FILE = "file", _("Tệp")

    file = models.FileField(_("tệp"), max_length=255, unique=True)
    # The name without its extension: renditions are named after it (news.library.stem).
    stem = models.CharField(max_length=255, db_index=True, editable=False)
    kind = models.CharField(_("loại"), max_length=10, choices=Kind.choices, default=Kind.IMAGE)
    original_name = models.CharField(_("tên tệp"), max_length=255, blank=True)
    caption = models.CharField(_("chú thích"), max_length=500, blank=True)
    alt = models.CharField(
        _("mô tả ảnh (alt)"),
        max_length=255,
        blank=True,
        help_text=_("Mô tả nội dung ảnh cho người khiếm thị; dùng sẵn khi chèn ảnh vào bài."),
    )
    folder = models.ForeignKey(
        MediaFolder,
        verbose_name=_("thư mục"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="files",
    )
    origin = models.CharField(_("tải lên từ"), max_length=100, blank=True)
    width = models.PositiveIntegerField(_("rộng"), null=True, blank=True, editable=False)
    height = models.PositiveIntegerField(_("cao"), null=True, blank=True, editable=False)
    size = models.PositiveBigIntegerField(_("dung lượng"), default=0, editable=False)
    renditions = models.JSONField(_("các cỡ ảnh"), default=dict, blank=True, editable=False)
    focal_x = models.FloatField(
        _("điểm quan trọng: ngang"),
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    focal_y = models.FloatField(
        _("điểm quan trọng: dọc"),
        default=0.5,
        validators=[MinValueValidator(0), MaxValueValidator(1)],
    )
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người tải lên"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    uploaded_at = models.DateTimeField(_("ngày tải lên"), default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("ảnh, tệp trong thư viện")
        verbose_name_plural = _("thư viện ảnh và tệp")
        ordering = ["-uploaded_at", "-id"]
        indexes = [models.Index(fields=["-uploaded_at", "-id"], name="media_uploaded_idx")]

    def __str__(self):
        return self.original_name or self.file.name.rsplit("/", 1)[-1]


class MediaUse(models.Model):
    """Where a library file is shown: one row per item and field (an article's featured image,
    the body of a page...). Kept by news.library on every save; a used file cannot be deleted."""

    media = models.ForeignKey(MediaFile, on_delete=models.PROTECT, related_name="uses")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    item = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=100)

    class Meta:
        verbose_name = _("nơi dùng")
        verbose_name_plural = _("nơi dùng")
        constraints = [
            models.UniqueConstraint(
                fields=["media", "content_type", "object_id", "field"], name="media_use_unique"
            )
        ]
        indexes = [models.Index(fields=["content_type", "object_id"], name="media_use_item_idx")]

    def __str__(self):
        model = self.content_type.model_class()
        if model is None:
            return self.field
        label = model._meta.get_field(self.field).verbose_name
        return f"{model._meta.verbose_name} “{self.item or self.object_id}” ({label})"
