"""Article authoring: the admin is the newsroom's tool, so it speaks its language."""

from django.contrib import admin
from django.db.models import Count
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from news.admin_search import FoldedSearchMixin
from news.workflow_admin import WorkflowAdmin

from .models import Article, Category, Tag


@admin.register(Category)
class CategoryAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "parent", "order", "show_in_menu"]
    list_editable = ["order", "show_in_menu"]
    list_filter = ["show_in_menu", "parent"]
    search_fields = ["name"]
    list_select_related = ["parent"]
    fields = ["name", "slug", "parent", "order", "show_in_menu", "description"]

    class Media:
        js = ["admin/js/vi-slug.js"]


@admin.register(Tag)
class TagAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name", "slug"]
    ordering = ["name"]  # the article count groups rows, and grouping drops Meta.ordering
    fields = ["name"]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(article_count=Count("articles"))

    @admin.display(description=_("số bài viết"), ordering="article_count")
    def article_count(self, obj):
        return obj.article_count


@admin.register(Article)
class ArticleAdmin(WorkflowAdmin):
    list_display = [
        "title",
        "thumbnail",
        "category",
        "status_label",
        "created_by",
        "publish_at",
        "is_featured",
        "view_count",
    ]
    list_display_links = ["title", "thumbnail"]
    list_filter = ["status", "is_featured", "category", "publish_at"]
    list_select_related = ["category__parent", "created_by"]
    search_fields = ["title", "lead", "author_name", "source"]
    autocomplete_fields = ["tags"]
    date_hierarchy = "publish_at"
    list_per_page = 30
    frozen_when_published = ["slug"]  # published links are shared and indexed
    editorial_fields = ("publish_at", "unpublish_at", "is_featured")
    readonly_fields = ["view_count", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "lead", "body", "tags"]}),
        (_("Ảnh đại diện"), {"fields": ["image", "image_alt", "image_caption"]}),
        (
            _("Xuất bản"),
            {
                "fields": [
                    "status",
                    "publish_at",
                    "unpublish_at",
                    "is_featured",
                    "source",
                    "author_name",
                ]
            },
        ),
        (
            _("Thông tin"),
            {
                "fields": ["view_count", "created_by", "created_at", "updated_at"],
                "classes": ["collapse"],
            },
        ),
    ]

    class Media:
        js = ["admin/js/vi-slug.js"]

    @admin.display(description=_("ảnh"))
    def thumbnail(self, obj):
        if not obj.image:
            return ""
        return format_html(
            '<img src="{}" alt="" width="64" height="40" style="object-fit:cover">',
            obj.image.url,
        )
