"""The old site's images and files: found in a local copy or fetched, then stored like uploads.

Each file goes through the checks of an upload (news.images for images, the document register's
for PDF and office files), is re-encoded and gets its renditions; a file is stored once per
run and remembered across runs, however many items use it. A missing or refused file is
reported and the item imported without it.
"""

import posixpath
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

import urllib3
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils import timezone

from news.documents.files import detect as detect_document
from news.documents.files import safe_name as document_name
from news.images import normalize_image
from news.renditions import make_renditions, srcset

from .models import ImportedItem

USER_AGENT = "cong-thong-tin-importer/1.0"
MAX_REDIRECTS = 3
IMAGE_EXTENSIONS = {".jpg", ".jpeg", ".png", ".gif", ".webp"}
FILE_EXTENSIONS = {".pdf", ".doc", ".docx", ".xls", ".xlsx", ".odt"}


class MediaError(Exception):
    """Why a file could not be had, in Vietnamese."""


@dataclass
class StoredImage:
    name: str
    record: dict = field(default_factory=dict)

    @property
    def url(self):
        fallback = self.record.get("fallback")
        return default_storage.url(fallback[-1][1] if fallback else self.name)

    @property
    def srcset(self):
        return srcset(default_storage, self.record.get("webp", []))


def host_of(url):
    return (urlsplit(url).netloc or "").lower().removeprefix("www.")


class MediaSource:
    """Where the old site's files are: `folder` (a local copy) first, then HTTP if allowed.

    `relative(url)` turns an address of the old site into a path inside the folder, or None
    when the address is not one of its files. Only hosts of the old site are ever fetched from,
    so a hostile export cannot make the server request addresses of its own network.
    """

    def __init__(self, *, folder=None, fetch=False, hosts=(), relative=None):
        self.folder = Path(folder).resolve() if folder else None
        self.fetch = fetch
        self.hosts = {host.lower().removeprefix("www.") for host in hosts if host}
        self.relative = relative or (lambda url: None)
        self._http = None

    def local_path(self, url):
        relative = self.relative(url)
        if not relative or self.folder is None:
            return None
        relative = posixpath.normpath(unquote(relative).lstrip("/"))
        if relative.startswith("..") or relative == ".":
            return None
        path = (self.folder / relative).resolve()
        if not path.is_relative_to(self.folder) or not path.is_file():
            return None
        return path

    def fetchable(self, url):
        parts = urlsplit(url)
        return self.fetch and parts.scheme in ("http", "https") and host_of(url) in self.hosts

    def available(self, url):
        """Whether `read` may find the file (a dry run checks this instead of reading)."""
        return self.local_path(url) is not None or self.fetchable(url)

    def read(self, url, limit):
        path = self.local_path(url)
        if path is not None:
            if path.stat().st_size > limit:
                raise MediaError(f"tệp lớn hơn giới hạn {limit // (1024 * 1024)} MB")
            return path.read_bytes()
        if not self.fetchable(url):
            if self.fetch:
                raise MediaError("không có trong thư mục và không thuộc trang cũ để tải về")
            raise MediaError("không có trong thư mục tệp đã cho (--media)")
        return self._download(url, limit)

    def _download(self, url, limit):
        if self._http is None:
            self._http = urllib3.PoolManager(
                headers={"User-Agent": USER_AGENT},
                timeout=urllib3.Timeout(connect=5, read=30),
                retries=urllib3.Retry(total=2, redirect=False, backoff_factor=0.5),
            )
        for _ in range(MAX_REDIRECTS + 1):
            try:
                response = self._http.request("GET", url, preload_content=False, redirect=False)
            except urllib3.exceptions.HTTPError as error:
                raise MediaError(f"không tải được ({type(error).__name__})") from error
            try:
                if response.status in (301, 302, 303, 307, 308):
                    target = urljoin(url, response.headers.get("Location", ""))
                    if not self.fetchable(target):
                        raise MediaError("trang cũ chuyển hướng sang nơi khác, không tải")
                    url = target
                    continue
                if response.status != 200:
                    raise MediaError(f"trang cũ trả lời mã {response.status}")
                data = response.read(limit + 1, decode_content=True)
                if len(data) > limit:
                    raise MediaError(f"tệp lớn hơn giới hạn {limit // (1024 * 1024)} MB")
                return data
            finally:
                response.release_conn()
        raise MediaError("chuyển hướng quá nhiều lần")


