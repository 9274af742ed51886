"""A page, for the public (published) or for those who may preview it."""

from django.views.generic import DetailView

from news.preview import PreviewMixin

from .models import Page


class PageView(PreviewMixin, DetailView):
    template_name = "pages/page_detail.html"
    context_object_name = "page"
    model = Page
