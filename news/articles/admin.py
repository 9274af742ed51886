"""Article authoring: the admin is the newsroom's tool, so it speaks its language."""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Max
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from news import library_admin, workflow
from news.admin_search import FoldedSearchMixin
from news.workflow_admin import WorkflowAdmin

from .models import Article, Category, Pin, Tag


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


class PublishersOnly:
    """Arranging the home page is for those who may publish articles."""

    def _publisher(self, request):
        return workflow.can_publish(request.user, Article)

    def has_view_permission(self, request, obj=None):
        return self._publisher(request) and super().has_view_permission(request, obj)

    def has_add_permission(self, request, *args):
        return self._publisher(request) and super().has_add_permission(request, *args)

    def has_change_permission(self, request, obj=None):
        return self._publisher(request) and super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._publisher(request) and super().has_delete_permission(request, obj)


class PinInline(PublishersOnly, admin.TabularInline):
    model = Pin
    fields = ["place", "category", "position", "ends_at"]
    extra = 0
    verbose_name = _("vị trí ghim trên trang chủ")
    verbose_name_plural = _("Ghim lên trang chủ")


@admin.register(Pin)
class PinAdmin(PublishersOnly, FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["article", "place_label", "position", "ends_at", "state"]
    list_display_links = ["article"]
    list_editable = ["position", "ends_at"]
    list_filter = ["place", "category"]
    list_select_related = ["article", "category"]
    autocomplete_fields = ["article"]
    search_fields = ["article__title"]
    fields = ["article", "place", "category", "position", "ends_at"]

    @admin.display(description=_("vị trí"), ordering="place")
    def place_label(self, obj):
        return obj.place_label

    @admin.display(description=_("tình trạng"))
    def state(self, obj):
        if obj.ends_at and obj.ends_at <= timezone.now():
            return gettext("Hết hạn ghim")
        if not obj.article.is_published:
            return gettext("Bài chưa hiện với bạn đọc")
        return gettext("Đang ghim")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


class ArticleForm(forms.ModelForm):
    image_from_library = library_admin.image_choice()

    class Meta:
        model = Article
        fields = ["image", "image_alt", "image_caption"]  # and those of the admin's fieldsets

    def clean(self):
        cleaned = super().clean()
        library_admin.use_chosen_image(
            self, "image", "image_from_library", alt="image_alt", caption="image_caption"
        )
        return cleaned


@admin.register(Article)
class ArticleAdmin(WorkflowAdmin):
    form = ArticleForm
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
    actions = [*WorkflowAdmin.actions, "pin_to_featured"]
    frozen_when_published = ["slug"]  # published links are shared and indexed
    editorial_fields = ("publish_at", "unpublish_at", "is_featured")
    readonly_fields = ["view_count", "created_by", "created_at", "updated_at"]
    fieldsets = [
        (None, {"fields": ["title", "slug", "category", "lead", "body", "tags"]}),
        (
            _("Ảnh đại diện"),
            {"fields": ["image", "image_from_library", "image_alt", "image_caption"]},
        ),
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

    def get_inlines(self, request, obj):
        return [PinInline] if self.has_publish_permission(request) else []

    def save_formset(self, request, form, formset, change):
        for pin in formset.save(commit=False):
            if pin.created_by_id is None:
                pin.created_by = request.user
            pin.save()
        for pin in formset.deleted_objects:
            pin.delete()

    @admin.action(description=_("Ghim vào Tin nổi bật"), permissions=["publish"])
    def pin_to_featured(self, request, queryset):
        """After the pins already there, in the list's order."""
        pins = Pin.objects.filter(place=Pin.Place.FEATURED)
        position = pins.active().aggregate(last=Max("position"))["last"] or 0
        already = set(pins.active().values_list("article_id", flat=True))
        added = 0
        for article in queryset:
            if article.pk in already:
                continue
            position += 1
            Pin.objects.create(
                article=article,
                place=Pin.Place.FEATURED,
                position=position,
                created_by=request.user,
            )
            added += 1
        self.message_user(
            request,
            gettext("Đã ghim %(count)d bài vào Tin nổi bật.") % {"count": added},
            messages.SUCCESS,
        )

    @admin.display(description=_("ảnh"))
    def thumbnail(self, obj):
        if not obj.image:
            return ""
        return format_html(
            '<img src="{}" alt="" width="64" height="40" style="object-fit:cover">',
            obj.image.url,
        )
