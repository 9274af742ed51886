"""Organization pages in the admin: the article editor, a language and a place in the menu."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from news.publishing import Status

from .models import Page


@admin.register(Page)
class PageAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "language", "order", "show_in_menu", "status"]
    list_editable = ["order", "show_in_menu"]
    list_filter = ["status", "language", "show_in_menu"]
    search_fields = ["title"]
    readonly_fields = ["created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "language", "body"]}),
        (_("Trình đơn và xuất bản"), {"fields": ["order", "show_in_menu", "status", "publish_at"]}),
        (
            _("Thông tin"),
            {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    class Media:
        js = ["admin/js/vi-slug.js"]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status == Status.PUBLISHED:
            fields.append("slug")
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
