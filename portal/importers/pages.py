"""Saved pages of an older portal (a mirror of the site), read with a profile of CSS selectors.

A profile (TOML) says where each part of an article is on the old site's pages:

    base_url = "http://dangbokhoi.namdinh.gov.vn"

    [selectors]
    title = ".news-detail h1"
    date = ".news-detail .date"            # "Thứ 2, Ngày 25 / 10 / 2021" is understood
    lead = ".news-detail .sapo"
    body = ".news-detail .content"
    source = ".news-detail .source"        # else a closing "Theo Báo Nam Định," line
    category = ".breadcrumb a"             # the last link is the category, earlier ones its parents

A selector may end with "@attribute" to read an attribute ("meta[property='og:url']@content").
"""

import re
import tomllib
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from django.utils import timezone
from selectolax.lexbor import LexborHTMLParser, SelectolaxError

from news.articles.models import Article
from news.publishing import Status
from news.text import parse_date_line
from portal.redirects import addresses

from .base import Importer, ImportFailed, checksum, progress
from .bodies import Body, figure, plain, shorten, source_name
from .media import MediaSource, host_of, is_file_name, is_image_name
from .models import ImportRun
from .writer import Planned

SELECTORS = {
    "title",
    "body",
    "date",
    "lead",
    "source",
    "author",
    "category",
    "image",
    "images",
    "address",
    "remove",
}
REQUIRED = ("title", "body")
TOP_LEVEL = {"base_url", "include", "exclude", "encoding", "selectors", "category", "name"}
CATEGORY_KEYS = {"from", "skip", "default", "names"}
DEFAULT_INCLUDE = ["**/*.html", "**/*.htm", "**/*.shtml", "**/*.php", "**/*.asp", "**/*.aspx"]
DEFAULT_SKIP = ["Trang chủ", "Trang chu", "Home"]
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)
_TOML_WHERE = re.compile(r"\(at line (\d+), column (\d+)\)")


class ProfileError(ImportFailed):
    pass


def load_profile(path):
    """The profile at `path`, checked; ProfileError names the line or the key at fault."""
    try:
        profile = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ProfileError(f"Không đọc được hồ sơ {path}: {error.strerror}.") from None
    except UnicodeDecodeError:
        raise ProfileError(f"Hồ sơ {path} phải lưu bằng bảng mã UTF-8.") from None
    except tomllib.TOMLDecodeError as error:
        where = _TOML_WHERE.search(str(error))
        place = f"dòng {where.group(1)}, cột {where.group(2)}" if where else "không rõ dòng"
        problem = _TOML_WHERE.sub("", str(error)).strip()
        raise ProfileError(
            f"Hồ sơ {path} sai cú pháp TOML ở {place}: {problem}. Không có gì được ghi."
        ) from None
    unknown = set(profile) - TOP_LEVEL
    if unknown:
        raise ProfileError(f"Hồ sơ {path}: không hiểu khóa {', '.join(sorted(unknown))}.")
    base = str(profile.get("base_url", ""))
    if not base.startswith(("http://", "https://")):
        raise ProfileError(f"Hồ sơ {path}: cần base_url, địa chỉ của trang cũ (http://...).")
    selectors = profile.get("selectors", {})
    unknown = set(selectors) - SELECTORS
    if unknown:
        raise ProfileError(f"Hồ sơ {path}: không hiểu bộ chọn {', '.join(sorted(unknown))}.")
    for name in REQUIRED:
        if not selectors.get(name):
            raise ProfileError(f"Hồ sơ {path}: thiếu bộ chọn selectors.{name}.")
    probe = LexborHTMLParser("<p></p>")
    for name, value in selectors.items():
        for selector in value if isinstance(value, list) else [value]:
            try:
                probe.css(
                    str(selector).rpartition("@")[0] if "@" in str(selector) else str(selector)
                )
            except SelectolaxError:
                raise ProfileError(
                    f"Hồ sơ {path}: bộ chọn CSS selectors.{name} = “{selector}” không hợp lệ."
                ) from None
    category = profile.get("category", {})
    if set(category) - CATEGORY_KEYS or category.get("from", "breadcrumb") not in (
        "breadcrumb",
        "path",
    ):
        raise ProfileError(
            f'Hồ sơ {path}: mục [category] có from = "breadcrumb" hoặc "path", skip, default '
            "và names."
        )
    return profile


