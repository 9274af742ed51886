"""Public pages of the photo albums: the list and an album with its lightbox."""

from django.views.generic import DetailView, ListView

from news.preview import PreviewMixin

from .models import Album

PAGE_SIZE = 12


class AlbumListView(ListView):
    template_name = "galleries/album_list.html"
    context_object_name = "albums"
    paginate_by = PAGE_SIZE

    def get_queryset(self):
        return Album.objects.published().for_listing()


class AlbumDetailView(PreviewMixin, DetailView):
    template_name = "galleries/album_detail.html"
    context_object_name = "album"
    model = Album

    def get_context_data(self, **kwargs):
        return super().get_context_data(photos=list(self.object.photos.all()), **kwargs)
