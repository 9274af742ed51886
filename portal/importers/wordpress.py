"""WordPress export files (WXR 1.0, 1.1 and 1.2), read safely and imported.

The file is parsed as a stream with defusedxml: a document type with entity declarations
(entity expansion bombs, external entities that would read the server's files) is refused, and
memory stays flat whatever the file's size, since each item is dropped once it is read.
"""

import datetime
import html
import os
import re
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit
from xml.etree import ElementTree
from xml.parsers import expat

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import DefusedXMLParser
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

from news.articles.models import Article, Category, Tag
from news.pages.models import Page
from news.publishing import Status
from news.text import slugify
from portal.redirects import addresses

from . import shortcodes
from .base import Importer, ImportFailed, checksum, progress
from .bodies import Body, autop, figure, has_blocks, plain, shorten, strip_block_comments
from .media import MediaSource, host_of, is_image_name
from .models import ImportRun
from .writer import Planned

CONTENT = "http://purl.org/rss/1.0/modules/content/"
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
WORDPRESS = "http://wordpress.org/export/"
UPLOADS = "/wp-content/uploads/"
IMPORTED_TYPES = {"post": Article, "page": Page}
SKIPPED_STATUSES = {
    "trash": "trong thùng rác",
    "auto-draft": "bản nháp tự động",
    "inherit": "bản sửa đổi",
}
# WordPress appends "-300x200" to the resized copies of an upload.
_SIZE_SUFFIX = re.compile(r"-\d+x\d+(?=\.[A-Za-z0-9]+$)")

# The messages of expat errors a webmaster may meet, in Vietnamese.
_EXPAT = {
    expat.errors.XML_ERROR_SYNTAX: "lỗi cú pháp",
    expat.errors.XML_ERROR_NO_ELEMENTS: "tệp trống hoặc kết thúc giữa chừng",
    expat.errors.XML_ERROR_INVALID_TOKEN: "ký tự hoặc thẻ không hợp lệ",
    expat.errors.XML_ERROR_UNCLOSED_TOKEN: "thẻ chưa đóng",
    expat.errors.XML_ERROR_PARTIAL_CHAR: "ký tự bị cắt dở",
    expat.errors.XML_ERROR_TAG_MISMATCH: "thẻ đóng không khớp thẻ mở",
    expat.errors.XML_ERROR_UNDEFINED_ENTITY: "dùng thực thể (entity) chưa khai báo",
    expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: "còn nội dung sau thẻ gốc",
    expat.errors.XML_ERROR_UNCLOSED_CDATA_SECTION: "khối CDATA chưa đóng",
    expat.errors.XML_ERROR_INCORRECT_ENCODING: "bảng mã khai báo không đúng với nội dung",
    expat.errors.XML_ERROR_UNKNOWN_ENCODING: "bảng mã không được hỗ trợ",
    expat.errors.XML_ERROR_BAD_CHAR_REF: "mã ký tự không hợp lệ",
    expat.errors.XML_ERROR_DUPLICATE_ATTRIBUTE: "thuộc tính bị lặp",
}


class ExportError(ImportFailed):
    pass


def _failed(where, problem):
    return ExportError(
        f"Tệp xuất WordPress không đọc được: {where}: {problem}. Không có gì được ghi vào cơ sở "
        "dữ liệu; hãy xuất lại tệp từ WordPress (Công cụ › Xuất) rồi chạy lại."
    )


class _Counted:
    """A file whose reads move the progress bar."""

    def __init__(self, raw, bar):
        self.raw, self.bar = raw, bar

    def read(self, size=-1):
        data = self.raw.read(size)
        self.bar.update(len(data))
        return data


def _split(tag):
    if tag[0] == "{":
        namespace, _, name = tag[1:].partition("}")
        return namespace, name
    return "", tag