class MediaStore:
    """Stores the old site's images and files once, and remembers them across runs."""

    def __init__(self, source, *, origin, report, dry_run, writer):
        self.source = source
        self.origin = origin
        self.report = report
        self.dry_run = dry_run
        self.writer = writer
        self.known = {}
        self.saved = []  # names written to storage by this run, removed if it fails

    def key(self, url):
        relative = self.source.relative(url)
        return unquote(relative).lstrip("/").lower() if relative else None

    def image(self, url, *, folder, label=""):
        """The stored copy of the image at `url`, or None (the reason is in the report)."""
        stored = self._stored(
            url, "image", label, lambda data, name: self._store_image(data, name, folder)
        )
        return stored if isinstance(stored, StoredImage) else None

    def file(self, url, *, label=""):
        """The address of the stored copy of a PDF or office file at `url`, or None."""
        stored = self._stored(url, "file", label, self._store_file)
        return stored if isinstance(stored, str) else None

    def _stored(self, url, kind, label, store):
        key = self.key(url) or url
        if key in self.known:
            return self.known[key]
        remembered = self._remembered(key)
        if remembered is not None:
            self.known[key] = remembered
            self.report.count("unchanged", kind)
            return remembered
        example = f"{key}" + (f" (trong: {label})" if label else "")
        if self.dry_run:
            if not self.source.available(url):
                self.report.refuse(kind, "tệp không tìm thấy", example)
                self.known[key] = None
                return None
            self.report.count("created", kind)
            self.known[key] = StoredImage("") if kind == "image" else ""
            return self.known[key]
        limit = settings.IMAGE_MAX_BYTES if kind == "image" else settings.DOCUMENT_MAX_BYTES
        try:
            data = self.source.read(url, limit)
            result, data_record = store(data, PurePosixPath(unquote(urlsplit(url).path)).name)
        except MediaError as error:
            self.report.refuse(kind, f"tệp không lấy được: {error}", example)
            self.known[key] = None
            return None
        except ValidationError as error:
            self.report.refuse(kind, " ".join(error.messages), example)
            self.known[key] = None
            return None
        self.report.count("created", kind)
        self.writer.remember_media(key, data_record)
        self.known[key] = result
        return result

    def _remembered(self, key):
        item = ImportedItem.objects.filter(origin=self.origin, kind="media", key=key).first()
        if item is None or not default_storage.exists(item.data.get("name", "")):
            return None
        if item.data.get("type") == "file":
            return default_storage.url(item.data["name"])
        return StoredImage(item.data["name"], item.data.get("record", {}))

    def _store_image(self, data, name, folder):
        content = normalize_image(ContentFile(data, name=name or "anh.jpg"), name=name)
        stored = default_storage.save(f"{timezone.now():{folder}}/{content.name}", content)
        self.saved.append(stored)
        record = make_renditions(default_storage, stored, content)
        for _width, rendition in [*record.get("webp", []), *record.get("fallback", [])]:
            self.saved.append(rendition)
        return StoredImage(stored, record), {"type": "image", "name": stored, "record": record}

    def _store_file(self, data, name):
        content = ContentFile(data, name=name or "tep")
        kind = detect_document(content)
        stored = default_storage.save(
            f"files/{timezone.now():%Y/%m}/{document_name(name, kind)}", content
        )
        self.saved.append(stored)
        return default_storage.url(stored), {"type": "file", "name": stored}

    def discard(self):
        """Remove what this run stored: it failed, and the database does not point to them."""
        for name in self.saved:
            default_storage.delete(name)
        self.saved = []


def is_image_name(path):
    return PurePosixPath(urlsplit(path).path).suffix.lower() in IMAGE_EXTENSIONS


def is_file_name(path):
    return PurePosixPath(urlsplit(path).path).suffix.lower() in FILE_EXTENSIONS
