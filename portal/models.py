"""Site identity (data an administrator edits, not code) and the site-wide search index."""

from urllib.parse import urlsplit

from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.cache import invalidate, list_tag
from news.images import CheckedImageField

UNSAFE_URL_CHARACTERS = frozenset("\"'<>\\` ")


def validate_link(value):
    """An address inside the site ("/bai-viet/...") or an http(s):// one."""
    if value.startswith("/") and not value.startswith("//"):
        if UNSAFE_URL_CHARACTERS & set(value):
            raise ValidationError(_("Liên kết không được chứa dấu cách, dấu nháy hay < >."))
        return
    URLValidator(
        schemes=["http", "https"],
        message=_("Hãy nhập địa chỉ trong trang (bắt đầu bằng /) hoặc http(s)://..."),
    )(value)


def validate_script_url(value):
    """An https:// address without credentials or characters that could leave an attribute."""
    # Codes of our own: a ModelForm would show its generic "invalid" message instead.
    URLValidator(
        schemes=["https"],
        message=_("Địa chỉ mã theo dõi phải là một địa chỉ https:// hợp lệ."),
        code="not_https",
    )(value)
    if UNSAFE_URL_CHARACTERS & set(value) or urlsplit(value).username:
        raise ValidationError(
            _("Địa chỉ mã theo dõi không được chứa tên đăng nhập, dấu cách, dấu nháy hay < >."),
            code="unsafe_url",
        )


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
    tracking_script_url = models.URLField(
        _("mã theo dõi, xác thực (địa chỉ tệp script)"),
        max_length=500,
        blank=True,
        validators=[validate_script_url],
        help_text=_(
            "Địa chỉ tệp script do cơ quan quản lý cấp, ví dụ mã tín nhiệm mạng (EMC) hoặc mã "
            'thống kê: chỉ phần địa chỉ trong src="...", bắt đầu bằng https://. Để trống nếu '
            "không dùng."
        ),
    )
    # The breaking-news line above the menu: kept here, since every page reads this record
    # already; editors reach these three fields only, through `BreakingNews`.
    breaking_text = models.CharField(
        _("dòng tin nóng"),
        max_length=200,
        blank=True,
        help_text=_("Hiện ngay trên trình đơn ở mọi trang. Để trống để tắt."),
    )
    breaking_url = models.CharField(
        _("liên kết"),
        max_length=500,
        blank=True,
        validators=[validate_link],
        help_text=_("Địa chỉ trong trang (/bai-viet/...) hoặc http(s)://... Có thể để trống."),
    )
    breaking_until = models.DateTimeField(
        _("tự tắt lúc"),
        null=True,
        blank=True,
        help_text=_("Để trống để hiện đến khi xóa nội dung."),
    )
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)

    class Meta:
        verbose_name = _("thông tin đơn vị")
        verbose_name_plural = _("thông tin đơn vị")

    def __str__(self):
        return self.name

    @property
    def tracking_origin(self):
        """The origin ("https://host[:port]") the tracking script is loaded from, or "" if none:
        the one value the Content-Security-Policy must add to script-src (and connect-src)."""
        if not self.tracking_script_url:
            return ""
        parts = urlsplit(self.tracking_script_url)
        host = parts.hostname or ""
        if parts.scheme != "https" or not host:
            return ""
        port = f":{parts.port}" if parts.port else ""
        return f"https://{host}{port}"

    @property
    def breaking(self):
        """The breaking-news line if it is on now, else None."""
        until = self.breaking_until
        if self.breaking_text and (until is None or until > timezone.now()):
            return self
        return None

    @classmethod
    def current(cls):
        """The one identity record; an unsaved placeholder until an administrator fills it."""
        return cls.objects.order_by("pk").first() or cls(name="Cổng thông tin điện tử")


class BreakingNews(SiteIdentity):
    """The breaking-news line of the site identity, as editors edit it."""

    class Meta:
        proxy = True
        verbose_name = _("dòng tin nóng")
        verbose_name_plural = _("dòng tin nóng")


@receiver([post_save, post_delete], sender=SiteIdentity, dispatch_uid="breaking-news-ends")
@receiver([post_save, post_delete], sender=BreakingNews, dispatch_uid="breaking-news-saved")
def _identity_saved(sender, instance, **kwargs):
    """Every page shows the identity: they are refreshed when the line is saved through the
    editors' form, and again when it switches itself off."""
    tag = list_tag(SiteIdentity)
    if sender is BreakingNews:
        invalidate(tag)
    if instance.breaking_until and instance.breaking_until > timezone.now():
        invalidate(tag, due=instance.breaking_until)


class SearchEntry(models.Model):
    """One published item of any content type, as search sees it: its syllables.

    Written by portal.search whenever an item is saved, so the index is current without a job.
    On PostgreSQL `vector` holds every syllable folded and as written, with positions (title
    weighted A, lead B, body C), served by a GIN index, and `head` the title and lead only, a
    small vector that ranking reads; both live out of line, so that the row itself holds ids
    and dates only; the text columns stay empty. On SQLite the text columns hold the folded
    syllables between single spaces ("|" where a phrase ends) and `marked` the syllables as
    written, matched with LIKE.
    """

    kind = models.CharField(max_length=100)  # the model's label: "articles.article"
    object_id = models.PositiveBigIntegerField()
    category = models.ForeignKey(
        "articles.Category", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    publish_at = models.DateTimeField()
    unpublish_at = models.DateTimeField(null=True, blank=True)  # leaves search by itself
    title = models.TextField()
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    marked = models.TextField(blank=True)
    vector = SearchVectorField(null=True, editable=False)
    head = SearchVectorField(null=True, editable=False)

    class Meta:
        verbose_name = _("mục tìm kiếm")
        verbose_name_plural = _("mục tìm kiếm")
        ordering = ["-publish_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "object_id"], name="search_entry_unique")
        ]
        indexes = [models.Index(fields=["-publish_at", "-id"], name="search_entry_date_idx")]

    def __str__(self):
        return f"{self.kind}:{self.object_id}"


class SearchTerm(models.Model):
    """A folded syllable of the index and how many entries had it when counted: the words that
    "Có phải bạn muốn tìm ..." may offer. Counted by a rebuild, added to on every save."""

    term = models.CharField(max_length=100, primary_key=True)
    entries = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("từ trong chỉ mục tìm kiếm")
        verbose_name_plural = _("từ trong chỉ mục tìm kiếm")
        ordering = ["term"]

    def __str__(self):
        return self.term


class DailyVisits(models.Model):
    """Visits of one day, moved here in batches from the cache by `portal.visits.flush`."""

    day = models.DateField(_("ngày"), unique=True)
    visits = models.PositiveBigIntegerField(_("lượt truy cập"), default=0)

    class Meta:
        verbose_name = _("lượt truy cập trong ngày")
        verbose_name_plural = _("lượt truy cập theo ngày")
        ordering = ["-day"]

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.visits}"
