"""Redirects in the admin: add and edit them, upload many as CSV, and see the 404 list."""

from urllib.parse import urlencode

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.db.models import Q
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from . import addresses, csvfile
from .models import MissingAddress, Redirect


class RedirectForm(forms.ModelForm):
    old_address = forms.CharField(
        label=gettext_lazy("Địa chỉ cũ"),
        max_length=2000,
        help_text=gettext_lazy(
            "Đường dẫn hoặc địa chỉ đầy đủ trên trang cũ, ví dụ /?p=123, /tin-tuc/bai-cu.html "
            "hoặc http://tenmien-cu.gov.vn/index.php?option=com_content&id=45. Chuyển hướng chỉ "
            "có tác dụng khi địa chỉ đó không còn trang nào trên cổng."
        ),
    )

    class Meta:
        model = Redirect
        fields = ["target_url"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["old_address"].initial = self.instance.old_address

    def clean_old_address(self):
        old = addresses.split(self.cleaned_data["old_address"])
        problem = csvfile.old_error(old)
        if problem:
            raise forms.ValidationError(problem.capitalize() + ".")
        taken = Redirect.objects.filter(old_path=old[0], old_query=old[1])
        if taken.exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                _("Địa chỉ cũ này đã có chuyển hướng; hãy sửa chuyển hướng đó.")
            )
        return old

    def clean(self):
        data = super().clean()
        old, target = data.get("old_address"), (data.get("target_url") or "").strip()
        if old is None:
            return data
        if not target and self.instance.content_type_id:
            return data  # leads to an item, as an import or a move made it
        problem = csvfile.target_error(old, target)
        if problem:
            self.add_error("target_url", problem.capitalize() + ".")
        data["target_url"] = target
        return data

    def save(self, commit=True):
        self.instance.old_path, self.instance.old_query = self.cleaned_data["old_address"]
        return super().save(commit)


class UploadForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("Tệp CSV"),
        help_text=gettext_lazy(
            "Mỗi dòng hai cột: địa chỉ cũ, địa chỉ mới. Dòng đầu có thể là tên cột. Lưu từ Excel "
            "bằng “CSV UTF-8”."
        ),
    )


def resolve_missing(pairs):
    """The 404 list forgets addresses that now have a redirect."""
    query = Q(pk__in=[])
    for old_path, old_query in pairs:
        query |= Q(path=old_path, query=old_query)
    MissingAddress.objects.filter(query).delete()


@admin.register(Redirect)
class RedirectAdmin(admin.ModelAdmin):
    form = RedirectForm
    list_display = ["old_address", "destination_link", "origin", "hits", "last_hit_at"]
    list_filter = ["origin"]
    search_fields = ["old_path", "old_query", "target_url"]
    readonly_fields = ["target_item", "origin", "hits", "last_hit_at", "created_at"]
    fields = ["old_address", "target_url", "target_item", "origin", "hits", "last_hit_at"]
    list_per_page = 50
    change_list_template = "admin/redirects/redirect/change_list.html"

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        if request.GET.get("old_address"):
            initial["old_address"] = request.GET["old_address"]
        return initial

    @admin.display(description=gettext_lazy("địa chỉ cũ"), ordering="old_path")
    def old_address(self, obj):
        return obj.old_address

    @admin.display(description=gettext_lazy("chuyển tới"))
    def destination_link(self, obj):
        destination = obj.destination()
        if destination is None:
            return _("(mục đã xóa hoặc chưa công khai)")
        return format_html('<a href="{}">{}</a>', destination, destination)

    @admin.display(description=gettext_lazy("mục nội dung"))
    def target_item(self, obj):
        if not obj.content_type_id:
            return "—"
        item = obj.target
        if item is None:
            return _("(đã xóa)")
        url = reverse(
            f"admin:{obj.content_type.app_label}_{obj.content_type.model}_change", args=[item.pk]
        )
        return format_html('<a href="{}">{}</a>', url, item)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        resolve_missing([(obj.old_path, obj.old_query)])

    def get_urls(self):
        upload = self.admin_site.admin_view(self.upload_view)
        return [path("tai-len/", upload, name="redirects_redirect_upload"), *super().get_urls()]

    def upload_view(self, request):
        if not (self.has_add_permission(request) and self.has_change_permission(request)):
            return redirect("admin:redirects_redirect_changelist")
        form = UploadForm(request.POST or None, request.FILES or None)
        errors = []
        if request.method == "POST" and form.is_valid():
            rows, errors = csvfile.parse(form.cleaned_data["file"].read())
            if not rows and not errors:
                errors = [_("Tệp không có dòng nào.")]
            if not errors:
                created, updated = self.store(rows)
                self.message_user(
                    request,
                    _("Đã thêm %(created)d và cập nhật %(updated)d chuyển hướng.")
                    % {"created": created, "updated": updated},
                    messages.SUCCESS,
                )
                return redirect("admin:redirects_redirect_changelist")
        context = {
            **self.admin_site.each_context(request),
            "title": _("Tải lên chuyển hướng từ tệp CSV"),
            "opts": self.model._meta,
            "form": form,
            "errors": errors,
        }
        return TemplateResponse(request, "admin/redirects/redirect/upload.html", context)

    @transaction.atomic
    def store(self, rows):
        """Add or replace the redirects of `rows` (all or none), with one cache refresh."""
        pairs = [(row.old_path, row.old_query) for row in rows]
        existing = set()
        for start in range(0, len(pairs), 500):
            chunk = rows[start : start + 500]
            query = Q(pk__in=[])
            for row in chunk:
                query |= Q(old_path=row.old_path, old_query=row.old_query)
            existing.update(Redirect.objects.filter(query).values_list("old_path", "old_query"))
        Redirect.objects.bulk_create(
            [
                Redirect(
                    old_path=row.old_path,
                    old_query=row.old_query,
                    target_url=row.target_url,
                    origin=Redirect.Origin.MANUAL,
                )
                for row in rows
            ],
            batch_size=500,
            update_conflicts=True,
            unique_fields=["old_path", "old_query"],
            update_fields=["target_url", "origin", "content_type", "object_id"],
        )
        for start in range(0, len(pairs), 500):
            resolve_missing(pairs[start : start + 500])
        return len(rows) - len(existing), len(existing)


@admin.register(MissingAddress)
class MissingAddressAdmin(admin.ModelAdmin):
    list_display = ["requested_link", "hits", "last_seen", "first_seen", "referer", "add_redirect"]
    search_fields = ["path", "query", "referer"]
    date_hierarchy = "last_seen"
    list_per_page = 50
    readonly_fields = ["requested", "referer", "hits", "first_seen", "last_seen"]
    fields = readonly_fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    @admin.display(description=gettext_lazy("địa chỉ được yêu cầu"), ordering="path")
    def requested_link(self, obj):
        return obj.requested

    @admin.display(description="")
    def add_redirect(self, obj):
        url = reverse("admin:redirects_redirect_add")
        query = urlencode({"old_address": addresses.display(obj.path, obj.query)})
        return format_html(
            '<a class="addlink" href="{}?{}">{}</a>', url, query, _("Thêm chuyển hướng")
        )
