"""The register's authoring: documents with their files, and the editable lists."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from news.admin_search import FoldedSearchMixin
from news.workflow_admin import WorkflowAdmin

from .models import Attachment, Document, DocumentType, Issuer, Topic


class ClassificationAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "order"]
    list_editable = ["order"]
    search_fields = ["name"]
    fields = ["name", "slug", "order"]

    class Media:
        js = ["admin/js/vi-slug.js"]


admin.site.register(DocumentType, ClassificationAdmin)
admin.site.register(Issuer, ClassificationAdmin)
admin.site.register(Topic, ClassificationAdmin)


class AttachmentInline(admin.TabularInline):
    model = Attachment
    extra = 1
    fields = ["file", "title", "order", "size"]
    readonly_fields = ["size"]


@admin.register(Document)
class DocumentAdmin(WorkflowAdmin):
    list_display = ["number", "doc_type", "summary_short", "issuer", "issued_on", "status_label"]
    list_display_links = ["number", "summary_short"]
    list_filter = ["status", "doc_type", "issuer", "topic", "issued_on"]
    list_select_related = ["doc_type", "issuer"]
    search_fields = ["number", "summary", "doc_type__name", "signer", "issuer__name"]
    search_help_text = _(
        "Tìm theo số ký hiệu, trích yếu, loại văn bản, người ký hoặc cơ quan ban hành; gõ có dấu "
        "hay không dấu đều được."
    )
    date_hierarchy = "issued_on"
    autocomplete_fields = ["doc_type", "issuer", "topic"]
    inlines = [AttachmentInline]
    frozen_when_published = ["slug"]
    readonly_fields = ["created_by", "created_at", "updated_at"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "number",
                    "slug",
                    "doc_type",
                    "issuer",
                    "topic",
                    "signer",
                    ("issued_on", "effective_on"),
                    "summary",
                ]
            },
        ),
        (_("Xuất bản"), {"fields": ["status", "publish_at", "unpublish_at"]}),
        (
            _("Thông tin"),
            {"fields": ["created_by", "created_at", "updated_at"], "classes": ["collapse"]},
        ),
    ]

    @admin.display(description=_("trích yếu"), ordering="summary")
    def summary_short(self, obj):
        return obj.summary if len(obj.summary) <= 90 else f"{obj.summary[:88]}…"
