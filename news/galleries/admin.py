"""Album authoring: photos edited inline, and many photos uploaded at once."""

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from news import library_admin
from news.renditions import rendition_url
from news.workflow_admin import WorkflowAdmin

from .models import Album, Photo

ACCEPT = "image/jpeg,image/png,image/webp,image/gif"


def thumbnail(image, width=80, height=54):
    if not image:
        return ""
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}" style="object-fit:cover">',
        rendition_url(image, 240),
        width,
        height,
    )


class MultipleFileInput(forms.FileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """The files chosen in one go. Each is judged on its own when it becomes a photo, so that
    one bad file neither blocks the album's form nor the other files."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        if not isinstance(data, list | tuple):
            data = [data]
        return [file for file in data if file]


class AlbumForm(forms.ModelForm):
    photos_from_library = library_admin.images_choice(_("Thêm ảnh có sẵn trong thư viện"))
    upload_photos = MultipleFileField(
        label=_("Tải nhiều ảnh lên cùng lúc"),
        required=False,
        help_text=_(
            "Chọn một lúc nhiều tệp (JPEG, PNG, WebP, GIF), tối đa 100 tệp; mỗi tệp thành một "
            "ảnh của album, xếp sau các ảnh đã có. Tệp không hợp lệ bị bỏ qua và được báo lại."
        ),
    )

    class Meta:
        model = Album
        fields = [
            "title",
            "slug",
            "description",
            "event_date",
            "cover",
            "status",
            "publish_at",
            "unpublish_at",
        ]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "cover" in self.fields:
            self.fields["cover"].queryset = (
                Photo.objects.filter(album=self.instance)
                if self.instance.pk
                else Photo.objects.none()
            )


class PhotoInline(admin.TabularInline):
    model = Photo
    fields = ["preview", "image", "caption", "alt", "position"]
    readonly_fields = ["preview"]
    extra = 0

    @admin.display(description=_("xem trước"))
    def preview(self, obj):
        return thumbnail(obj.image)


@admin.register(Album)
class AlbumAdmin(WorkflowAdmin):
    form = AlbumForm
    inlines = [PhotoInline]
    list_display = [
        "title",
        "cover_thumbnail",
        "event_date",
        "photo_count",
        "status_label",
        "publish_at",
    ]
    list_display_links = ["title", "cover_thumbnail"]
    list_filter = ["status", "publish_at"]
    search_fields = ["title", "description"]
    date_hierarchy = "publish_at"
    frozen_when_published = ["slug"]  # a published address is shared: it must not move
    readonly_fields = ["created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "description", "event_date", "cover"]}),
        (_("Thêm ảnh"), {"fields": ["upload_photos", "photos_from_library"]}),
        (_("Xuất bản"), {"fields": ["status", "publish_at", "unpublish_at"]}),
        (
            _("Thông tin"),
            {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    class Media:
        js = ["admin/js/vi-slug.js"]

    def get_queryset(self, request):
        return super().get_queryset(request).for_listing()

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        files = form.cleaned_data.get("upload_photos")
        if files:
            self.add_photos(request, form.instance, files)
        chosen = form.cleaned_data.get("photos_from_library")
        if chosen:
            # In the order they were picked.
            order = [str(pk) for pk in form["photos_from_library"].value() or ()]
            chosen = sorted(chosen, key=lambda media: order.index(str(media.pk)))
            self.add_library_photos(request, form.instance, chosen)

    def add_library_photos(self, request, album, chosen):
        """Library images become photos of the album: the same stored files, no new upload."""
        position = album.photos.aggregate(last=Max("position"))["last"] or 0
        for offset, media in enumerate(chosen, start=1):
            Photo.objects.create(
                album=album,
                image=media.file.name,
                caption=media.caption,
                alt=media.alt,
                position=position + offset,
            )
        self.message_user(
            request,
            _("Đã thêm %(count)d ảnh từ thư viện vào album.") % {"count": len(chosen)},
            messages.SUCCESS,
        )

    def add_photos(self, request, album, files):
        """Make a photo of each file; report what was added and what was refused, and why."""
        position = album.photos.aggregate(last=Max("position"))["last"] or 0
        added, refused = 0, []
        for file in files:
            try:
                with transaction.atomic():
                    Photo.objects.create(album=album, image=file, position=position + 1)
            except ValidationError as error:
                refused.append((file.name, " ".join(error.messages)))
            else:
                added += 1
                position += 1
        if added:
            self.message_user(
                request,
                ngettext(
                    "Đã thêm %(count)d ảnh vào album.", "Đã thêm %(count)d ảnh vào album.", added
                )
                % {"count": added},
                messages.SUCCESS,
            )
        if refused:
            self.message_user(
                request,
                format_html(
                    "{}<ul>{}</ul>",
                    ngettext("%(count)d tệp bị từ chối:", "%(count)d tệp bị từ chối:", len(refused))
                    % {"count": len(refused)},
                    format_html_join("", "<li>{}: {}</li>", refused),
                ),
                messages.WARNING,
            )

    @admin.display(description=_("ảnh bìa"))
    def cover_thumbnail(self, obj):
        cover = obj.shown_cover
        return thumbnail(cover.image) if cover else ""

    @admin.display(description=_("số ảnh"), ordering="photo_count")
    def photo_count(self, obj):
        return obj.photo_count
