"""The register's filter form: every field optional, a wrong value simply ignored."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import DocumentType, Issuer, Topic


class RegisterFilterForm(forms.Form):
    q = forms.CharField(
        label=_("Số ký hiệu, trích yếu"),
        required=False,
        max_length=200,
        widget=forms.SearchInput(attrs={"placeholder": _("Ví dụ: 05-CT/TW, sinh hoat chi bo")}),
    )
    loai = forms.ModelChoiceField(
        label=_("Loại văn bản"),
        queryset=DocumentType.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Tất cả"),
    )
    co_quan = forms.ModelChoiceField(
        label=_("Cơ quan ban hành"),
        queryset=Issuer.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Tất cả"),
    )
    linh_vuc = forms.ModelChoiceField(
        label=_("Lĩnh vực"),
        queryset=Topic.objects.all(),
        to_field_name="slug",
        required=False,
        empty_label=_("Tất cả"),
    )
    nam = forms.TypedChoiceField(label=_("Năm ban hành"), coerce=int, required=False)

    def __init__(self, *args, years=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["nam"].choices = [("", _("Tất cả")), *((y, y) for y in years)]

    def filters(self):
        """The valid filters only: a stale link with an unknown value still shows the register."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {name: data[name] for name in self.fields if data.get(name) not in (None, "")}
