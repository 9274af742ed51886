"""Categories, keyword tags, articles, and the pins that arrange the home page."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from news.addresses import address
from news.cache import invalidate, list_tag
from news.counters import count_view
from news.images import CheckedImageField
from news.publishing import Publishable, PublishableQuerySet
from news.renditions import RenditionsField
from news.richtext import SanitizedHTMLField
from news.text import AutoSlugField, slugify


class Category(models.Model):
    name = models.CharField(_("tên chuyên mục"), max_length=120)
    slug = AutoSlugField(
        _("đường dẫn"),
        populate_from="name",
        max_length=140,
        help_text=_("Để trống để tạo tự động từ tên chuyên mục."),
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("chuyên mục cha"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
        help_text=_("Chuyên mục con hiện trong trình đơn dưới chuyên mục cha."),
    )
    order = models.PositiveSmallIntegerField(_("thứ tự"), default=0)
    show_in_menu = models.BooleanField(_("hiện trên trình đơn"), default=True)
    description = models.TextField(_("mô tả"), blank=True)

    class Meta:
        verbose_name = _("chuyên mục")
        verbose_name_plural = _("chuyên mục")
        ordering = ["order", "name"]

    def __str__(self):
        if self.parent_id:
            return f"{self.parent} › {self.name}"
        return self.name

    def get_absolute_url(self):
        return address("articles:category", self.slug)


class Tag(models.Model):
    """A keyword ("Từ khóa") linking articles on one subject across categories."""

    name = models.CharField(_("từ khóa"), max_length=100)
    slug = models.SlugField(_("đường dẫn"), max_length=120, unique=True, editable=False)

    class Meta:
        verbose_name = _("từ khóa")
        verbose_name_plural = _("từ khóa")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = slugify(self.name, max_length=120)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return address("articles:tag", self.slug)

    def clean(self):
        super().clean()
        self.name = " ".join(self.name.split())
        slug = slugify(self.name, max_length=120)
        if not slug:
            raise ValidationError({"name": _("Từ khóa phải có ít nhất một chữ cái hoặc chữ số.")})
        # "Đảng viên" and "đảng viên" are one keyword: the slug is its identity.
        if Tag.objects.filter(slug=slug).exclude(pk=self.pk).exists():
            raise ValidationError({"name": _("Từ khóa này đã có.")})


class ArticleQuerySet(PublishableQuerySet):
    def for_listing(self):
        """The columns and the category a card needs, in one query; no body text."""
        return self.select_related("category").defer("body")


class Article(Publishable):
    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = AutoSlugField(
        _("đường dẫn"),
        populate_from="title",
        max_length=255,
        help_text=_(
            "Tạo tự động từ tiêu đề. Không đổi được sau khi bài đã xuất bản, để liên kết cũ "
            "vẫn dùng được."
        ),
    )
    category = models.ForeignKey(
        Category,
        verbose_name=_("chuyên mục"),
        on_delete=models.PROTECT,
        related_name="articles",
    )
    lead = models.TextField(
        _("sapo"), blank=True, help_text=_("Đoạn tóm tắt ngắn ở đầu bài, chỉ gồm chữ.")
    )
    body = SanitizedHTMLField(_("nội dung"), blank=True)
    image = CheckedImageField(
        _("ảnh đại diện"),
        upload_to="articles/%Y/%m/",
        blank=True,
        library_origin=_("Ảnh đại diện bài viết"),
        library_alt="image_alt",
        library_caption="image_caption",
    )
    image_renditions = RenditionsField(source="image")
    image_alt = models.CharField(
        _("mô tả ảnh (alt)"),
        max_length=255,
        blank=True,
        help_text=_("Mô tả nội dung ảnh cho người khiếm thị và máy tìm kiếm."),
    )
    image_caption = models.CharField(_("chú thích ảnh"), max_length=255, blank=True)
    source = models.CharField(
        _("nguồn"),
        max_length=200,
        blank=True,
        help_text=_("Ví dụ: Báo Nam Định. Hiển thị thành “Theo Báo Nam Định”."),
    )
    author_name = models.CharField(_("tác giả"), max_length=120, blank=True)
    tags = models.ManyToManyField(
        Tag, verbose_name=_("từ khóa"), blank=True, related_name="articles"
    )
    is_featured = models.BooleanField(_("tin nổi bật"), default=False)
    view_count = models.PositiveIntegerField(_("lượt xem"), default=0, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        verbose_name = _("bài viết")
        verbose_name_plural = _("bài viết")
        ordering = ["-publish_at", "-id"]
        get_latest_by = "publish_at"
        # Each index ends with the ordering's tie-breaker, so that "newest first, LIMIT n" is
        # read straight off the index however many articles there are.
        indexes = [
            models.Index(fields=["status", "-publish_at", "-id"], name="article_published_idx"),
            models.Index(
                fields=["category", "status", "-publish_at", "-id"], name="article_category_idx"
            ),
            models.Index(
                fields=["status", "-publish_at", "-id"],
                condition=models.Q(is_featured=True),
                name="article_featured_idx",
            ),
            models.Index(fields=["status", "-view_count", "-id"], name="article_most_read_idx"),
            # The sitemap's last change: read from the end of this index, not from every row.
            models.Index(fields=["status", "-updated_at"], name="article_updated_idx"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.image and not self.image_alt.strip():
            raise ValidationError(
                {"image_alt": _("Hãy mô tả ảnh đại diện để người khiếm thị cũng đọc được.")}
            )

    def get_absolute_url(self):
        return address("articles:detail", self.slug)

    def related(self, count=5):
        """Published articles sharing this one's keywords: most shared first, then its category."""
        tag_ids = [tag.pk for tag in self.tags.all()]
        if not tag_ids:
            return Article.objects.none()
        return (
            Article.objects.published()
            .for_listing()
            .filter(tags__in=tag_ids)
            .exclude(pk=self.pk)
            .annotate(
                shared=models.Count("tags"),
                same_category=models.Case(
                    models.When(category_id=self.category_id, then=1),
                    default=0,
                    output_field=models.IntegerField(),
                ),
            )
            .order_by("-shared", "-same_category", "-publish_at", "-pk")[:count]
        )

    def count_view(self):
        """Count one view; written to the database in batches (see news.counters)."""
        count_view(self._meta.label_lower, self.pk)


