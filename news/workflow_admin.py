"""The admin side of the workflow, for every content type: `class AlbumAdmin(WorkflowAdmin)`.

It offers each user only the statuses their role may set and refuses any other on the server,
limits reporters to their own items (editable while they are drafts), gives editors actions to
submit, publish, unpublish and return items, and keeps a version of every save
(django-reversion) with a comparison of two versions and a restore for editors.
"""

import difflib
import json

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.html import format_html, format_html_join, strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from reversion.admin import VersionAdmin
from reversion.models import Version

from news import notifications, sharing, workflow
from news.admin_search import FoldedSearchMixin
from news.models import ReviewNote
from news.publishing import Status

STATUS_COLOURS = {
    Status.DRAFT: "#555",
    Status.REVIEW: "#9a4d00",
    Status.PUBLISHED: "#1b6e20",
    Status.UNPUBLISHED: "#a31515",
}
SCHEDULED_COLOUR = "#0b5394"
REVIEW_QUEUE_SIZE = 10


NOTE_FIELD = "review_note"


class ShareForm(forms.Form):
    hours = forms.IntegerField(
        label=gettext_lazy("Hiệu lực (giờ)"),
        min_value=1,
        max_value=sharing.MAX_HOURS,
        initial=sharing.DEFAULT_HOURS,
        help_text=gettext_lazy("Mặc định 72 giờ (3 ngày); tối đa 30 ngày."),
    )
    recipient = forms.CharField(
        label=gettext_lazy("Gửi cho"),
        max_length=200,
        required=False,
        help_text=gettext_lazy("Để nhận ra liên kết về sau, ví dụ: Đồng chí Bí thư."),
    )


def sending_back(user, stored, target):
    """Whether saving `stored` as `target` sends someone else's item back to its author: the
    move that needs a note saying why."""
    return (
        stored is not None
        and target == Status.DRAFT
        and stored.status in (Status.REVIEW, Status.PUBLISHED)
        and stored.created_by_id not in (None, user.pk)
    )


