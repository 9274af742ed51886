"""A page, for the public (published) or for staff previewing it."""

from django.views.generic import DetailView

from news.workflow import mark_preview, openable

from .models import Page


class PageView(DetailView):
    template_name = "pages/page_detail.html"
    context_object_name = "page"

    def get_queryset(self):
        return openable(self.request, Page.objects.all())

    def get(self, request, *args, **kwargs):
        return mark_preview(super().get(request, *args, **kwargs), self.object)
