from django.urls import path, re_path

from . import views

app_name = "articles"

urlpatterns = [
    path("chuyen-muc/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("bai-viet/<slug:slug>/", views.ArticleView.as_view(), name="detail"),
    path("tu-khoa/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("bai-viet/<slug:slug>/in/", views.ArticlePrintView.as_view(), name="print"),
    re_path(
        r"^(?P<year>[0-9]{4})/(?P<month>0?[1-9]|1[0-2])/$",
        views.ArchiveView.as_view(),
        name="archive",
    ),
]
