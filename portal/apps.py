from axes.apps import AppConfig as AxesAppConfig
from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate, pre_save
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "portal"
    verbose_name = _("Cổng thông tin")
    default = True

    def ready(self):
        from news import cache, text, uploads
        from portal import roles, search
        from portal.models import SiteIdentity

        # Every model, ours and the libraries': no stored text keeps a control character.
        pre_save.connect(text.strip_control_characters, dispatch_uid="strip-control-characters")
        uploads.connect_signals()
        # Shown on every page: its writes refresh them like content does.
        cache.watch(SiteIdentity)
        search.connect_signals()
        post_migrate.connect(search.fill_if_empty, sender=self)
        # After every app's migrations, so that the permissions of content apps added later
        # are granted to the roles as soon as those apps are migrated.
        post_migrate.connect(roles.sync_roles, dispatch_uid="portal-sync-roles")


class PortalAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the portal's site: workflow dashboard, two-factor sign-in."""

    default = False
    default_site = "portal.sites.PortalAdminSite"


class SignInConfig(AxesAppConfig):
    """django-axes (failed sign-ins, locks, the sign-in log) under a Vietnamese heading."""

    default = False
    verbose_name = _("Đăng nhập")
