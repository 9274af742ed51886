"""Fixtures shared by every test: a clean cache, uploads in a temporary folder, users."""

import os

import pytest
from django.core.cache import cache

from news import cache as content_cache


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    # Hashing cost is for attackers, not for the dozens of accounts the tests make.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.VIEW_COUNT_FLUSH_SECONDS = 0  # write each view at once; batching has its own test
    settings.VISITS_BATCH_SECONDS = 0  # send each page view to the cache at once, likewise
    cache.clear()
    # The change log is rolled back with each test: what this process knew of it goes too.
    content_cache.reset()
    yield
    cache.clear()
    content_cache.reset()


def make_staff(username, role=None, **fields):
    """A staff account with one of the roles of portal/roles.py (or none)."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(
        username, password="mat-khau-du-dai-2024", is_staff=True, **fields
    )
    if role:
        user.groups.add(Group.objects.get(name=role))
    return user


@pytest.fixture
def page_cache(settings):
    """Pages cached for readers without a staff session, as in production."""
    settings.PAGE_CACHE = True


@pytest.fixture
def staff_user(db):
    """An editor ("Biên tập viên"): writes, approves and publishes (not a superuser)."""
    from portal.roles import EDITOR

    return make_staff("bientapvien", EDITOR)


@pytest.fixture
def staff_client(staff_user):
    """Signed in as `staff_user`; the `client` fixture stays an anonymous reader."""
    from django.test import Client

    client = Client()
    client.force_login(staff_user)
    return client


def pytest_configure(config):
    # Playwright's sync API runs an event loop in the test thread; the ORM calls the browser
    # tests make between steps are still synchronous and safe.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings):
    # The live server's thread must not keep a persistent connection open past the session,
    # or the test database cannot be dropped at the end.
    from django.conf import settings

    settings.DATABASES["default"]["CONN_MAX_AGE"] = 0