def elements(path, *, label="Đọc tệp"):
    """(event, depth, element) of the export, streamed; ExportError names the broken line.

    The progress bar (bytes read) is left out when `label` is None.
    """
    parser = DefusedXMLParser(
        target=ElementTree.TreeBuilder(),
        forbid_dtd=False,
        forbid_entities=True,
        forbid_external=True,
    )
    with (
        open(path, "rb") as raw,
        progress(
            total=os.path.getsize(path), unit="B", unit_scale=True, desc=label, disable=not label
        ) as bar,
    ):
        depth = 0
        channel = None
        try:
            # The parser is defusedxml's: entity declarations and external references stop it.
            for event, element in ElementTree.iterparse(  # noqa: S314
                _Counted(raw, bar), events=("start", "end"), parser=parser
            ):
                if event == "start":
                    depth += 1
                    if depth == 2:
                        channel = element
                    yield event, depth, element
                else:
                    yield event, depth, element
                    if depth == 3 and channel is not None:
                        channel.clear()  # read and done with: memory stays flat
                    depth -= 1
        except ElementTree.ParseError as error:
            line, column = error.position
            message = str(error).split(":")[0]
            problem = _EXPAT.get(expat.errors.messages.get(error.code)) or message
            raise _failed(f"dòng {line}, cột {column + 1}", problem) from None
        except DefusedXmlException as error:
            line = parser.parser.CurrentLineNumber
            raise _failed(
                f"dòng {line}",
                "tệp khai báo thực thể (entity) hoặc tham chiếu tệp bên ngoài; WordPress không "
                f"bao giờ xuất như vậy, tệp bị từ chối để bảo vệ máy chủ ({type(error).__name__})",
            ) from None


def _children(element):
    """{name: text} of an element's direct children, namespaces dropped (postmeta and the like)."""
    return {_split(child.tag)[1]: (child.text or "").strip() for child in element}


def read_item(element):
    item = {"categories": [], "meta": {}, "comments": 0}
    for child in element:
        namespace, name = _split(child.tag)
        text = child.text or ""
        if namespace == CONTENT:
            item["content"] = text
        elif namespace.startswith(WORDPRESS) and namespace.rstrip("/").endswith("excerpt"):
            item["excerpt"] = text
        elif namespace == DUBLIN_CORE:
            item[name] = text.strip()
        elif name == "category":
            item["categories"].append(
                (child.get("domain", "category"), child.get("nicename", ""), text.strip())
            )
        elif name == "postmeta":
            meta = _children(child)
            item["meta"][meta.get("meta_key", "")] = meta.get("meta_value", "")
        elif name == "comment":
            item["comments"] += 1
        else:
            item[name] = text.strip()
    return item


def wordpress_date(value):
    """A WordPress date ("2021-10-25 08:30:00"), None for "0000-00-00 00:00:00" or nothing."""
    value = (value or "").strip()
    if not value or value.startswith("0000"):
        return None
    return datetime.datetime.strptime(value[:19], "%Y-%m-%d %H:%M:%S")


