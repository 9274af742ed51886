"""Previews: an item the public cannot see yet, shown at its public address to those who may.

One rule for every content type and every way in (the public detail views and the admin's
"view on site" shortcut): `news.workflow.can_preview`, which follows who may edit the item; and
the one item a share-for-approval link opens (news.sharing), for whoever holds the link.
A preview is never stored by a browser, a proxy or the page cache, and never indexed.
"""

from django.http import Http404

from news import workflow

PREVIEW_HEADERS = {"Cache-Control": "private, no-store", "X-Robots-Tag": "noindex"}


def may_preview_some(user):
    """Cheap first test: readers never cost the query that looks for an unpublished item."""
    return user.is_active and user.is_staff


def is_visible_to(user, obj):
    """Whether `user` may open `obj` at its public address (published, or a preview)."""
    if not workflow.is_workflow_model(type(obj)) or obj.is_published:
        return True
    return workflow.can_preview(user, obj)


def preview_of(user, queryset):
    """The item of `queryset` (one row at most) that `user` may preview; Http404 otherwise."""
    if not may_preview_some(user):
        raise Http404
    obj = queryset.first()
    if obj is None or not is_visible_to(user, obj):
        raise Http404
    return obj


def shared_with(request, obj):
    """Whether `obj` is the item a share-for-approval link opened in this request
    (news.sharing, portal.views.shared)."""
    shared = getattr(request, "shared_item", None)
    return shared is not None and type(shared) is type(obj) and shared.pk == obj.pk


def mark_preview(response):
    for name, value in PREVIEW_HEADERS.items():
        response[name] = value
    return response


class PreviewMixin:
    """For a DetailView whose `get_queryset()` holds every item, published or not.

    Everyone gets the published item; an unpublished one only reaches those who may preview
    it, marked as a preview (`preview` in the context, the headers of `mark_preview`).
    """

    preview = False

    def get_object(self, queryset=None):
        queryset = self.get_queryset() if queryset is None else queryset
        try:
            return super().get_object(queryset.published())
        except Http404:
            if not (may_preview_some(self.request.user) or hasattr(self.request, "shared_item")):
                raise
        obj = super().get_object(queryset)
        if not (is_visible_to(self.request.user, obj) or shared_with(self.request, obj)):
            raise Http404
        self.preview = True
        return obj

    def get_context_data(self, **kwargs):
        return super().get_context_data(preview=self.preview, **kwargs)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        return mark_preview(response) if self.preview else response