class PinQuerySet(models.QuerySet):
    def active(self, moment=None):
        """Pins whose end time has not come; what they pin shows only if it is published."""
        moment = moment or timezone.now()
        return self.filter(models.Q(ends_at__isnull=True) | models.Q(ends_at__gt=moment))


class Pin(models.Model):
    """An article an editor places on the home page: in "Tin nổi bật", "Tin mới" or a main
    category's block, in the order they choose, until an optional end time. The places a block
    has left fill with its newest articles, and no article shows twice on the page."""

    class Place(models.TextChoices):
        FEATURED = "featured", _("Tin nổi bật")
        LATEST = "latest", _("Tin mới")
        CATEGORY = "category", _("Khối chuyên mục")

    article = models.ForeignKey(
        Article, verbose_name=_("bài viết"), on_delete=models.CASCADE, related_name="pins"
    )
    place = models.CharField(_("vị trí"), max_length=20, choices=Place.choices)
    category = models.ForeignKey(
        Category,
        verbose_name=_("khối chuyên mục"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="pins",
        limit_choices_to={"parent": None},
        help_text=_("Chỉ khi ghim vào khối của một chuyên mục trên trang chủ."),
    )
    position = models.PositiveSmallIntegerField(
        _("thứ tự"), default=1, help_text=_("Số nhỏ đứng trước.")
    )
    ends_at = models.DateTimeField(
        _("bỏ ghim lúc"),
        null=True,
        blank=True,
        help_text=_("Để trống để ghim đến khi bỏ ghim. Đến giờ này, tin tự rời vị trí ghim."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người ghim"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("ghim lúc"), auto_now_add=True)

    objects = PinQuerySet.as_manager()

    class Meta:
        verbose_name = _("tin ghim trang chủ")
        verbose_name_plural = _("tin ghim trang chủ")
        ordering = ["place", "category", "position", "id"]

    def __str__(self):
        return f"{self.place_label}: {self.article}" if self.article_id else self.place_label

    @property
    def place_label(self):
        if self.place == self.Place.CATEGORY and self.category_id:
            return str(self.category.name)
        return str(self.get_place_display())

    def clean(self):
        super().clean()
        if self.place == self.Place.CATEGORY:
            if self.category_id is None:
                raise ValidationError({"category": _("Hãy chọn khối chuyên mục để ghim vào.")})
        else:
            self.category = None
        if self.article_id is not None:
            twin = Pin.objects.active().filter(
                article_id=self.article_id, place=self.place, category_id=self.category_id
            )
            if twin.exclude(pk=self.pk).exists():
                raise ValidationError(_("Bài này đã được ghim ở vị trí này."))


@receiver([post_save, post_delete], sender=Pin, dispatch_uid="pins-refresh-home")
def _pins_changed(sender, instance, **kwargs):
    """The home page reads the pins as values, and a pin's end is no take-down: it is told here,
    now and when the end time comes."""
    tag = list_tag(Pin)
    invalidate(tag)
    if instance.ends_at and instance.ends_at > timezone.now():
        invalidate(tag, due=instance.ends_at)
