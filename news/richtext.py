"""Rich text: the allowlist every article body passes through, on every path to the database."""

import re
from functools import partial
from html.parser import HTMLParser

import nh3
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext_lazy
from django_ckeditor_5.fields import CKEditor5Field

from news.media import media_base_url

TAGS = {
    "p",
    "br",
    "hr",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "b",
    "em",
    "i",
    "u",
    "s",
    "sub",
    "sup",
    "ul",
    "ol",
    "li",
    "blockquote",
    "a",
    "img",
    "figure",
    "figcaption",
    "table",
    "caption",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
}
# Dropped with everything inside them, not just unwrapped: their text is code, not prose.
DROP_WITH_CONTENT = {
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "frame",
    "frameset",
    "object",
    "embed",
    "applet",
    "svg",
    "math",
    "title",
    "textarea",
    "select",
    "xmp",
    "noembed",
}
ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "srcset", "sizes", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
}
# The classes CKEditor 5 puts on figures for image styles and tables, and nothing else.
CLASSES = {
    "figure": {
        "image",
        "table",
        "image-style-side",
        "image-style-align-left",
        "image-style-align-right",
        "image-style-block-align-left",
        "image-style-block-align-right",
        "image-inline",
    },
}
URL_SCHEMES = {"http", "https", "mailto"}


# The editor writes sizes="100vw"; a body image is never wider than the article column.
BODY_IMAGE_SIZES = "(max-width: 900px) 100vw, 760px"
_SRCSET_WIDTH = re.compile(r"[0-9]{1,5}w")


_C0_OR_SPACE = "".join(chr(code) for code in range(0x21))
_TAB_OR_NEWLINE = str.maketrans("", "", "\t\n\r")


def browser_url(value):
    """`value` as a browser's URL parser reads it: without leading and trailing controls and
    spaces, without any tab or newline, with backslashes as slashes (as for http(s) URLs).
    "/\\host/x.png" and "/" + newline + "/host" both become "//host...": another host."""
    return value.strip(_C0_OR_SPACE).translate(_TAB_OR_NEWLINE).replace("\\", "/")


def own_media_url(media_base, value):
    """`value` normalized as a browser would, if it points into our media; None otherwise."""
    url = browser_url(value)
    if not url.startswith(media_base) or "/../" in url or url.startswith("//"):
        return None
    return url


def _own_srcset(media_base, value):
    """The editor's `srcset` ("url 480w, url 800w") if every candidate is one of our images."""
    candidates = [candidate.split() for candidate in value.split(",")]
    for candidate in candidates:
        if len(candidate) != 2 or not _SRCSET_WIDTH.fullmatch(candidate[1]):
            return None
        candidate[0] = own_media_url(media_base, candidate[0])
        if candidate[0] is None:
            return None
    return ", ".join(" ".join(candidate) for candidate in candidates)


def _filter_attribute(media_base, tag, attribute, value):
    # Images come from our own media only: an outside source could track readers or be swapped
    # for other content after the article was approved. Addresses are judged, and stored, as a
    # browser reads them, so that no spelling of another host passes.
    if tag == "img" and attribute == "src":
        return own_media_url(media_base, value)
    if tag == "img" and attribute == "srcset":
        return _own_srcset(media_base, value)
    if tag == "img" and attribute == "sizes":
        return BODY_IMAGE_SIZES
    if attribute in {"width", "height", "colspan", "rowspan", "start"}:
        return value if value.isdigit() and len(value) <= 5 else None
    return value


def _clean_once(html):
    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=partial(_filter_attribute, media_base_url()),
        allowed_classes=CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    ).strip()


def sanitize(html):
    """Return `html` with only the allowlisted tags, attributes, classes and URL schemes.

    Broken markup can come out of one pass re-nested (a table inside a link, say) so that a
    second pass would change it again; passes repeat until the text is stable, which makes
    sanitizing idempotent: what is stored is exactly what a later save would store.
    """
    if not html:
        return ""
    clean = _clean_once(html)
    for _ in range(5):
        again = _clean_once(clean)
        if again == clean:
            break
        clean = again
    return clean


class _ImageAltCounter(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.missing = 0

    def handle_starttag(self, tag, attrs):
        if tag == "img" and not (dict(attrs).get("alt") or "").strip():
            self.missing += 1

    handle_startendtag = handle_starttag


def images_without_alt(html):
    """How many <img> in `html` have no text alternative (absent or blank alt)."""
    counter = _ImageAltCounter()
    counter.feed(html or "")
    counter.close()
    return counter.missing


def validate_image_alt(html):
    """Refuse a body with an image that a screen reader could not describe (WCAG 1.1.1)."""
    missing = images_without_alt(html)
    if missing:
        raise ValidationError(
            ngettext_lazy(
                "Có %(count)d ảnh trong nội dung chưa có mô tả (alt). Chọn ảnh, bấm nút “Thay "
                "đổi văn bản thay thế” trên thanh công cụ của ảnh và mô tả nội dung ảnh.",
                "Có %(count)d ảnh trong nội dung chưa có mô tả (alt). Chọn từng ảnh, bấm nút "
                "“Thay đổi văn bản thay thế” trên thanh công cụ của ảnh và mô tả nội dung ảnh.",
                "count",
            ),
            code="image_alt",
            params={"count": missing},
        )


class SanitizedHTMLField(CKEditor5Field):
    """A CKEditor 5 field whose value is sanitized whenever it is written to the database.

    `pre_save` cleans the instance's own value (admin, shell, commands, bulk_create);
    `get_db_prep_save` also covers `QuerySet.update()`, which bypasses `pre_save`. Forms (the
    admin) also refuse a body whose images lack alt text.
    """

    default_validators = [validate_image_alt]

    def pre_save(self, model_instance, add):
        value = sanitize(getattr(model_instance, self.attname))
        setattr(model_instance, self.attname, value)
        return value

    def get_db_prep_save(self, value, connection):
        if isinstance(value, str):
            value = sanitize(value)
        return super().get_db_prep_save(value, connection)
