from django.urls import path

from . import views

app_name = "videos"

urlpatterns = [
    path("video/", views.VideoListView.as_view(), name="index"),
    path("video/<int:pk>/", views.VideoDetailView.as_view(), name="detail"),
]