class WordPressImport(Importer):
    kind = ImportRun.Kind.WORDPRESS

    def __init__(
        self,
        path,
        *,
        media=None,
        fetch_media=False,
        author_map=None,
        default_category="",
        **options,
    ):
        super().__init__(origin="", source=path, **options)
        self.path = path
        self.media_folder = media
        self.fetch_media = fetch_media
        self.author_map = author_map or {}
        self.default_category = default_category
        self.site = {}
        self.authors = {}
        self.categories = {}  # nicename -> {name, parent, description, term_id}
        self.term_ids = {}  # term_id -> category nicename
        self.tags = {}  # nicename -> name
        self.attachments = {}  # post id -> {url, alt, title, caption, parent}
        self.children = {}  # post id -> attachment ids
        self.post_names = {}  # post_name -> (model, post id)
        self.item_count = 0
        self.users = {}
        self.category_objects = {}

    # Pass 1: check the whole file and learn every address ------------------------------------

    def scan(self):
        wanted = {Article: {}, Page: {}}
        root_seen = wxr = False
        for event, depth, element in elements(self.path):
            if event == "start":
                if depth == 1:
                    root_seen = _split(element.tag)[1] == "rss"
                    if not root_seen:
                        raise _failed("dòng 1", "đây không phải tệp xuất WordPress (WXR)")
                continue
            if depth != 3:
                continue
            namespace, name = _split(element.tag)
            if name == "item":
                self.item_count += 1
                self._scan_item(read_item(element), wanted)
            elif namespace.startswith(WORDPRESS):
                wxr = True
                self._scan_channel(name, element)
            elif name in ("title", "link"):
                self.site.setdefault(name, (element.text or "").strip())
        if not wxr:
            raise _failed("cả tệp", "không có dữ liệu WordPress (thiếu wp:wxr_version)")
        version = self.site.get("wxr_version", "")
        if version and version not in ("1.0", "1.1", "1.2"):
            self.report.note(f"Phiên bản WXR {version} chưa được thử; đã đọc như bản 1.2")
        base = self.site.get("base_site_url") or self.site.get("link") or ""
        self.base_url = base.rstrip("/") + "/"
        self.hosts = {host_of(url) for url in (base, self.site.get("base_blog_url", "")) if url}
        self.origin = f"wordpress:{host_of(self.base_url) or 'khong-ro'}"
        self.writer.origin = self.origin
        self.use_media(
            MediaSource(
                folder=self.media_folder,
                fetch=self.fetch_media,
                hosts=self.hosts,
                relative=self._upload_path,
            )
        )
        self.source = self.path
        self.wanted = wanted

    def _scan_channel(self, name, element):
        if name in ("wxr_version", "base_site_url", "base_blog_url"):
            self.site[name] = (element.text or "").strip()
        elif name == "author":
            data = _children(element)
            login = data.get("author_login", "")
            self.authors[login] = plain(data.get("author_display_name", "") or login)
        elif name == "category":
            data = _children(element)
            nicename = data.get("category_nicename", "")
            self.categories[nicename] = {
                "name": plain(data.get("cat_name", "")) or nicename,
                "parent": data.get("category_parent", ""),
                "description": plain(data.get("category_description", "")),
                "term_id": data.get("term_id", ""),
            }
            self.term_ids[data.get("term_id", "")] = nicename
        elif name == "tag":
            data = _children(element)
            self.tags[data.get("tag_slug", "")] = plain(data.get("tag_name", ""))
        elif name == "term":
            data = _children(element)
            if data.get("term_taxonomy") == "category" and data.get("term_slug"):
                nicename = data["term_slug"]
                self.categories.setdefault(
                    nicename,
                    {
                        "name": plain(data.get("term_name", "")) or nicename,
                        "parent": data.get("term_parent", ""),
                        "description": "",
                        "term_id": data.get("term_id", ""),
                    },
                )
                self.term_ids[data.get("term_id", "")] = nicename

    def _scan_item(self, item, wanted):
        post_type = item.get("post_type", "")
        post_id = item.get("post_id", "")
        if post_type == "attachment":
            self.attachments[post_id] = {
                "url": item.get("attachment_url", ""),
                "alt": plain(item["meta"].get("_wp_attachment_image_alt", "")),
                "title": plain(item.get("title", "")),
                "caption": plain(item.get("excerpt", "")),
                "parent": item.get("post_parent", "0"),
            }
            self.children.setdefault(item.get("post_parent", "0"), []).append(post_id)
            return
        model = IMPORTED_TYPES.get(post_type)
        if model is None or item.get("status") in SKIPPED_STATUSES:
            return
        for domain, nicename, text in item["categories"]:
            if domain == "category" and nicename and nicename not in self.categories:
                self.categories[nicename] = {
                    "name": plain(text) or nicename,
                    "parent": "",
                    "description": "",
                    "term_id": "",
                }
            elif domain == "post_tag" and nicename:
                self.tags.setdefault(nicename, plain(text))
        post_name = unquote(item.get("post_name", ""))
        wanted[model][post_id] = post_name or plain(item.get("title", "")) or f"bai-{post_id}"
        if post_name:
            self.post_names[post_name.lower()] = (model, post_id)

    def _upload_path(self, url):
        path = urlsplit(url).path
        index = path.find(UPLOADS)
        return path[index + len(UPLOADS) :] if index >= 0 else None

    # Between the passes: addresses, categories, authors ----------------------------------------

    def prepare(self):
        self.load_records(["post", "page", "category"])
        for model, wished in self.wanted.items():
            kind = "post" if model is Article else "page"
            new = {}
            for key, text in wished.items():
                record = self.records.get((kind, key))
                state = self.current.get((model, record[0])) if record else None
                if state is not None:
                    self.slugs[(model, key)] = state[0]
                else:
                    new[key] = text
            self.assign_slugs(model, new)
        self.wanted = None
        self._make_categories()
        self._map_authors()

    def _make_categories(self):
        made = {}

        def make(nicename, trail=()):
            if nicename in made:
                return made[nicename]
            data = self.categories[nicename]
            parent = None
            if data["parent"] in self.categories and data["parent"] not in trail:
                parent = make(data["parent"], (*trail, nicename))
            category = self.category(
                f"category:{nicename}", data["name"], parent, slug_hint=unquote(nicename)
            )
            if not self.dry_run and not category.description and data["description"]:
                Category.objects.filter(pk=category.pk).update(description=data["description"])
            made[nicename] = category
            path = "/".join([*(n for n in self._category_trail(nicename)), ""])
            pairs = self.old_addresses(
                [f"/category/{path}"] + ([f"/?cat={data['term_id']}"] if data["term_id"] else []),
                None if self.dry_run else category.get_absolute_url(),
            )
            if category.pk:
                self.writer.redirect(pairs, item=category)
            return category

        for nicename in self.categories:
            make(nicename)
        self.category_objects = made

    def _category_trail(self, nicename):
        trail, seen = [], set()
        while nicename and nicename in self.categories and nicename not in seen:
            seen.add(nicename)
            trail.insert(0, nicename)
            nicename = self.categories[nicename]["parent"]
        return trail

    def _map_authors(self):
        User = get_user_model()
        for login, username in self.author_map.items():
            user = User.objects.filter(username=username).first()
            if user is None and not self.dry_run:
                user = User(username=username, first_name=self.authors.get(login, "")[:150])
                user.set_unusable_password()
                user.save()
                self.report.count("created", "author")
                self.report.note(
                    "Tài khoản mới cho tác giả, chưa đăng nhập được: quản trị viên đặt mật khẩu "
                    "và vai trò nếu người này cần vào trang quản trị",
                    username,
                )
            elif user is None:
                self.report.count("created", "author")
            self.users[login] = user

    def fallback_category(self):
        if "" not in self.category_objects:
            slug = self.default_category
            found = Category.objects.filter(slug=slug).first() if slug else None
            self.category_objects[""] = found or self.category(
                "category:", "Chưa phân loại", slug_hint="chua-phan-loai"
            )
        return self.category_objects[""]

    # Pass 2: convert and write -----------------------------------------------------------------

    def import_items(self):
        with progress(total=self.item_count, unit=" mục", desc="Nhập") as bar:
            for event, depth, element in elements(self.path, label=None):
                if event == "end" and depth == 3 and _split(element.tag)[1] == "item":
                    self.import_item(read_item(element))
                    bar.update(1)

    def import_item(self, item):
        post_type = item.get("post_type", "")
        status = item.get("status", "")
        title = plain(item.get("title", ""))
        label = f"{shorten(title, 80) or '(không tiêu đề)'} [mã {item.get('post_id', '?')}]"
        if post_type == "attachment":
            return  # imported with the items that use them
        model = IMPORTED_TYPES.get(post_type)
        report_kind = "page" if model is Page else "article"
        if model is None:
            self.report.count("skipped", "other")
            self.report.tally("Bỏ qua theo loại nội dung WordPress", post_type or "?")
            return
        if status in SKIPPED_STATUSES:
            self.report.skip(report_kind, f"bài {SKIPPED_STATUSES[status]}", label)
            return
        if item["comments"]:
            self.report.tally(
                "Bình luận không nhập (cổng không có bình luận)", "bình luận", item["comments"]
            )
        key = item.get("post_id", "")
        kind = "post" if model is Article else "page"
        check = checksum(item, self.author_map.get(item.get("creator", "")), self.default_category)
        action, existing = self.decide(kind, key, check, label, item.get("guid", ""))
        if action is None:
            return
        try:
            status_value, publish_at = self.status(item, label, report_kind)
        except ValueError:
            self.report.refuse(report_kind, "ngày tháng không hợp lệ", label)
            return
        body, lead, source, incomplete = self.convert(item, label, article=model is Article)
        if not title:
            title = shorten(plain(body) or f"Bài số {key}", 120)
            self.report.note("Bài không có tiêu đề, lấy đầu nội dung làm tiêu đề", label)
        limit = model._meta.get_field("title").max_length
        if len(title) > limit:
            self.report.note(f"Tiêu đề dài quá {limit} ký tự, đã cắt", label)
            title = shorten(title, limit)
        user = self.users.get(item.get("creator", ""))
        fields = {
            "title": title,
            "slug": self.slugs[(model, key)],
            "body": body,
            "status": status_value,
            "publish_at": publish_at,
            "created_by": user,
        }
        tags = []
        if model is Article:
            fields.update(
                category=self.category_of(item, label),
                lead=lead,
                source=source[:200],
                author_name=self.authors.get(item.get("creator", ""), item.get("creator", ""))[
                    :120
                ],
                is_featured=item.get("is_sticky") == "1",
                **self.featured_image(item, label),
            )
            tags = [plain(text) for domain, _n, text in item["categories"] if domain == "post_tag"]
            if fields["image"] is None:
                incomplete = True
                fields.update(image="", image_renditions={})
        else:
            order = item.get("menu_order", "0")
            fields.update(
                order=min(max(int(order) if order.lstrip("-").isdigit() else 0, 0), 32767),
                show_in_menu=False,
            )
        new_url = self.url_of(model, key)
        self.submit(
            Planned(
                model=model,
                kind=kind,
                key=key,
                fields=fields,
                checksum=check,
                guid=item.get("guid", ""),
                existing=existing,
                tags=[tag for tag in tags if tag],
                addresses=self.old_addresses(self.item_urls(item, model, publish_at), new_url),
                data={"incomplete": True} if incomplete else {},
            ),
            item.get("guid", ""),
        )

    def status(self, item, label, report_kind):
        status = item.get("status", "")
        gmt = wordpress_date(item.get("post_date_gmt"))
        local = wordpress_date(item.get("post_date"))
        if gmt is not None:
            moment = gmt.replace(tzinfo=datetime.UTC)
        elif local is not None:
            moment = timezone.make_aware(local)
        else:
            moment = timezone.now()
        if item.get("post_password") or status == "private":
            why = "có mật khẩu" if item.get("post_password") else "riêng tư"
            self.report.note(
                "Bài không công khai trên trang cũ (riêng tư hoặc có mật khẩu), để ở dạng bản nháp",
                f"{label}: {why}",
            )
            return Status.DRAFT, moment
        if status in ("publish", "future"):
            return Status.PUBLISHED, moment
        if status == "pending":
            return Status.REVIEW, moment
        return Status.DRAFT, moment

    def category_of(self, item, label):
        primary = self.term_ids.get(item["meta"].get("_yoast_wpseo_primary_category", ""))
        names = [n for domain, n, _t in item["categories"] if domain == "category" and n]
        if len(names) > 1:
            self.report.note("Bài thuộc nhiều chuyên mục, lấy chuyên mục đầu (hoặc chính)", label)
        nicename = primary if primary in self.category_objects else next(iter(names), "")
        category = self.category_objects.get(nicename) or self.fallback_category()
        return category

    def featured_image(self, item, label):
        none = {"image": "", "image_renditions": {}, "image_alt": "", "image_caption": ""}
        attachment = self.attachments.get(item["meta"].get("_thumbnail_id", ""))
        if attachment is None:
            return none
        stored = self.media.image(attachment["url"], folder="articles/%Y/%m", label=label)
        if stored is None:
            return {**none, "image": None}
        self.redirect_upload(attachment["url"], stored.url)
        return {
            "image": stored.name,
            "image_renditions": stored.record,
            "image_alt": (attachment["alt"] or attachment["title"] or plain(item.get("title", "")))[
                :255
            ],
            "image_caption": shorten(attachment["caption"], 255),
        }

    def redirect_upload(self, url, stored_url):
        """The old address of an uploaded file leads to its copy (links from other sites)."""
        if stored_url and not self.dry_run:
            self.writer.redirect(self.old_addresses([url], None), target_url=stored_url)

    def item_urls(self, item, model, publish_at):
        key = item.get("post_id", "")
        urls = [item.get("link", ""), item.get("guid", ""), f"/?p={key}"]
        if model is Page:
            urls.append(f"/?page_id={key}")
        elif item.get("post_name"):
            local = timezone.localtime(publish_at)
            urls.append(f"/{local:%Y/%m/%d}/{item['post_name']}/")
        return urls

    def convert(self, item, label, *, article):
        text = item.get("content", "")
        blocks = has_blocks(text)
        text = strip_block_comments(text)
        text = shortcodes.convert(text, self.shortcode_handlers(item), self.report)
        if not blocks:
            text = autop(text)
        body = Body(text)
        incomplete = self.rewrite_images(body, label=label, alt_for=self.attachment_alt)
        self.rewrite_links(body, label=label)
        lead = source = ""
        if article:
            lead = plain(item.get("excerpt", ""))
            if lead:
                body.drop_opening(lead)
            else:
                lead = body.take_first_paragraph()
            source = body.take_source()
        return body.html(), lead, source, incomplete

    def shortcode_handlers(self, item):
        def gallery(named):
            ids = named.get("ids") or named.get("include") or ""
            chosen = [i.strip() for i in ids.split(",") if i.strip()] or self.children.get(
                item.get("post_id", ""), []
            )
            figures = []
            for attachment_id in chosen:
                attachment = self.attachments.get(attachment_id)
                if attachment and attachment["url"]:
                    alt = html.escape(attachment["alt"] or attachment["title"])
                    src = html.escape(attachment["url"])
                    image = f'<img src="{src}" alt="{alt}" class="wp-image-{attachment_id}">'
                    figures.append(figure(image, attachment["caption"]))
            return "\n".join(figures) or None

        return shortcodes.handlers(gallery)

    def attachment_alt(self, img):
        for name in (img.attrs.get("class") or "").split():
            if name.startswith("wp-image-"):
                attachment = self.attachments.get(name.removeprefix("wp-image-"))
                if attachment:
                    return attachment["alt"] or attachment["title"]
        return ""

    # Addresses inside bodies -------------------------------------------------------------------

    def absolute(self, url):
        return urljoin(self.base_url, url)

    def is_own(self, url):
        parts = urlsplit(url)
        return parts.scheme in ("http", "https") and host_of(url) in self.hosts

    def image_at(self, url, label):
        # The body shows a resized copy ("anh-300x200.jpg"); the original makes better
        # renditions and is the same file the featured image or another post uses.
        original = _SIZE_SUFFIX.sub("", url)
        if original != url and self.media.source.available(original):
            stored = self.media.image(original, folder="editor/%Y/%m", label=label)
            if stored is not None:
                return stored
        stored = self.media.image(url, folder="editor/%Y/%m", label=label)
        if stored is not None:
            self.redirect_upload(url, stored.url)
        return stored

    def link_to(self, href, label):
        parts = urlsplit(href)
        if parts.scheme not in ("", "http", "https"):
            return None
        if parts.netloc and host_of(href) not in self.hosts:
            return None
        if not parts.netloc and not parts.path.startswith("/") and not parts.query:
            return None  # "#muc-1", a name relative to the page
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        if UPLOADS in unquote(parts.path).lower():
            url = self.absolute(href)
            if is_image_name(parts.path):
                stored = self.image_at(url, label)
                if stored is not None:
                    return stored.url
            else:
                stored_url = self.media.file(url, label=label)
                if stored_url:
                    self.redirect_upload(url, stored_url)
                    return stored_url
        found = self.resolve(parts.path, parts.query)
        if found:
            return found + fragment
        path, query = addresses.split(href)
        return addresses.display(path, query) + fragment

    def resolve(self, path, query):
        """The new address of an old one, when it is an item, category or tag of the export."""
        params = {name.lower(): value for name, value in parse_qsl(query)}
        for name, model in (("p", None), ("page_id", Page)):
            post_id = params.get(name, "")
            if post_id.isdigit():
                for candidate in (model,) if model else (Article, Page):
                    url = self.url_of(candidate, post_id)
                    if url:
                        return url
        if params.get("cat", "") in self.term_ids:
            return self.category_url(self.term_ids[params["cat"]])
        segments = [s for s in unquote(path).lower().split("/") if s]
        if not segments:
            return None
        if segments[0] == "category" and len(segments) > 1:
            return self.category_url(segments[-1])
        if segments[0] == "tag" and len(segments) > 1:
            return reverse(
                "articles:tag", args=[slugify(self.tags.get(segments[-1], segments[-1]), 120)]
            )
        found = self.post_names.get(segments[-1])
        return self.url_of(*found) if found else None

    def category_url(self, nicename):
        category = self.category_objects.get(nicename)
        return reverse("articles:category", args=[category.slug]) if category else None

    def finish(self):
        # Old keyword pages lead to the new ones, once the keywords exist.
        self.writer.flush()
        if self.dry_run:
            return
        slugs = {nicename: slugify(name, 120) for nicename, name in self.tags.items() if name}
        for tag in Tag.objects.filter(slug__in=set(slugs.values())):
            for nicename, slug in slugs.items():
                if slug == tag.slug:
                    pairs = self.old_addresses(
                        [f"/tag/{nicename}/", f"/?tag={nicename}"], tag.get_absolute_url()
                    )
                    self.writer.redirect(pairs, item=tag)