class WorkflowAdmin(FoldedSearchMixin, VersionAdmin):
    actions = ["submit_for_review", "publish", "unpublish", "return_to_draft"]
    change_form_template = "admin/workflow/change_form.html"
    object_history_template = "admin/workflow/object_history.html"
    revision_form_template = "admin/workflow/revision_form.html"
    # Fields that stay as they are once the item has been public (a shared address, say).
    frozen_when_published = ()
    # When and how prominently an item appears: set only by those who may publish, so that an
    # editor's bulk "publish" never carries a writer's choice of time or prominence along.
    editorial_fields = ("publish_at", "unpublish_at")

    # Who may do what -----------------------------------------------------------------------

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user, self.model)

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if self.has_publish_permission(request):
            return queryset
        return queryset.filter(created_by=request.user)

    def has_change_permission(self, request, obj=None):
        if obj is None:
            return super().has_change_permission(request)
        return workflow.can_edit(request.user, obj)

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.status in (Status.PUBLISHED, Status.UNPUBLISHED):
            fields += self.frozen_when_published
        if not self.has_publish_permission(request):
            fields += self.editorial_fields
        return fields

    def takes_notes(self, request, obj):
        """Editors write notes to the author on the form of an existing item."""
        return obj is not None and self.has_publish_permission(request)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if not self.takes_notes(request, obj):
            return fieldsets
        placed = []
        for name, options in fieldsets:
            fields = list(options.get("fields", ()))
            if "status" in fields:
                fields.insert(fields.index("status") + 1, NOTE_FIELD)
            placed.append((name, {**options, "fields": fields}))
        return placed

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The note is a field of the form, not of the model: the model form is made without it.
        fields = kwargs.get("fields") or admin.utils.flatten_fieldsets(
            self.get_fieldsets(request, obj)
        )
        kwargs["fields"] = [name for name in fields if name != NOTE_FIELD]
        form = super().get_form(request, obj, change, **kwargs)
        user = request.user
        allowed = workflow.allowed_statuses(user, self.model, obj)
        takes_notes = self.takes_notes(request, obj)

        class WorkflowForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                # Only the statuses this user may set; any other value sent is refused.
                if "status" in self.fields:
                    self.fields["status"].choices = [
                        (value, label) for value, label in Status.choices if value in allowed
                    ]
                if takes_notes:
                    self.fields[NOTE_FIELD] = forms.CharField(
                        label=_("Ghi chú cho tác giả"),
                        required=False,
                        widget=forms.Textarea(attrs={"rows": 3}),
                        help_text=_(
                            "Bắt buộc khi trả bài về cho tác giả: ghi rõ cần sửa gì. Tác giả "
                            "thấy ghi chú trên bài, trong danh sách bài và trong thư báo."
                        ),
                    )

            def clean(self):
                cleaned = super().clean()
                target = cleaned.get("status")
                if (
                    takes_notes
                    and sending_back(user, obj, target)
                    and not cleaned.get(NOTE_FIELD, "").strip()
                ):
                    self.add_error(
                        NOTE_FIELD, _("Hãy ghi lý do trả lại để tác giả biết cần sửa gì.")
                    )
                return cleaned

        return WorkflowForm

    def save_model(self, request, obj, form, change):
        stored = self.model._default_manager.filter(pk=obj.pk).first() if change else None
        workflow.check_transition(request.user, self.model, stored, obj.status)
        if not self.has_publish_permission(request):
            for name in self.editorial_fields:
                default = self.model._meta.get_field(name).get_default()
                setattr(obj, name, getattr(stored, name) if stored else default)
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)
        note = form.cleaned_data.get(NOTE_FIELD, "").strip()
        if note:
            ReviewNote.objects.create(
                item=obj, text=note, status=obj.status, written_by=request.user
            )
        before = stored.status if stored else None
        if before != obj.status:
            notifications.moved(request, obj, before, note)

    def construct_change_message(self, request, form, formsets, add=False):
        message = super().construct_change_message(request, form, formsets, add)
        note = form.cleaned_data.get(NOTE_FIELD, "").strip()
        if add or ("status" not in form.changed_data and not note):
            return message
        # The content log (and the item's history) says in words who published or unpublished
        # what, and keeps what the editor wrote to the author.
        detail = LogEntry(change_message=json.dumps(message)).get_change_message()
        if "status" in form.changed_data:
            detail = f"{status_words(form.instance)}. {detail}"
        return f"{detail} {_('Ghi chú')}: {note}" if note else detail

    def change_view(self, request, object_id, form_url="", extra_context=None):
        context = {
            "can_share": self.has_publish_permission(request),
            "review_notes": ReviewNote.objects.filter(
                content_type=ContentType.objects.get_for_model(self.model),
                object_id=_int_or_none(unquote(object_id)),
            ).select_related("written_by"),
            **(extra_context or {}),
        }
        return super().change_view(request, object_id, form_url, context)

    # The author's list: the latest note on each item ------------------------------------------

    def get_list_display(self, request):
        return [*super().get_list_display(request), "latest_note"]

    def get_changelist(self, request, **kwargs):
        base = super().get_changelist(request, **kwargs)
        notes = ReviewNote.objects.filter(
            content_type=ContentType.objects.get_for_model(self.model), object_id=OuterRef("pk")
        ).order_by("-written_at", "-id")

        class WithNotes(base):
            def get_queryset(self, request, exclude_parameters=None):
                return (
                    super()
                    .get_queryset(request, exclude_parameters)
                    .annotate(latest_note=Subquery(notes.values("text")[:1]))
                )

        return WithNotes

    @admin.display(description=gettext_lazy("ghi chú biên tập"))
    def latest_note(self, obj):
        note = getattr(obj, "latest_note", None) or ""
        return format_html('<span class="review-note">{}</span>', note[:140]) if note else ""

    # Status in the list ----------------------------------------------------------------------

    @admin.display(description=gettext_lazy("trạng thái"), ordering="status")
    def status_label(self, obj):
        if obj.is_scheduled:
            label, colour = _("Hẹn giờ"), SCHEDULED_COLOUR
        elif obj.is_expired:
            label, colour = _("Hết hạn"), STATUS_COLOURS[Status.UNPUBLISHED]
        else:
            label, colour = obj.get_status_display(), STATUS_COLOURS.get(obj.status, "#555")
        return format_html('<strong style="color:{}">{}</strong>', colour, label)

    # Actions: each item moved on its own, so that signals, versions and the log see it -------

    def _move(self, request, queryset, target, note=""):
        moved = refused = 0
        for obj in queryset:
            if obj.status == target:
                continue
            try:
                workflow.check_transition(request.user, self.model, obj, target)
            except PermissionDenied:
                refused += 1
                continue
            before = obj.status
            obj.status = target
            obj.save(update_fields=["status", "updated_at"])
            message = status_words(obj)
            if note:
                ReviewNote.objects.create(
                    item=obj, text=note, status=target, written_by=request.user
                )
                message = f"{message}. {_('Ghi chú')}: {note}"
            self.log_change(request, obj, message)
            notifications.moved(request, obj, before, note)
            moved += 1
        name = self.model._meta.verbose_name
        if refused:
            self.message_user(
                request,
                _("Bạn không có quyền chuyển %(count)d %(name)s đã chọn.")
                % {"count": refused, "name": name},
                messages.WARNING,
            )
        return moved

    @admin.action(description=gettext_lazy("Gửi duyệt các mục đã chọn"), permissions=["change"])
    def submit_for_review(self, request, queryset):
        count = self._move(request, queryset, Status.REVIEW)
        self.message_user(
            request,
            _("Đã gửi duyệt %(count)d %(name)s.")
            % {"count": count, "name": self.model._meta.verbose_name},
            messages.SUCCESS,
        )

    @admin.action(description=gettext_lazy("Xuất bản các mục đã chọn"), permissions=["publish"])
    def publish(self, request, queryset):
        count = self._move(request, queryset, Status.PUBLISHED)
        message = _("Đã xuất bản %(count)d %(name)s.") % {
            "count": count,
            "name": self.model._meta.verbose_name,
        }
        scheduled = queryset.filter(status=Status.PUBLISHED, publish_at__gt=timezone.now()).count()
        if scheduled:
            message += " " + _("%(n)d mục sẽ hiện khi đến giờ hẹn.") % {"n": scheduled}
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(description=gettext_lazy("Gỡ xuống các mục đã chọn"), permissions=["publish"])
    def unpublish(self, request, queryset):
        count = self._move(request, queryset, Status.UNPUBLISHED)
        self.message_user(
            request,
            _("Đã gỡ %(count)d %(name)s khỏi trang công khai.")
            % {"count": count, "name": self.model._meta.verbose_name},
            messages.SUCCESS,
        )

    @admin.action(description=gettext_lazy("Trả về bản nháp"), permissions=["publish"])
    def return_to_draft(self, request, queryset):
        """Asks first why: the note goes to each author, with the item and in the history."""
        note = request.POST.get("note", "").strip()
        if not note:
            opts = self.model._meta
            context = {
                **self.admin_site.each_context(request),
                "title": _("Trả về bản nháp"),
                "opts": opts,
                "queryset": queryset,
                "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
                "asked": "note" in request.POST,
            }
            request.current_app = self.admin_site.name
            return TemplateResponse(request, "admin/workflow/return_to_draft.html", context)
        count = self._move(request, queryset, Status.DRAFT, note)
        self.message_user(
            request,
            _("Đã trả %(count)d %(name)s về bản nháp.")
            % {"count": count, "name": self.model._meta.verbose_name},
            messages.SUCCESS,
        )

    # The admin home's dashboard ----------------------------------------------------------------

    def state_counts(self, request):
        """How many items the user can see in each state, in one query."""
        now = timezone.now()
        published = Q(status=Status.PUBLISHED)
        return self.get_queryset(request).aggregate(
            draft=Count("pk", filter=Q(status=Status.DRAFT)),
            review=Count("pk", filter=Q(status=Status.REVIEW)),
            scheduled=Count("pk", filter=published & Q(publish_at__gt=now)),
            published=Count(
                "pk",
                filter=published & Q(publish_at__lte=now) & ~Q(unpublish_at__lte=now),
            ),
            expired=Count("pk", filter=published & Q(unpublish_at__lte=now)),
            unpublished=Count("pk", filter=Q(status=Status.UNPUBLISHED)),
        )

    def review_queue(self, request):
        """What waits for an editor, oldest first."""
        if not self.has_publish_permission(request):
            return []
        return list(
            self.get_queryset(request)
            .filter(status=Status.REVIEW)
            .select_related("created_by")
            .order_by("updated_at")[:REVIEW_QUEUE_SIZE]
        )

    # Versions: history with a comparison, restore for editors only -------------------------

    def get_urls(self):
        opts = self.model._meta
        return [
            path(
                "<path:object_id>/share/",
                self.admin_site.admin_view(self.share_view),
                name=f"{opts.app_label}_{opts.model_name}_share",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{opts.app_label}_{opts.model_name}_compare",
            ),
            *super().get_urls(),
        ]

    def _object_or_redirect(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None:
            return None, self._get_obj_does_not_exist_redirect(request, self.model._meta, object_id)
        if not self.has_view_or_change_permission(request, obj):
            raise PermissionDenied
        return obj, None

    # Share for approval ------------------------------------------------------------------------

    def share_view(self, request, object_id):
        """The item's links for approval: make one, see who opened them, revoke them."""
        obj, response = self._object_or_redirect(request, object_id)
        if response:
            return response
        if not self.has_publish_permission(request):
            raise PermissionDenied
        opts = self.model._meta
        here = reverse(f"admin:{opts.app_label}_{opts.model_name}_share", args=[obj.pk])
        form = ShareForm(request.POST if "create" in request.POST else None)
        if request.method == "POST" and "revoke" in request.POST:
            link = sharing.links_of(obj).filter(pk=_int_or_none(request.POST["revoke"])).first()
            if link is not None and link.revoked_at is None:
                sharing.revoke(link)
                self.log_change(request, obj, _("Thu hồi liên kết xem trước để duyệt"))
                self.message_user(request, _("Đã thu hồi liên kết."), messages.SUCCESS)
            return redirect(here)
        if request.method == "POST" and form.is_valid():
            hours = form.cleaned_data["hours"]
            sharing.create(obj, request.user, hours, form.cleaned_data["recipient"])
            self.log_change(
                request,
                obj,
                _("Tạo liên kết xem trước để duyệt, hiệu lực %(hours)d giờ") % {"hours": hours},
            )
            self.message_user(
                request,
                _("Đã tạo liên kết. Hãy sao chép và gửi cho người duyệt."),
                messages.SUCCESS,
            )
            return redirect(here)
        links = [
            (link, request.build_absolute_uri(sharing.url(link))) for link in sharing.links_of(obj)
        ]
        context = {
            **self.admin_site.each_context(request),
            "title": _("Chia sẻ để duyệt"),
            "subtitle": str(obj),
            "opts": opts,
            "object": obj,
            "form": form,
            "links": links,
            "now": timezone.now(),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/workflow/share.html", context)

    def history_view(self, request, object_id, extra_context=None):
        obj, response = self._object_or_redirect(request, object_id)
        if response:
            return response
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        context = {
            "versions": versions,
            "can_restore": self.has_publish_permission(request),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        obj, response = self._object_or_redirect(request, object_id)
        if response:
            return response
        versions = Version.objects.get_for_object(obj).select_related("revision__user")
        opts = self.model._meta
        try:
            chosen = sorted(
                (versions.get(pk=int(request.GET[key])) for key in ("a", "b")),
                key=lambda version: version.revision.date_created,
            )
        except (KeyError, ValueError, Version.DoesNotExist):
            self.message_user(request, _("Hãy chọn hai phiên bản để so sánh."), messages.ERROR)
            return redirect(
                reverse(f"admin:{opts.app_label}_{opts.model_name}_history", args=[obj.pk])
            )
        older, newer = chosen
        context = {
            **self.admin_site.each_context(request),
            "title": _("So sánh hai phiên bản"),
            "subtitle": str(obj),
            "opts": opts,
            "object": obj,
            "older": older,
            "newer": newer,
            "changes": version_changes(self.model, older, newer),
            "can_restore": self.has_publish_permission(request),
        }
        request.current_app = self.admin_site.name
        return TemplateResponse(request, "admin/workflow/compare.html", context)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not self.has_publish_permission(request):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def changelist_view(self, request, extra_context=None):
        # The "recover deleted" link is for editors only.
        context = {"has_publish_permission": self.has_publish_permission(request)}
        return super().changelist_view(request, {**context, **(extra_context or {})})


def _int_or_none(value):
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def status_words(obj):
    """The status of `obj` in the words of the content log ("Xuất bản", "Hẹn giờ ...")."""
    if obj.is_scheduled:
        return _("Hẹn giờ xuất bản lúc %(time)s") % {
            "time": formats.localize(timezone.localtime(obj.publish_at))
        }
    return {
        Status.DRAFT: _("Chuyển về bản nháp"),
        Status.REVIEW: _("Gửi duyệt"),
        Status.PUBLISHED: _("Xuất bản"),
        Status.UNPUBLISHED: _("Gỡ xuống"),
    }[obj.status]


def _display(field, value):
    if value is None or value == "":
        return ""
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(field, models.ForeignKey):
        related = field.related_model._default_manager.filter(pk=value).first()
        return str(related) if related else str(value)
    if isinstance(field, models.BooleanField):
        return _("Có") if value else _("Không")
    if isinstance(field, models.DateTimeField):
        return formats.localize(timezone.localtime(value))
    if isinstance(field, models.TextField):
        return strip_tags(str(value))
    return str(value)


def _word_diff(before, after):
    old, new = before.split(), after.split()
    parts = []
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            parts.append(format_html("{}", " ".join(old[i1:i2])))
        if op in ("delete", "replace"):
            parts.append(format_html("<del>{}</del>", " ".join(old[i1:i2])))
        if op in ("insert", "replace"):
            parts.append(format_html("<ins>{}</ins>", " ".join(new[j1:j2])))
    return format_html_join(" ", "{}", ((part,) for part in parts))


def version_changes(model, older, newer):
    """The fields that differ between two versions, each with its words struck or added."""
    rows = []
    before_fields, after_fields = older.field_dict, newer.field_dict
    for field in model._meta.concrete_fields:
        if field.primary_key or not field.editable:
            continue
        before = _display(field, before_fields.get(field.attname))
        after = _display(field, after_fields.get(field.attname))
        if before != after:
            rows.append(
                {"label": field.verbose_name, "diff": _word_diff(before, after), "after": after}
            )
    return rows
