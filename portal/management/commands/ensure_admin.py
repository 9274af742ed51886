"""Make sure an administrator account exists, so a new site can be signed in to at once."""

import os
import secrets

from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create the superuser ADMIN_USERNAME (default 'admin') if no superuser exists. "
        "The password comes from ADMIN_PASSWORD, or is generated and printed once."
    )

    def handle(self, *args, **options):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write("An administrator account exists already; nothing to do.")
            return
        username = os.environ.get("ADMIN_USERNAME", "admin")
        if User.objects.filter(username=username).exists():
            raise CommandError(
                f"A user named {username!r} exists but is not a superuser; set ADMIN_USERNAME "
                "to another name or promote that user with `manage.py createsuperuser`."
            )
        password = os.environ.get("ADMIN_PASSWORD", "")
        generated = not password
        if generated:
            password = secrets.token_urlsafe(12)
        user = User(username=username, is_staff=True, is_superuser=True)
        try:
            validate_password(password, user)
        except ValidationError as error:
            raise CommandError("ADMIN_PASSWORD is too weak: " + " ".join(error.messages)) from None
        user.set_password(password)
        user.save()
        self.stdout.write(self.style.SUCCESS(f"Administrator account created: {username}"))
        if generated:
            self.stdout.write(
                self.style.WARNING(
                    f"Its password, shown this once: {password}\n"
                    "Change it after signing in (or set ADMIN_PASSWORD before the first run)."
                )
            )
