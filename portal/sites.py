"""The portal's admin site: the newsroom's dashboard and a sign-in with a second factor."""

from django.contrib import admin
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from news.workflow_admin import WorkflowAdmin
from portal import signin


class PortalAdminSite(admin.AdminSite):
    site_header = _("Quản trị cổng thông tin")
    site_title = _("Quản trị cổng thông tin")
    index_title = _("Bảng điều khiển")
    index_template = "admin/portal_index.html"
    login_template = "admin/portal_login.html"

    login_form = signin.LoginForm

    def get_urls(self):
        return [
            path(
                "bao-mat/xac-thuc-hai-lop/",
                self.admin_view(signin.two_factor_view),
                name="two_factor",
            ),
            *super().get_urls(),
        ]

    def workflow_summary(self, request):
        """For each content type the user may see: counts per state and what waits for review."""
        summary = []
        for model, model_admin in self._registry.items():
            if not isinstance(model_admin, WorkflowAdmin):
                continue
            if not model_admin.has_view_or_change_permission(request):
                continue
            opts = model._meta
            summary.append(
                {
                    "opts": opts,
                    "name": opts.verbose_name_plural,
                    "changelist": reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"),
                    "counts": model_admin.state_counts(request),
                    "queue": model_admin.review_queue(request),
                }
            )
        return sorted(summary, key=lambda item: str(item["name"]))

    def index(self, request, extra_context=None):
        context = {"workflow": self.workflow_summary(request), **(extra_context or {})}
        return super().index(request, context)
