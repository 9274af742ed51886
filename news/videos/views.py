"""Public pages of the videos: the list and a video with its player."""

from django.views.generic import DetailView, ListView

from news.cache import lists
from news.preview import PreviewMixin

from .models import Video

PAGE_SIZE = 12
OTHER_VIDEOS = 6


class VideoListView(ListView):
    template_name = "videos/video_list.html"
    context_object_name = "videos"
    paginate_by = PAGE_SIZE
    cache_query = ("page",)

    def get_queryset(self):
        lists(Video)
        return Video.objects.published().defer("description")


class VideoDetailView(PreviewMixin, DetailView):
    template_name = "videos/video_detail.html"
    context_object_name = "video"
    model = Video

    def get_context_data(self, **kwargs):
        lists(Video)
        others = (Video.objects.published().exclude(pk=self.object.pk).defer("description"))[
            :OTHER_VIDEOS
        ]
        return super().get_context_data(other_videos=others, **kwargs)
