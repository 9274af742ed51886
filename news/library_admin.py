"""The media library in the admin: its list (search, filters, thumbnails, where used), a file's
page (texts, folder, focal point, shapes), and the choosers that reuse a file elsewhere.

The chooser is Django's own raw-id lookup pointed at the library's list: a window where the
writer searches and filters, and picks a file with one click. It needs no script of ours and
keeps to the admin's Content-Security-Policy. The rich-text editor gets the same window through
a button under it (templates/django_ckeditor_5/widget.html, static/admin/js/library.js).
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import ForeignKeyRawIdWidget, ManyToManyRawIdWidget
from django.core.files.storage import default_storage
from django.db.models import Count
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.defaultfilters import filesizeformat
from django.urls import path, reverse_lazy
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from news import library, renditions
from news.admin_search import FoldedSearchMixin
from news.images import CheckedImageFormField
from news.models import MediaFile, MediaFolder, MediaUse


def thumbnail(media, width=96, height=54):
    if media.kind != MediaFile.Kind.IMAGE or not media.renditions.get("fallback"):
        return format_html('<span class="library-file-badge">{}</span>', _("Tệp"))
    return format_html(
        '<img src="{}" alt="" width="{}" height="{}" style="object-fit:cover">',
        default_storage.url(media.renditions["fallback"][0][1]),
        width,
        height,
    )


def public_url(media):
    """Where readers get `media`: an image at its own address; a file (a document's, never
    served from the media folder as it is) from the public page of the item that shows it."""
    if media.kind == MediaFile.Kind.IMAGE:
        return default_storage.url(media.file.name)
    for _item, shown, _label, _url in library.uses_of(media):
        if hasattr(shown, "get_absolute_url"):
            return shown.get_absolute_url()
    return ""


def embed(media):
    """What a chooser or the editor needs to show `media`: addresses, size, texts."""
    record = media.renditions or {}
    url = public_url(media)
    fallback = record.get("fallback")
    data = {
        "id": media.pk,
        "kind": media.kind,
        "name": str(media),
        "url": url,
        "alt": media.alt,
        "caption": media.caption,
        "width": record.get("width"),
        "height": record.get("height"),
        "src": default_storage.url(fallback[-1][1]) if fallback else url,
        "thumbnail": default_storage.url(fallback[0][1]) if fallback else "",
        "srcset": renditions.srcset(default_storage, record["webp"]) if fallback else "",
    }
    if fallback:
        # The numbered widths are what CKEditor's upload answer carries (portal.views).
        data["urls"] = {str(w): default_storage.url(n) for w, n in record["webp"]}
        data["urls"]["default"] = data["src"]
    return data


# Choosers --------------------------------------------------------------------------------------

_LIBRARY = MediaUse._meta.get_field("media").remote_field
_EMBED = reverse_lazy("admin:news_mediafile_embed", args=[0])


class ChooserMixin:
    """Django's raw-id lookup, pointed at the library's list (`kind` narrows it: "image")."""

    template_name = "admin/library/chooser.html"

    def __init__(self, kind=None, attrs=None):
        self.kind = kind
        attrs = {"class": "library-chooser", "data-embed": _EMBED, **(attrs or {})}
        super().__init__(_LIBRARY, admin.site, attrs)

    def base_url_parameters(self):
        return {"kind": self.kind} if self.kind else {}


class LibraryChooser(ChooserMixin, ForeignKeyRawIdWidget):
    """Pick one library file."""


class LibraryMultiChooser(ChooserMixin, ManyToManyRawIdWidget):
    """Pick several library files, one after the other."""


def images():
    return MediaFile.objects.filter(kind=MediaFile.Kind.IMAGE)


def image_choice(label=None):
    return forms.ModelChoiceField(
        queryset=images(),
        required=False,
        label=label or gettext_lazy("Hoặc chọn ảnh có sẵn trong thư viện"),
        widget=LibraryChooser(kind=MediaFile.Kind.IMAGE),
        help_text=gettext_lazy("Bấm kính lúp để tìm ảnh đã tải lên trước đây và dùng lại."),
    )


def images_choice(label):
    return forms.ModelMultipleChoiceField(
        queryset=images(),
        required=False,
        label=label,
        widget=LibraryMultiChooser(kind=MediaFile.Kind.IMAGE),
        help_text=gettext_lazy("Bấm kính lúp để chọn từng ảnh trong thư viện."),
    )


def use_chosen_image(form, image, choice, alt="", caption=""):
    """In a form's clean(): a library image picked in `choice` becomes the value of the image
    field `image` (the same stored file), its texts filling `alt` and `caption` if empty."""
    media = form.cleaned_data.get(choice)
    if media is None:
        return
    if form.cleaned_data.get(image) and form.cleaned_data.get(image) != form.initial.get(image):
        form.add_error(choice, _("Hãy tải ảnh mới lên hoặc chọn ảnh trong thư viện, không cả hai."))
        return
    form.cleaned_data[image] = media.file.name
    for field, text in ((alt, media.alt), (caption, media.caption)):
        if field and not form.cleaned_data.get(field, "").strip():
            form.cleaned_data[field] = text


# The library's own pages -----------------------------------------------------------------------


@admin.register(MediaFolder)
class MediaFolderAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["__str__", "file_count"]
    search_fields = ["name"]
    fields = ["name", "parent"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("parent").annotate(n=Count("files"))

    @admin.display(description=gettext_lazy("số tệp"), ordering="n")
    def file_count(self, obj):
        return obj.n


class MediaFileForm(forms.ModelForm):
    upload = CheckedImageFormField(
        label=gettext_lazy("Ảnh"),
        required=False,
        help_text=gettext_lazy("JPEG, PNG, WebP hoặc GIF. Tệp văn bản được thêm từ trang văn bản."),
    )

    class Meta:
        model = MediaFile
        fields = ["caption", "alt", "folder", "focal_x", "focal_y"]
        widgets = {
            "focal_x": forms.NumberInput(attrs={"step": "0.01", "min": 0, "max": 1}),
            "focal_y": forms.NumberInput(attrs={"step": "0.01", "min": 0, "max": 1}),
        }

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None and not cleaned.get("upload"):
            self.add_error("upload", _("Hãy chọn một tệp ảnh để tải lên."))
        return cleaned


@admin.register(MediaFile)
class MediaFileAdmin(FoldedSearchMixin, admin.ModelAdmin):
    form = MediaFileForm
    list_display = [
        "thumbnail",
        "name",
        "caption",
        "folder",
        "origin",
        "uploaded_by",
        "uploaded_at",
        "size_label",
        "use_count",
    ]
    list_display_links = ["thumbnail", "name"]
    list_filter = [
        "kind",
        "folder",
        "origin",
        ("uploaded_by", admin.RelatedOnlyFieldListFilter),
        "uploaded_at",
    ]
    search_fields = ["original_name", "file", "caption", "alt"]
    search_help_text = gettext_lazy("Tìm theo tên tệp, chú thích hoặc mô tả ảnh.")
    date_hierarchy = "uploaded_at"
    list_per_page = 40
    actions = ["move_to_folder"]
    readonly_fields = ["focal_picker", "details", "where_used", "shapes"]

    class Media:
        js = ["admin/js/library.js"]
        css = {"all": ["admin/css/library.css"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("folder", "uploaded_by")
            .annotate(use_count=Count("uses"))
        )

    def get_fieldsets(self, request, obj=None):
        if obj is None:
            return [(None, {"fields": ["upload", "caption", "alt", "folder"]})]
        fieldsets = [
            (None, {"fields": ["details", "caption", "alt", "folder"]}),
            (_("Nơi dùng"), {"fields": ["where_used"]}),
        ]
        if obj.kind == MediaFile.Kind.IMAGE and obj.renditions.get("fallback"):
            fieldsets.insert(
                1,
                (
                    _("Điểm quan trọng của ảnh"),
                    {
                        "fields": ["focal_picker", ("focal_x", "focal_y"), "shapes"],
                        "description": _(
                            "Bấm vào điểm quan trọng nhất của ảnh (khuôn mặt, biểu trưng...): "
                            "mọi khung cắt cố định (thẻ tin 16:9, ảnh vuông, ảnh chia sẻ "
                            "1200x630) lấy điểm này làm tâm. Hoặc nhập tỉ lệ từ 0 (trái, trên) "
                            "đến 1 (phải, dưới)."
                        ),
                    },
                ),
            )
        return fieldsets

    def save_model(self, request, obj, form, change):
        if not change:
            stored = library.stored_image(form.cleaned_data["upload"], folder="library")
            for name, value in stored.items():
                setattr(obj, name, value)
            obj.origin = _("Thư viện")
            obj.uploaded_by = request.user
            super().save_model(request, obj, form, change)
            return
        moved = {"focal_x", "focal_y"} & set(form.changed_data)
        super().save_model(request, obj, form, change)
        if moved:
            library.refocus(obj, obj.focal_x, obj.focal_y)
            self.message_user(
                request,
                _("Đã cắt lại ảnh quanh điểm mới, ở mọi nơi đang dùng ảnh."),
                messages.SUCCESS,
            )

    # Columns and read-only parts ------------------------------------------------------------

    @admin.display(description=gettext_lazy("ảnh"))
    def thumbnail(self, obj):
        return thumbnail(obj)

    @admin.display(description=gettext_lazy("tên tệp"), ordering="original_name")
    def name(self, obj):
        return str(obj)

    @admin.display(description=gettext_lazy("dung lượng"), ordering="size")
    def size_label(self, obj):
        return filesizeformat(obj.size) if obj.size else ""

    @admin.display(description=gettext_lazy("nơi dùng"), ordering="use_count")
    def use_count(self, obj):
        return obj.use_count

    @admin.display(description=gettext_lazy("tệp"))
    def details(self, obj):
        url = public_url(obj)
        name = format_html('<a href="{}">{}</a>', url, obj.file.name) if url else obj.file.name
        parts = [name, obj.get_kind_display()]
        if obj.width:
            parts.append(f"{obj.width} × {obj.height}")
        if obj.size:
            parts.append(filesizeformat(obj.size))
        uploaded = formats.localize(timezone.localtime(obj.uploaded_at))
        who = obj.uploaded_by.get_username() if obj.uploaded_by else "—"
        parts.append(_("tải lên lúc %(when)s, bởi %(who)s") % {"when": uploaded, "who": who})
        if obj.origin:
            parts.append(_("từ: %(origin)s") % {"origin": obj.origin})
        return format_html_join(" · ", "{}", ((part,) for part in parts))

    @admin.display(description=gettext_lazy("ảnh"))
    def focal_picker(self, obj):
        fallback = obj.renditions["fallback"]
        src = next((n for w, n in fallback if w >= 800), fallback[-1][1])
        return format_html(
            '<div class="focal-picker"><img src="{}" alt="{}" class="focal-picker__image" '
            'width="{}" height="{}"><span class="focal-picker__mark" aria-hidden="true" '
            'style="left:{}%;top:{}%"></span></div>',
            default_storage.url(src),
            _("Bấm để chọn điểm quan trọng"),
            obj.width,
            obj.height,
            round(obj.focal_x * 100, 1),
            round(obj.focal_y * 100, 1),
        )

    @admin.display(description=gettext_lazy("các khung cắt"))
    def shapes(self, obj):
        record = obj.renditions
        shown = []
        for shape, crop in record.get("crops", {}).items():
            shown.append((default_storage.url(crop["fallback"][0][1]), shape))
        if record.get("share"):
            shown.append((default_storage.url(record["share"]["name"]), "1200×630"))
        return format_html_join(
            "",
            '<figure class="library-shape"><img src="{}" alt="" height="90"><figcaption>{}'
            "</figcaption></figure>",
            shown,
        )

    @admin.display(description=gettext_lazy("đang dùng ở"))
    def where_used(self, obj):
        uses = library.uses_of(obj)
        if not uses:
            return _("Chưa dùng ở đâu: có thể xóa.")
        rows = []
        for item, shown, label, url in uses:
            name = f"{shown._meta.verbose_name} “{shown}”"
            if shown is not item:
                name += f" ({item._meta.verbose_name})"
            rows.append((url or "#", name, label))
        return format_html(
            "<ul class='library-uses'>{}</ul>",
            format_html_join("", '<li><a href="{}">{}</a>: {}</li>', rows),
        )

    # Moving files between folders ------------------------------------------------------------

    @admin.action(description=gettext_lazy("Chuyển vào thư mục…"), permissions=["change"])
    def move_to_folder(self, request, queryset):
        from django.template.response import TemplateResponse

        folder_id = request.POST.get("folder")
        if folder_id is None:
            context = {
                **self.admin_site.each_context(request),
                "title": _("Chuyển vào thư mục"),
                "opts": self.model._meta,
                "queryset": queryset,
                "folders": MediaFolder.objects.select_related("parent"),
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
            }
            request.current_app = self.admin_site.name
            return TemplateResponse(request, "admin/library/move_to_folder.html", context)
        folder = MediaFolder.objects.filter(pk=folder_id).first() if folder_id else None
        count = queryset.update(folder=folder)
        self.message_user(
            request,
            _("Đã chuyển %(count)d tệp vào “%(folder)s”.")
            % {"count": count, "folder": folder or _("không thư mục")},
            messages.SUCCESS,
        )

    # What the choosers and the editor read ---------------------------------------------------

    def get_urls(self):
        return [
            path(
                "<int:pk>/embed/",
                self.admin_site.admin_view(self.embed_view),
                name="news_mediafile_embed",
            ),
            *super().get_urls(),
        ]

    def embed_view(self, request, pk):
        if not self.has_view_permission(request):
            return JsonResponse({"error": _("Bạn không có quyền xem thư viện.")}, status=403)
        return JsonResponse(embed(get_object_or_404(MediaFile, pk=pk)))
