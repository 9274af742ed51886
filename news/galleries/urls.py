from django.urls import path

from . import views

app_name = "galleries"

urlpatterns = [
    path("hinh-anh/", views.AlbumListView.as_view(), name="index"),
    path("hinh-anh/<slug:slug>/", views.AlbumDetailView.as_view(), name="detail"),
]
