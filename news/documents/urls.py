from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path("", views.RegisterView.as_view(), name="index"),
    path("<slug:slug>/", views.DocumentView.as_view(), name="detail"),
    path("<slug:slug>/tai-ve/<int:pk>/", views.download, name="download"),
]
