"""The portal's admin site: the newsroom's dashboard and a sign-in with a second factor."""

from django import forms
from django.contrib import admin, messages
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from news.models import NotificationSettings
from news.preview import is_visible_to
from news.workflow_admin import WorkflowAdmin
from portal import signin


class NotificationSettingsForm(forms.ModelForm):
    class Meta:
        model = NotificationSettings
        fields = ["by_email"]


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
            path(
                "tai-khoan/thong-bao/",
                self.admin_view(self.notification_settings_view),
                name="notification_settings",
            ),
            # Before Django's own, which sends any staff member to any item's address.
            path(
                "r/<int:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            *super().get_urls(),
        ]

    def notification_settings_view(self, request):
        """Each staff member turns the workflow's e-mail (news.notifications) on or off."""
        current = NotificationSettings.objects.filter(user=request.user).first()
        current = current or NotificationSettings(user=request.user)
        form = NotificationSettingsForm(
            request.POST if request.method == "POST" else None, instance=current
        )
        if request.method == "POST" and form.is_valid():
            form.save()
            messages.success(request, _("Đã lưu cài đặt thông báo."))
            return redirect("admin:notification_settings")
        context = {
            **self.each_context(request),
            "title": _("Thông báo qua thư điện tử"),
            "form": form,
            "has_email": bool(request.user.email),
        }
        return TemplateResponse(request, "admin/notification_settings.html", context)

    def view_on_site(self, request, content_type_id, object_id):
        """ "Xem trên trang": only to an item the user may open there (news.preview)."""
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            obj = model._default_manager.get(pk=object_id)
        except (ObjectDoesNotExist, AttributeError, ValueError, ValidationError) as missing:
            raise Http404 from missing
        if not is_visible_to(request.user, obj):
            raise Http404
        return contenttype_views.shortcut(request, content_type_id, object_id)

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
