from django.urls import path

from . import views

app_name = "articles"

urlpatterns = [
    path("chuyen-muc/<slug:slug>/", views.CategoryView.as_view(), name="category"),
    path("bai-viet/<slug:slug>/", views.ArticleView.as_view(), name="detail"),
    path("tu-khoa/<slug:slug>/", views.TagView.as_view(), name="tag"),
]
