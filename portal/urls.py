"""Root URLs: the site's own pages, then each content app under its prefix."""

from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path, re_path

from portal import views
from portal.feeds import CategoryFeed, LatestFeed
from portal.sitemaps import SITEMAPS

urlpatterns = [
    path("", views.home, name="home"),
    path("tim-kiem/", views.search, name="search"),
    path("rss/", LatestFeed.as_view(), name="feed"),
    path("rss/<slug:slug>/", CategoryFeed.as_view(), name="category_feed"),
    path(
        "sitemap.xml",
        sitemap_views.index,
        {"sitemaps": SITEMAPS, "sitemap_url_name": "sitemap_section"},
        name="sitemap",
    ),
    path(
        "sitemap-<section>.xml",
        sitemap_views.sitemap,
        {"sitemaps": SITEMAPS},
        name="sitemap_section",
    ),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("editor/upload/", views.editor_upload, name="editor_upload"),
    path("admin/", admin.site.urls),
    path("", include("news.articles.urls")),
    path("", include("news.galleries.urls")),
    path("", include("news.videos.urls")),
]

if settings.SERVE_MEDIA:
    # Uploads served by the app itself on a single machine; a CDN, nginx or object storage
    # takes this over in larger deployments (see README, Deployment).
    urlpatterns += [
        re_path(r"^media/(?P<path>.*)$", views.media, name="media"),
    ]

handler500 = "portal.health.server_error"
