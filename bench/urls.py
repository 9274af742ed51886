"""The portal's URLs plus the baseline: the cost of Django itself on this machine."""

from django.urls import path

from bench import views
from portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [path("bench/minimal/", views.minimal), *portal_urlpatterns]
