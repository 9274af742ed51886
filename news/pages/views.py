"""A page, for the public (published) or for staff previewing it."""

from django.views.generic import DetailView

from .models import Page


class PageView(DetailView):
    template_name = "pages/page_detail.html"
    context_object_name = "page"

    def can_preview(self):
        user = self.request.user
        return user.is_active and user.is_staff and user.has_perm("pages.change_page")

    def get_queryset(self):
        return Page.objects.all() if self.can_preview() else Page.objects.published()

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        if not self.object.is_published:
            response["Cache-Control"] = "private, no-store"
            response["X-Robots-Tag"] = "noindex"
        return response