def address_of_file(relative):
    """The address a saved file had: wget names "chi-tiet.aspx?ID=7" "chi-tiet.aspx@ID=7.html"."""
    path, query = relative, ""
    name = PurePosixPath(relative).name
    for mark in ("?", "@"):
        if mark in name:
            path, _, query = relative.rpartition(mark)
            break
    if query.endswith(".html") and PurePosixPath(path).suffix:
        query = query[:-5]  # added by wget --adjust-extension
    if (
        not query
        and path.endswith(".html")
        and PurePosixPath(path[:-5]).suffix
        in (
            ".php",
            ".asp",
            ".aspx",
        )
    ):
        path = path[:-5]
    return "/" + path + (f"?{query}" if query else "")


def _select(tree, selector, *, many=False):
    attribute = None
    if "@" in selector:
        selector, _, attribute = selector.rpartition("@")
    nodes = tree.css(selector)
    values = [node.attrs.get(attribute) or "" for node in nodes] if attribute else nodes
    return values if many else next(iter(values), None)


def _text(value):
    if value is None:
        return ""
    return plain(value if isinstance(value, str) else value.text(separator=" "))


class SavedPagesImport(Importer):
    kind = ImportRun.Kind.PAGES

    def __init__(self, folder, profile, *, fetch_media=False, **options):
        super().__init__(origin="", source=folder, **options)
        self.folder = Path(folder).resolve()
        self.profile = profile
        self.selectors = profile.get("selectors", {})
        self.base_url = profile["base_url"].rstrip("/") + "/"
        self.hosts = {host_of(self.base_url)}
        self.origin = f"pages:{host_of(self.base_url)}"
        self.writer.origin = self.origin
        self.category_rules = profile.get("category", {})
        self.fetch_media = fetch_media
        self.files = []  # relative paths of the article pages
        self.known = {}  # (path, query) of an old address -> the page's key
        self.use_media(
            MediaSource(
                folder=self.folder, fetch=fetch_media, hosts=self.hosts, relative=self._site_path
            )
        )

    def _site_path(self, url):
        return urlsplit(url).path if host_of(url) in self.hosts else None

    # Pass 1 ----------------------------------------------------------------------------------

    def pages(self):
        include = self.profile.get("include") or DEFAULT_INCLUDE
        exclude = self.profile.get("exclude") or []
        found = set()
        for pattern in include:
            found.update(
                path
                for path in self.folder.glob(pattern)
                if path.is_file() and path.resolve().is_relative_to(self.folder)
            )
        for pattern in exclude:
            found.difference_update(self.folder.glob(pattern))
        return sorted(path.relative_to(self.folder).as_posix() for path in found)

    def read(self, relative):
        data = (self.folder / relative).read_bytes()
        encoding = self.profile.get("encoding")
        if not encoding:
            declared = _CHARSET.search(data[:4096])
            encoding = declared.group(1).decode("ascii") if declared else "utf-8"
        try:
            return LexborHTMLParser(data.decode(encoding))
        except (UnicodeDecodeError, LookupError):
            self.report.refuse(
                "article",
                f"không đọc được chữ theo bảng mã {encoding}; đặt encoding trong hồ sơ",
                relative,
            )
            return None

    def scan(self):
        wanted = {}
        for relative in progress(self.pages(), unit=" trang", desc="Đọc trang"):
            tree = self.read(relative)
            if tree is None:
                continue
            title = _text(_select(tree, self.selectors["title"]))
            if not title or _select(tree, self.selectors["body"]) is None:
                self.report.skip(
                    "article",
                    "trang không có tiêu đề hoặc nội dung theo hồ sơ (trang danh mục?)",
                    relative,
                )
                continue
            self.files.append(relative)
            wanted[relative] = title
            for url in self.page_addresses(relative, tree):
                self.known.setdefault(addresses.split(url), relative)
        self.wanted = wanted

    def page_addresses(self, relative, tree):
        found = [address_of_file(relative)]
        canonical = tree.css_first("link[rel=canonical]")
        if canonical is not None and canonical.attrs.get("href"):
            found.append(canonical.attrs["href"])
        extra = self.selectors.get("address")
        if extra:
            found += [_text(value) for value in _select(tree, extra, many=True)]
        return [
            url for url in found if url and (not urlsplit(url).netloc or host_of(url) in self.hosts)
        ]

    # Between the passes ----------------------------------------------------------------------

    def prepare(self):
        self.load_records(["post", "category"])
        new = {}
        for key, title in self.wanted.items():
            record = self.records.get(("post", key))
            state = self.current.get((Article, record[0])) if record else None
            if state is not None:
                self.slugs[(Article, key)] = state[0]
            else:
                new[key] = title
        self.assign_slugs(Article, new)
        self.categories = {}

    # Pass 2 ----------------------------------------------------------------------------------

    def import_items(self):
        for relative in progress(self.files, unit=" trang", desc="Nhập"):
            tree = self.read(relative)
            if tree is not None:
                self.import_page(relative, tree)

    def import_page(self, relative, tree):
        selectors = self.selectors
        title = _text(_select(tree, selectors["title"]))
        label = f"{shorten(title, 80)} [{relative}]"
        body_node = _select(tree, selectors["body"])
        for selector in self._list(selectors.get("remove")):
            for node in body_node.css(selector):
                node.decompose()
        page_url = urljoin(self.base_url, address_of_file(relative).lstrip("/"))
        date_text = _text(_select(tree, selectors["date"])) if selectors.get("date") else ""
        moment = parse_date_line(date_text)
        if moment is None:
            mtime = (self.folder / relative).stat().st_mtime
            moment = timezone.make_aware(timezone.datetime.fromtimestamp(mtime))
            self.report.note(
                "Không đọc được ngày đăng, lấy ngày của tệp", f"{label}: “{date_text}”"
            )
        lead = _text(_select(tree, selectors["lead"])) if selectors.get("lead") else ""
        author = _text(_select(tree, selectors["author"])) if selectors.get("author") else ""
        source_text = _text(_select(tree, selectors["source"])) if selectors.get("source") else ""
        extra_images, featured = self.images(tree, body_node)
        body_html = (
            "".join(figure(html, caption) for html, caption in extra_images) + body_node.inner_html
        )
        check = checksum(
            title,
            date_text,
            lead,
            author,
            source_text,
            body_html,
            featured,
            self.category_path(tree, relative),
        )
        action, existing = self.decide("post", relative, check, label)
        if action is None:
            return
        self.page_url = page_url
        body = Body(body_html)
        incomplete = self.rewrite_images(body, label=label)
        self.rewrite_links(body, label=label)
        if lead:
            body.drop_opening(lead)
        else:
            lead = body.take_first_paragraph()
        source = source_name(source_text) or source_text.removeprefix("Theo ").strip()
        if source:
            body.drop_source(source)
        else:
            source = body.take_source()
        image_fields = {"image": "", "image_renditions": {}, "image_alt": "", "image_caption": ""}
        if featured:
            stored = self.media.image(
                urljoin(page_url, featured[0]), folder="articles/%Y/%m", label=label
            )
            if stored is None:
                incomplete = True
            else:
                image_fields = {
                    "image": stored.name,
                    "image_renditions": stored.record,
                    "image_alt": (featured[1] or title)[:255],
                    "image_caption": shorten(featured[2], 255),
                }
        if len(title) > 255:
            self.report.note("Tiêu đề dài quá 255 ký tự, đã cắt", label)
        fields = {
            "title": shorten(title, 255),
            "slug": self.slugs[(Article, relative)],
            "category": self.category_for(tree, relative),
            "lead": lead,
            "body": body.html(),
            "source": source[:200],
            "author_name": author[:120],
            "status": Status.PUBLISHED,
            "publish_at": moment,
            "is_featured": False,
            "created_by": None,
            **image_fields,
        }
        new_url = self.url_of(Article, relative)
        self.submit(
            Planned(
                model=Article,
                kind="post",
                key=relative,
                fields=fields,
                checksum=check,
                existing=existing,
                addresses=self.old_addresses(self.page_addresses(relative, tree), new_url),
                data={"incomplete": True} if incomplete else {},
            )
        )

    @staticmethod
    def _list(value):
        return value if isinstance(value, list) else [value] if value else []

    def images(self, tree, body_node):
        """Images outside the body (put before it as figures) and the featured image's
        (src, alt, caption); the featured image is shown once, as such."""
        body_images = {node.mem_id for node in body_node.css("img")}
        featured, featured_id = None, None
        if self.selectors.get("image"):
            node = _select(tree, self.selectors["image"])
            if isinstance(node, str) and node:
                featured = (node, "", "")
            elif node is not None and node.attrs.get("src"):
                featured = (node.attrs["src"], node.attrs.get("alt") or "", _caption_of(node))
                featured_id = node.mem_id
                if featured_id in body_images:
                    parent = node.parent
                    (parent if parent is not None and parent.tag == "figure" else node).decompose()
        extra = []
        if self.selectors.get("images"):
            for node in tree.css(self.selectors["images"]):
                if (
                    node.tag == "img"
                    and node.mem_id not in body_images
                    and node.mem_id != featured_id
                    and node.attrs.get("src")
                ):
                    extra.append((node.html, _caption_of(node)))
        return extra, featured

    # Categories ------------------------------------------------------------------------------

    def category_path(self, tree, relative):
        """[(key, name, old address)] from the top category down to the page's own."""
        rules = self.category_rules
        skip = {name.lower() for name in rules.get("skip", DEFAULT_SKIP)}
        names = rules.get("names", {})
        trail = []
        if rules.get("from", "breadcrumb") == "path":
            folders = PurePosixPath(address_of_file(relative)).parent.parts[1:]
            for depth in range(len(folders)):
                key = "/".join(folders[: depth + 1])
                trail.append(
                    (key, names.get(key) or names.get(folders[depth]) or folders[depth], f"/{key}/")
                )
        elif self.selectors.get("category"):
            title = _text(_select(tree, self.selectors["title"])).lower()
            for node in tree.css(self.selectors["category"]):
                name = _text(node)
                if not name or name.lower() in skip or name.lower() == title:
                    continue
                href = node.attrs.get("href") or ""
                old = (
                    addresses.display(*addresses.split(urljoin(self.base_url, href)))
                    if href
                    else ""
                )
                trail.append((old or name.lower(), names.get(name, name), old))
        return trail

    def category_for(self, tree, relative):
        trail = self.category_path(tree, relative)
        if not trail:
            default = self.category_rules.get("default", "Tin tức")
            trail = [(f"default:{default}", default, "")]
        parent = None
        for key, name, old in trail:
            if key not in self.categories:
                category = self.category(f"category:{key}", shorten(name, 120), parent)
                self.categories[key] = category
                if old and category.pk:
                    self.writer.redirect(
                        self.old_addresses([old], category.get_absolute_url()), item=category
                    )
            parent = self.categories[key]
        return parent

    # Addresses inside bodies -----------------------------------------------------------------

    def absolute(self, url):
        return urljoin(self.page_url, url)

    def is_own(self, url):
        return urlsplit(url).scheme in ("http", "https") and host_of(url) in self.hosts

    def link_to(self, href, label):
        parts = urlsplit(href)
        if parts.scheme not in ("", "http", "https") or (not parts.path and not parts.query):
            return None
        url = self.absolute(href)
        if not self.is_own(url):
            return None
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        saved = urlsplit(url)
        if not saved.query:  # a link to a saved file: "ChiTiet.aspx@ID=7.html"
            url = urljoin(self.base_url, address_of_file(saved.path.lstrip("/")).lstrip("/"))
        old = addresses.split(url)
        key = self.known.get(old)
        if key is not None:
            return self.url_of(Article, key) + fragment
        if is_image_name(url):
            stored = self.image_at(url, label)
            if stored is not None:
                return stored.url
        elif is_file_name(url):
            stored_url = self.media.file(url, label=label)
            if stored_url:
                return stored_url
        return addresses.display(*old) + fragment


def _caption_of(node):
    holder = node.parent
    while holder is not None and holder.tag in ("a", "span", "p", "div") and holder.tag != "figure":
        if holder.tag == "div":
            break
        holder = holder.parent
    if holder is not None and holder.tag == "figure":
        caption = holder.css_first("figcaption")
        return _text(caption) if caption is not None else ""
    return ""
