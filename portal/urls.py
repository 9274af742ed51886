"""Root URLs: the site's own pages, then each content app under its prefix."""

from django.conf import settings
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path

from portal import accounts, sitemaps, views
from portal.feeds import CategoryFeed, LatestFeed

ADMIN_TITLES = {"site_header": admin.site.site_header, "site_title": admin.site.site_title}

urlpatterns = [
    path("", views.home, name="home"),
    path("tim-kiem/", views.search, name="search"),
    path("rss/", LatestFeed.as_view(), name="feed"),
    path("rss/<slug:slug>/", CategoryFeed.as_view(), name="category_feed"),
    path("sitemap.xml", sitemaps.index, name="sitemap"),
    path("sitemap-<section>.xml", sitemaps.section, name="sitemap_section"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("editor/upload/", views.editor_upload, name="editor_upload"),
    path("duyet/<slug:token>/", views.shared, name="shared"),
    # Password reset by e-mail, in the admin's look (its templates are Django's own).
    path(
        "admin/password_reset/",
        accounts.PasswordResetView.as_view(extra_context={"site_header": admin.site.site_header}),
        name="admin_password_reset",
    ),
    path(
        "admin/password_reset/done/",
        auth_views.PasswordResetDoneView.as_view(),
        name="password_reset_done",
    ),
    path(
        "admin/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "admin/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
    path("admin/", admin.site.urls),
    path("van-ban/", include("news.documents.urls")),
    path("trang/", include("news.pages.urls")),
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
