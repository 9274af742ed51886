"""Organization pages in the admin: the article editor, a language and a place in the menu."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from news.workflow_admin import WorkflowAdmin

from .models import Page


@admin.register(Page)
class PageAdmin(WorkflowAdmin):
    list_display = ["title", "slug", "language", "order", "show_in_menu", "status_label"]
    list_editable = ["order", "show_in_menu"]
    list_filter = ["status", "language", "show_in_menu"]
    search_fields = ["title"]
    frozen_when_published = ["slug"]
    readonly_fields = ["created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "language", "body"]}),
        (
            _("Trình đơn và xuất bản"),
            {"fields": ["order", "show_in_menu", "status", "publish_at", "unpublish_at"]},
        ),
        (
            _("Thông tin"),
            {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    class Media:
        js = ["admin/js/vi-slug.js"]
