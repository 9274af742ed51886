"""Video authoring: paste the address, the provider and id are read from it."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from news.workflow_admin import WorkflowAdmin

from .models import Video


@admin.register(Video)
class VideoAdmin(WorkflowAdmin):
    list_display = ["title", "thumbnail", "provider", "order", "status_label", "publish_at"]
    list_display_links = ["title", "thumbnail"]
    list_editable = ["order"]
    list_filter = ["status", "provider", "publish_at"]
    search_fields = ["title", "description"]
    date_hierarchy = "publish_at"
    readonly_fields = ["player", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "url", "player", "description", "order"]}),
        (_("Xuất bản"), {"fields": ["status", "publish_at", "unpublish_at"]}),
        (
            _("Thông tin"),
            {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    @admin.display(description=_("ảnh"))
    def thumbnail(self, obj):
        if not obj.thumbnail_url:
            return obj.provider_name
        return format_html(
            '<img src="{}" alt="" width="80" height="45" style="object-fit:cover" '
            'referrerpolicy="no-referrer" loading="lazy">',
            obj.thumbnail_url,
        )

    @admin.display(description=_("xem trước"))
    def player(self, obj):
        if not obj.pk:
            return _("Lưu lại để xem trước video.")
        return format_html(
            '<iframe src="{}" title="{}" width="480" height="270" loading="lazy" '
            'referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>',
            obj.embed_url,
            obj.title,
        )
