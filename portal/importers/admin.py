"""Import runs in the admin: each run's report, read-only."""

from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from .models import ImportRun


@admin.register(ImportRun)
class ImportRunAdmin(admin.ModelAdmin):
    list_display = [
        "started_at",
        "kind",
        "source",
        "created",
        "updated",
        "unchanged",
        "skipped",
        "refused",
        "duration",
    ]
    list_filter = ["kind"]
    date_hierarchy = "started_at"
    fields = ["kind", "source", "started_at", "finished_at", "duration", "report_text"]
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def _count(key, label):
        @admin.display(description=label)
        def count(self, obj):
            return obj.counts.get(key, 0)

        return count

    created = _count("created", _("tạo mới"))
    updated = _count("updated", _("cập nhật"))
    unchanged = _count("unchanged", _("không đổi"))
    skipped = _count("skipped", _("bỏ qua"))
    refused = _count("refused", _("từ chối"))

    @admin.display(description=_("thời gian chạy"))
    def duration(self, obj):
        seconds = round((obj.finished_at - obj.started_at).total_seconds())
        return f"{seconds // 60} phút {seconds % 60} giây"

    @admin.display(description=_("báo cáo"))
    def report_text(self, obj):
        return format_html('<pre style="white-space:pre-wrap">{}</pre>', obj.report)
