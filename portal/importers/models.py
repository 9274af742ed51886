"""What the importers remember: each imported item's origin, and each run's report."""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportedItem(models.Model):
    """Where an item came from, so that importing the same archive again updates it.

    `origin` names the old site ("wordpress:baocu.gov.vn"), `kind` what the item was there
    (post, page, category, media) and `key` its identity there (the post id, the category's
    slug, the saved page's path, the file's path in the upload folder).
    """

    origin = models.CharField(max_length=300)
    kind = models.CharField(max_length=20)
    key = models.CharField(max_length=1000)
    guid = models.CharField(max_length=1000, blank=True)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.PositiveBigIntegerField(null=True, blank=True)
    checksum = models.CharField(max_length=64, blank=True)
    data = models.JSONField(default=dict, blank=True)
    imported_at = models.DateTimeField()

    class Meta:
        verbose_name = _("mục đã nhập")
        verbose_name_plural = _("mục đã nhập")
        constraints = [
            models.UniqueConstraint(fields=["origin", "kind", "key"], name="imported_item_unique")
        ]
        indexes = [models.Index(fields=["origin", "guid"], name="imported_item_guid_idx")]

    def __str__(self):
        return f"{self.origin} {self.kind} {self.key}"


class ImportRun(models.Model):
    """One run of an importer and its report, for administrators to read afterwards."""

    class Kind(models.TextChoices):
        WORDPRESS = "wordpress", _("WordPress (tệp xuất WXR)")
        PAGES = "pages", _("Trang web đã lưu")

    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices)
    source = models.CharField(_("nguồn"), max_length=1000)
    started_at = models.DateTimeField(_("bắt đầu"))
    finished_at = models.DateTimeField(_("kết thúc"))
    counts = models.JSONField(_("số liệu"), default=dict)
    report = models.TextField(_("báo cáo"))

    class Meta:
        verbose_name = _("lần nhập dữ liệu")
        verbose_name_plural = _("các lần nhập dữ liệu")
        ordering = ["-started_at"]

    def __str__(self):
        return f"{self.get_kind_display()} {self.started_at:%d/%m/%Y %H:%M}"
