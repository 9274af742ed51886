"""Take items off the public site by their public address, from a terminal.

For an emergency without the admin at hand: `manage.py unpublish https://portal.example.vn/bai-viet/abc/`.
The item is saved as "Đã gỡ xuống" like the admin's action does, so every cached copy that
showed it stops being served on every app server (news.cache).
"""

from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.urls import Resolver404, resolve

from news import cache
from news.publishing import Publishable, Status


def find(path):
    """The publishable item whose public address is `path`, or None."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    for model in cache.watched_models():
        if not issubclass(model, Publishable):
            continue
        names = {field.name for field in model._meta.concrete_fields} | {"pk"}
        lookup = {key: value for key, value in match.kwargs.items() if key in names}
        if not lookup:
            continue
        for item in model._default_manager.filter(**lookup):
            if item.get_absolute_url() == path:
                return item
    return None


class Command(BaseCommand):
    help = "Gỡ xuống ngay các tin, bài, trang có địa chỉ đã cho (trên mọi máy chủ của trang)."

    def add_arguments(self, parser):
        parser.add_argument("addresses", nargs="+", help="Địa chỉ công khai của tin, bài, trang.")

    def handle(self, *args, addresses, **options):
        items = []
        for address in addresses:
            item = find(urlsplit(address).path or "/")
            if item is None:
                raise CommandError(f"Không tìm thấy tin, bài hay trang nào ở địa chỉ {address}.")
            items.append(item)
        for item in items:
            if item.status != Status.UNPUBLISHED:
                item.status = Status.UNPUBLISHED
                item.save(update_fields=["status", "updated_at"])
            self.stdout.write(self.style.SUCCESS(f"Đã gỡ xuống: {item}"))
