"""Article authoring: the admin is the newsroom's tool, so it speaks its language."""

from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from news.publishing import Status

from .models import Article, Category, Tag


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "parent", "order", "show_in_menu"]
    list_editable = ["order", "show_in_menu"]
    list_filter = ["show_in_menu", "parent"]
    search_fields = ["name"]
    list_select_related = ["parent"]
    fields = ["name", "slug", "parent", "order", "show_in_menu", "description"]

    class Media:
        js = ["admin/js/vi-slug.js"]


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
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
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "thumbnail",
        "category",
        "status_label",
        "publish_at",
        "is_featured",
        "view_count",
    ]
    list_display_links = ["title", "thumbnail"]
    list_filter = ["status", "is_featured", "category", "publish_at"]
    list_select_related = ["category__parent"]
    search_fields = ["title", "lead", "author_name", "source"]
    autocomplete_fields = ["tags"]
    date_hierarchy = "publish_at"
    actions = ["publish", "unpublish"]
    list_per_page = 30
    readonly_fields = ["view_count", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "lead", "body", "tags"]}),
        (_("Ảnh đại diện"), {"fields": ["image", "image_alt", "image_caption"]}),
        (
            _("Xuất bản"),
            {"fields": ["status", "publish_at", "is_featured", "source", "author_name"]},
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

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status == Status.PUBLISHED:
            # Published links are shared and indexed: the address must not move.
            fields.append("slug")
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("ảnh"))
    def thumbnail(self, obj):
        if not obj.image:
            return ""
        return format_html(
            '<img src="{}" alt="" width="64" height="40" style="object-fit:cover">',
            obj.image.url,
        )

    @admin.display(description=_("trạng thái"), ordering="status")
    def status_label(self, obj):
        if obj.is_scheduled:
            label, colour = _("Hẹn giờ"), "#8a5a00"
        elif obj.is_published:
            label, colour = _("Đã xuất bản"), "#1b6e20"
        else:
            label, colour = _("Bản nháp"), "#555"
        return format_html('<strong style="color:{}">{}</strong>', colour, label)

    def _set_status(self, request, queryset, status):
        # Saved one by one, not with update(): saving fires the signals that refresh caches.
        count = 0
        for article in queryset.exclude(status=status):
            article.status = status
            article.save(update_fields=["status", "updated_at"])
            count += 1
        return count

    @admin.action(description=_("Xuất bản các bài đã chọn"), permissions=["change"])
    def publish(self, request, queryset):
        count = self._set_status(request, queryset, Status.PUBLISHED)
        scheduled = queryset.filter(publish_at__gt=timezone.now()).count()
        message = ngettext(
            "Đã xuất bản %(count)d bài viết.", "Đã xuất bản %(count)d bài viết.", count
        ) % {"count": count}
        if scheduled:
            message += " " + _("%(n)d bài sẽ hiện khi đến giờ hẹn.") % {"n": scheduled}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description=_("Gỡ xuống (chuyển về bản nháp)"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = self._set_status(request, queryset, Status.DRAFT)
        self.message_user(
            request,
            _("Đã gỡ %(count)d bài viết khỏi trang công khai.") % {"count": count},
            messages.SUCCESS,
        )
