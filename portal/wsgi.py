"""WSGI entry point, used by gunicorn (`portal.wsgi:application`).

Before serving, the start-up checks of the cache's promise run (news.checks): a configuration
that could serve readers out-of-date pages for longer than promised does not start.
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings")

application = get_wsgi_application()


def _refuse_a_broken_promise():
    from django.core import checks
    from django.core.exceptions import ImproperlyConfigured

    errors = [error for error in checks.run_checks(tags=["portal-cache"]) if error.is_serious()]
    if errors:
        raise ImproperlyConfigured("\n".join(f"{e.id}: {e.msg} {e.hint or ''}" for e in errors))


_refuse_a_broken_promise()
