from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from news.admin_search import FoldedSearchMixin
from news.renditions import rendition_url

from .models import Partner


@admin.register(Partner)
class PartnerAdmin(FoldedSearchMixin, admin.ModelAdmin):
    list_display = ["name", "logo_thumbnail", "url", "order", "is_active"]
    list_editable = ["order", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["name", "url"]
    fields = ["name", "url", "logo", "order", "is_active"]

    @admin.display(description=_("logo"))
    def logo_thumbnail(self, obj):
        if not obj.logo:
            return ""
        return format_html(
            '<img src="{}" alt="" height="32" style="max-width:120px;object-fit:contain">',
            rendition_url(obj.logo, 240),
        )
