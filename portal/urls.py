"""Root URLs: the site's own pages, then each content app under its prefix."""

from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

from portal import views

urlpatterns = [
    path("", views.home, name="home"),
    path("editor/upload/", views.editor_upload, name="editor_upload"),
    path("admin/", admin.site.urls),
    path("van-ban/", include("news.documents.urls")),
    path("trang/", include("news.pages.urls")),
    path("", include("news.articles.urls")),
]

if settings.SERVE_MEDIA:
    # Uploads served by the app itself on a single machine; a CDN, nginx or object storage
    # takes this over in larger deployments (see README, Deployment).
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    ]
