"""What the admin of every publishable content type shares: who created it, its state, and
the publish / unpublish actions."""

from django.contrib import admin, messages
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from news.publishing import Status


class PublishableAdmin(admin.ModelAdmin):
    actions = ["publish", "unpublish"]
    # Fields that become read-only once the item is published (a shared address, say).
    frozen_when_published = ()

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status == Status.PUBLISHED:
            fields += self.frozen_when_published
        return fields

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("trạng thái"), ordering="status")
    def status_label(self, obj):
        if obj.is_scheduled:
            label, colour = _("Hẹn giờ"), "#8a5a00"
        elif obj.is_published:
            label, colour = _("Đã xuất bản"), "#1b6e20"
        else:
            label, colour = _("Bản nháp"), "#555"
        return format_html('<strong style="color:{}">{}</strong>', colour, label)

    def _set_status(self, queryset, status):
        # One by one, not update(): each save fires the signal that refreshes the caches.
        count = 0
        for obj in queryset.exclude(status=status):
            obj.status = status
            obj.save(update_fields=["status", "updated_at"])
            count += 1
        return count

    @admin.action(description=_("Xuất bản các mục đã chọn"), permissions=["change"])
    def publish(self, request, queryset):
        count = self._set_status(queryset, Status.PUBLISHED)
        self.message_user(
            request,
            _("Đã xuất bản %(count)d %(name)s.")
            % {"count": count, "name": self.model._meta.verbose_name},
            messages.SUCCESS,
        )

    @admin.action(description=_("Gỡ xuống (chuyển về bản nháp)"), permissions=["change"])
    def unpublish(self, request, queryset):
        count = self._set_status(queryset, Status.DRAFT)
        self.message_user(
            request,
            _("Đã gỡ %(count)d %(name)s khỏi trang công khai.")
            % {"count": count, "name": self.model._meta.verbose_name},
            messages.SUCCESS,
        )
