"""Public pages of the photo albums: the list and an album with its lightbox."""

from django.views.generic import DetailView, ListView

from news.cache import lists
from news.preview import PreviewMixin

from .models import Album, Photo

PAGE_SIZE = 12


class AlbumListView(ListView):
    template_name = "galleries/album_list.html"
    context_object_name = "albums"
    paginate_by = PAGE_SIZE
    cache_query = ("page",)

    def get_queryset(self):
        lists(Album)
        return Album.objects.published().for_listing()


class AlbumDetailView(PreviewMixin, DetailView):
    template_name = "galleries/album_detail.html"
    context_object_name = "album"
    model = Album

    def get_context_data(self, **kwargs):
        lists(Photo, album=[self.object.pk])
        return super().get_context_data(photos=list(self.object.photos.all()), **kwargs)
