"""Public pages of the register: the filtered list, a document, and its files' downloads."""

import datetime
from urllib.parse import quote

from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.generic import DetailView, ListView

from news.cache import lists
from news.preview import PreviewMixin, is_visible_to, mark_preview
from news.text import fold

from .forms import RegisterFilterForm
from .models import Attachment, Document, DocumentType, Issuer, Topic

PAGE_SIZE = 20


class RegisterView(ListView):
    template_name = "documents/register.html"
    context_object_name = "documents"
    paginate_by = PAGE_SIZE
    cache_query = ("page", "q", "loai", "co_quan", "linh_vuc", "nam")
    cache_skip = ("q",)

    def get_queryset(self):
        for model in (Document, DocumentType, Issuer, Topic):
            lists(model)
        published = Document.objects.published()
        years = [d.year for d in published.dates("issued_on", "year", order="DESC")]
        self.form = RegisterFilterForm(self.request.GET or None, years=years)
        filters = self.form.filters()
        documents = published.for_listing()
        if "q" in filters:
            documents = documents.search(filters["q"])
        if "loai" in filters:
            documents = documents.filter(doc_type=filters["loai"])
        if "co_quan" in filters:
            documents = documents.filter(issuer=filters["co_quan"])
        if "linh_vuc" in filters:
            documents = documents.filter(topic=filters["linh_vuc"])
        if "nam" in filters:
            year = filters["nam"]
            documents = documents.filter(
                issued_on__gte=datetime.date(year, 1, 1),
                issued_on__lt=datetime.date(year + 1, 1, 1),
            )
        self.filtered = bool(filters)
        return documents

    def get_context_data(self, **kwargs):
        return super().get_context_data(form=self.form, filtered=self.filtered, **kwargs)


class DocumentView(PreviewMixin, DetailView):
    template_name = "documents/document_detail.html"
    context_object_name = "document"

    def get_queryset(self):
        return Document.objects.for_listing().prefetch_related("attachments")

    def get_context_data(self, **kwargs):
        lists(Attachment, document=[self.object.pk])
        return super().get_context_data(**kwargs)


def content_disposition(name):
    """`attachment` with the name in UTF-8 (RFC 6266/5987) and an ASCII fallback for old
    clients: "Quyết định 45.pdf" -> filename="Quyet dinh 45.pdf"; filename*=UTF-8''Quy%E1..."""
    fallback = fold(name).encode("ascii", "ignore").decode()
    fallback = "".join(c if c.isprintable() and c not in '"\\/' else "_" for c in fallback)
    encoded = quote(name, safe="")
    return f"attachment; filename=\"{fallback or 'van-ban'}\"; filename*=UTF-8''{encoded}"


def download(request, slug, pk):
    attachment = get_object_or_404(
        Attachment.objects.select_related("document"), pk=pk, document__slug=slug
    )
    if not is_visible_to(request.user, attachment.document):
        raise Http404
    kind = attachment.kind
    if settings.ACCEL_REDIRECT and isinstance(attachment.file.storage, FileSystemStorage):
        # nginx sends the file from its internal location (deploy/nginx.conf).
        response = HttpResponse(content_type=kind.content_type)
        response["X-Accel-Redirect"] = quote(settings.MEDIA_URL + attachment.file.name)
    else:
        try:
            response = FileResponse(attachment.file.open("rb"), content_type=kind.content_type)
        except FileNotFoundError as missing:
            raise Http404 from missing
    response["Content-Disposition"] = content_disposition(attachment.download_name())
    response["X-Content-Type-Options"] = "nosniff"
    if not attachment.document.is_published:
        return mark_preview(response)
    # Kept briefly: a document taken down must not stay downloadable from caches for long.
    response["Cache-Control"] = f"public, max-age={settings.PAGE_CACHE_MAX_AGE}"
    return response
