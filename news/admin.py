"""The shared floor's pages in the admin: the media library (news.library_admin)."""

from news import library_admin  # noqa: F401  (registers the library's models)
