"""Photo albums ("album ảnh") and their photos."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, OuterRef, Prefetch, Q, Subquery
from django.utils.translation import gettext_lazy as _

from news.addresses import address
from news.images import CheckedImageField
from news.publishing import Publishable, PublishableQuerySet
from news.renditions import RenditionsField
from news.text import AutoSlugField


class AlbumQuerySet(PublishableQuerySet):
    def for_listing(self):
        """Albums with `photo_count` and their shown cover, in two queries however many."""
        covers = Prefetch("photos", queryset=Photo.objects.covers(), to_attr="cover_photos")
        # Meta.ordering does not apply to a query with GROUP BY: the order is said again.
        return (
            self.annotate(photo_count=Count("photos"))
            .prefetch_related(covers)
            .order_by(*Album._meta.ordering)
        )


class Album(Publishable):
    title = models.CharField(_("tiêu đề"), max_length=255)
    slug = AutoSlugField(
        _("đường dẫn"),
        populate_from="title",
        max_length=255,
        help_text=_("Tạo tự động từ tiêu đề. Không đổi được sau khi album đã xuất bản."),
    )
    description = models.TextField(_("mô tả"), blank=True)
    event_date = models.DateField(_("ngày diễn ra sự kiện"), null=True, blank=True)
    cover = models.ForeignKey(
        "Photo",
        verbose_name=_("ảnh bìa"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Để trống để dùng ảnh đầu tiên của album."),
    )

    objects = AlbumQuerySet.as_manager()

    class Meta:
        verbose_name = _("album ảnh")
        verbose_name_plural = _("album ảnh")
        ordering = ["-publish_at", "-id"]
        indexes = [
            models.Index(fields=["status", "-publish_at", "-id"], name="album_published_idx")
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.cover_id and self.cover.album_id != self.pk:
            raise ValidationError({"cover": _("Ảnh bìa phải là một ảnh của chính album này.")})

    def get_absolute_url(self):
        return address("galleries:detail", self.slug)

    @property
    def shown_cover(self):
        """The chosen cover, else the first photo; prefetched by `for_listing()`."""
        if hasattr(self, "cover_photos"):
            return self.cover_photos[0] if self.cover_photos else None
        return self.cover or self.photos.first()


class PhotoQuerySet(models.QuerySet):
    def covers(self):
        """Each album's shown cover: the chosen one, or the first photo when none is chosen."""
        first = Photo.objects.filter(album=OuterRef("album")).order_by("position", "pk")
        return self.filter(
            Q(album__cover_id=F("pk")) | Q(album__cover=None, pk=Subquery(first.values("pk")[:1]))
        )


class Photo(models.Model):
    album = models.ForeignKey(
        Album, verbose_name=_("album"), on_delete=models.CASCADE, related_name="photos"
    )
    image = CheckedImageField(
        _("ảnh"),
        upload_to="albums/%Y/%m/",
        library_origin=_("Ảnh album"),
        library_alt="alt",
        library_caption="caption",
    )
    image_renditions = RenditionsField(source="image")
    caption = models.CharField(_("chú thích"), max_length=500, blank=True)
    alt = models.CharField(
        _("mô tả ảnh (alt)"),
        max_length=255,
        blank=True,
        help_text=_("Mô tả nội dung ảnh cho người khiếm thị. Để trống thì dùng chú thích."),
    )
    position = models.PositiveIntegerField(_("thứ tự"), default=0)

    objects = PhotoQuerySet.as_manager()

    class Meta:
        verbose_name = _("ảnh")
        verbose_name_plural = _("ảnh")
        ordering = ["position", "id"]
        indexes = [models.Index(fields=["album", "position"], name="photo_album_position_idx")]

    def __str__(self):
        return self.caption or self.image.name.rsplit("/", 1)[-1]

    def get_absolute_url(self):
        return f"{self.album.get_absolute_url()}#anh-{self.pk}"

    @property
    def alt_text(self):
        return self.alt or self.caption or str(self.album)
