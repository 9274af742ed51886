"""Site identity, staff accounts and their roles, and the log of what staff did."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import models
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django_otp import devices_for_user
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from portal import accounts, roles

from .models import BreakingNews, SiteIdentity

User = get_user_model()


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

    def get_readonly_fields(self, request, obj=None):
        # A script runs on the portal's own origin, next to every signed-in reader: only a
        # superuser may choose one.
        if request.user.is_superuser:
            return ()
        return ("tracking_script_url",)

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not SiteIdentity.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        identity = SiteIdentity.objects.order_by("pk").first()
        if identity is None:
            return redirect(reverse("admin:portal_siteidentity_add"))
        return redirect(reverse("admin:portal_siteidentity_change", args=[identity.pk]))


@admin.register(BreakingNews)
class BreakingNewsAdmin(admin.ModelAdmin):
    """The breaking-news line above the menu: editors write it, with an optional end time."""

    fields = ["breaking_text", "breaking_url", "breaking_until"]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def changelist_view(self, request, extra_context=None):
        identity = SiteIdentity.objects.order_by("pk").first()
        if identity is None:
            identity = SiteIdentity.objects.create(name=SiteIdentity.current().name)
        return redirect(reverse("admin:portal_breakingnews_change", args=[identity.pk]))


# Staff accounts ---------------------------------------------------------------------------

# What only a superuser may touch; and on one's own account nobody may, so that no one
# grants themselves a role or locks themselves out.
POWER_FIELDS = ["is_superuser", "user_permissions"]
OWN_ACCOUNT_READONLY = ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]


class StaffCreationForm(forms.ModelForm):
    """A new account has no password: its owner sets one through the link e-mailed to them."""

    class Meta:
        model = User
        fields = ["username", "email", "first_name", "last_name", "groups"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        email = self.fields["email"]
        email.required = True
        email.help_text = _(
            "Liên kết để người dùng tự đặt mật khẩu được gửi tới địa chỉ này; không ai khác "
            "biết mật khẩu của họ."
        )

    def clean_email(self):
        email = self.cleaned_data["email"]
        if User.objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(_("Địa chỉ thư này đã thuộc về một tài khoản khác."))
        return email


admin.site.unregister(User)
admin.site.unregister(Group)
# Devices are managed from the staff list ("Tắt xác thực hai lớp"), not one by one.
admin.site.unregister(TOTPDevice)
admin.site.unregister(StaticDevice)


@admin.register(User)
class StaffAdmin(UserAdmin):
    list_display = ["username", "get_full_name", "email", "role_names", "is_active", "last_login"]
    list_filter = ["is_active", "groups", "is_superuser"]
    add_form = StaffCreationForm
    add_form_template = None  # Django's asks for a password, which nobody but the owner sets
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["username", "email"]}),
        (_("Thông tin"), {"fields": ["first_name", "last_name", "groups"]}),
    ]
    staff_fieldsets = [
        (None, {"fields": ["username", "password"]}),
        (_("Thông tin"), {"fields": ["first_name", "last_name", "email"]}),
        (_("Vai trò và trạng thái"), {"fields": ["groups", "is_active"]}),
        (_("Thời gian"), {"fields": ["last_login", "date_joined"]}),
    ]
    readonly_fields = ["last_login", "date_joined"]
    actions = ["reset_two_factor", "send_password_link"]

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("groups")

    @admin.display(description=_("vai trò"))
    def role_names(self, obj):
        names = [group.name for group in obj.groups.all()]
        if obj.is_superuser:
            names.insert(0, str(_("Siêu quản trị")))
        return ", ".join(names)

    def get_fieldsets(self, request, obj=None):
        if obj is None or request.user.is_superuser:
            return super().get_fieldsets(request, obj)
        return self.staff_fieldsets

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.pk == request.user.pk:
            fields += OWN_ACCOUNT_READONLY
        return fields

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        if db_field.name == "groups":
            kwargs["queryset"] = Group.objects.filter(name__in=roles.NAMES).order_by("name")
            kwargs["widget"] = forms.CheckboxSelectMultiple
            kwargs["label"] = _("Vai trò")
            kwargs["help_text"] = _(
                "Phóng viên viết và gửi duyệt; Biên tập viên duyệt và xuất bản; Quản trị "
                "quản lý thêm tài khoản."
            )
        return super().formfield_for_manytomany(db_field, request, **kwargs)

    def has_change_permission(self, request, obj=None):
        if obj is not None and obj.is_superuser and not request.user.is_superuser:
            return False
        return super().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        if obj is not None and (obj.is_superuser or obj.pk == request.user.pk):
            return request.user.is_superuser and obj.pk != request.user.pk
        return super().has_delete_permission(request, obj)

    @admin.action(
        description=_("Tắt xác thực hai lớp (khi mất điện thoại)"), permissions=["change"]
    )
    def reset_two_factor(self, request, queryset):
        count = 0
        for user in queryset:
            if not self.has_change_permission(request, user):
                continue
            for device in devices_for_user(user, confirmed=None):
                device.delete()
            self.log_change(request, user, str(_("Tắt xác thực hai lớp")))
            count += 1
        self.message_user(
            request,
            _("Đã tắt xác thực hai lớp của %(count)d tài khoản; họ cần bật lại khi đăng nhập.")
            % {"count": count},
        )

    @admin.action(description=_("Gửi liên kết đặt mật khẩu qua thư"), permissions=["change"])
    def send_password_link(self, request, queryset):
        sent, failed = [], []
        for user in queryset:
            if not self.has_change_permission(request, user):
                continue
            ok = user.email and accounts.send_set_password_link(request, user)
            (sent if ok else failed).append(user.username)
        if sent:
            self.message_user(request, _("Đã gửi liên kết đặt mật khẩu cho: %s.") % ", ".join(sent))
        if failed:
            self.message_user(
                request,
                _("Không gửi được thư cho: %s (thiếu địa chỉ thư hoặc máy chủ thư không trả lời).")
                % ", ".join(failed),
                messages.ERROR,
            )

    def user_change_password(self, request, id, form_url=""):
        # A password someone else has set is a password someone else knows: staff set their
        # own, through "Đổi mật khẩu" or the link "Gửi liên kết đặt mật khẩu qua thư" sends.
        if str(id) != str(request.user.pk):
            raise PermissionDenied
        return redirect("admin:password_change")

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        if obj is not None and "password" in form.base_fields:
            form.base_fields["password"].help_text = _(
                "Mật khẩu chỉ người dùng tự đặt. Nếu họ quên, chọn tài khoản trong danh sách và "
                "dùng thao tác “Gửi liên kết đặt mật khẩu qua thư”."
            )
        return form

    def save_model(self, request, obj, form, change):
        if not change:
            obj.is_staff = True  # every account made here is a staff account
            obj.set_unusable_password()
        if not request.user.is_superuser:
            stored = User.objects.filter(pk=obj.pk).first() if change else None
            obj.is_superuser = bool(stored and stored.is_superuser)
        super().save_model(request, obj, form, change)
        if not change:
            if accounts.send_set_password_link(request, obj):
                self.message_user(
                    request,
                    _("Đã gửi tới %(email)s liên kết để %(name)s tự đặt mật khẩu.")
                    % {"email": obj.email, "name": obj.username},
                )
            else:
                self.message_user(
                    request,
                    _(
                        "Chưa gửi được thư tới %(email)s. Khi máy chủ thư hoạt động, dùng thao "
                        "tác “Gửi liên kết đặt mật khẩu qua thư” trong danh sách tài khoản."
                    )
                    % {"email": obj.email},
                    messages.ERROR,
                )


@admin.register(LogEntry)
class ActionLogAdmin(admin.ModelAdmin):
    """What staff did in the admin: who added, changed, published or deleted what, and when."""

    list_display = ["action_time", "user", "content_type", "object_link", "action", "message"]
    list_filter = ["action_flag", "content_type", "user"]
    search_fields = ["object_repr", "change_message", "user__username"]
    date_hierarchy = "action_time"
    list_select_related = ["user", "content_type"]
    list_per_page = 50

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("đối tượng"), ordering="object_repr")
    def object_link(self, obj):
        return obj.object_repr

    @admin.display(description=_("thao tác"), ordering="action_flag")
    def action(self, obj):
        return {
            1: _("Thêm"),
            2: _("Sửa"),
            3: _("Xóa"),
        }.get(obj.action_flag, "")

    @admin.display(description=_("nội dung"))
    def message(self, obj):
        return obj.get_change_message()
