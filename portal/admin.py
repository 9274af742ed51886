"""The admin site's titles, and the site identity as a single record."""

from django.contrib import admin
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .models import SiteIdentity

admin.site.site_header = _("Quản trị cổng thông tin")
admin.site.site_title = _("Quản trị cổng thông tin")
admin.site.index_title = _("Bảng điều khiển")


@admin.register(SiteIdentity)
class SiteIdentityAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fields = [
        "name",
        "tagline",
        "logo",
        "address",
        "phone",
        "email",
        "footer_text",
        "tracking_script_url",
    ]

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteIdentity.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        identity = SiteIdentity.objects.order_by("pk").first()
        if identity is None:
            return redirect(reverse("admin:portal_siteidentity_add"))
        return redirect(reverse("admin:portal_siteidentity_change", args=[identity.pk]))
