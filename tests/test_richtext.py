import random
import re
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from news.richtext import ATTRIBUTES, TAGS, URL_SCHEMES, browser_url, sanitize
from tests.xss_payloads import PAYLOADS

LIVE_CODE = re.compile(
    r"<\s*(script|style|iframe|object|embed|svg|math|form|input|button|meta|base|link|"
    r"template|noscript|textarea|select|oembed|video|audio|body|details|marquee|isindex)\b"
    r"|\son[a-z]+\s*=|javascript:|vbscript:|data:|expression\(|style\s*=|srcdoc",
    re.IGNORECASE,
)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_payload_leaves_no_live_code(payload):
    assert not LIVE_CODE.search(sanitize(payload))


@pytest.mark.parametrize("payload", PAYLOADS)
def test_sanitizing_is_idempotent(payload):
    once = sanitize(payload)
    assert sanitize(once) == once


def test_news_markup_survives():
    html = (
        "<h2>Kết quả</h2><p><strong>Đảng bộ</strong> có <em>159</em> tổ chức.</p>"
        "<ul><li>81 đảng bộ</li></ul><ol><li>78 chi bộ</li></ol>"
        "<blockquote><p>Trích dẫn</p></blockquote>"
        '<figure class="image"><img src="/media/editor/a.jpg" alt="Hội nghị" width="800" '
        'height="600"><figcaption>Quang cảnh hội nghị</figcaption></figure>'
        '<figure class="table"><table><thead><tr><th colspan="2">Năm</th></tr></thead>'
        "<tbody><tr><td>2020</td><td>152/159</td></tr></tbody></table></figure>"
        '<p><a href="https://baonamdinh.vn/bai">Báo Nam Định</a> '
        '<a href="mailto:vanphong@example.vn">thư</a></p>'
    )
    clean = sanitize(html)
    for fragment in [
        "<h2>Kết quả</h2>",
        "<strong>Đảng bộ</strong>",
        "<li>81 đảng bộ</li>",
        "<blockquote>",
        '<figure class="image">',
        'src="/media/editor/a.jpg"',
        'alt="Hội nghị"',
        "<figcaption>Quang cảnh hội nghị</figcaption>",
        '<th colspan="2">Năm</th>',
        'href="https://baonamdinh.vn/bai"',
        'href="mailto:vanphong@example.vn"',
        'rel="noopener noreferrer"',
    ]:
        assert fragment in clean


def test_outside_images_lose_their_source():
    assert "evil" not in sanitize('<img src="https://evil.test/x.png" alt="x">')


def test_unknown_classes_and_ids_are_dropped():
    assert sanitize('<figure class="image hack" id="main"><img src="/media/a.jpg"></figure>') == (
        '<figure class="image"><img src="/media/a.jpg"></figure>'
    )


def test_random_html_never_raises():
    rng = random.Random(2021)
    alphabet = list("<>/=\"' abcdefghijklmnopqrstuvwxyz&#;:!-đảng\n\t\x00") + [
        "<p>",
        "</p>",
        "<a href=",
        "<img",
        "<script>",
        "<!--",
        "-->",
        "<svg",
        "javascript:",
        "<table>",
        "<td>",
        "</tr>",
        "<figure",
        "&lt;",
        "&#x",
    ]
    for _ in range(500):
        html = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 200)))
        clean = sanitize(html)
        assert sanitize(clean) == clean


# Fragments that steer a parser into its odd corners: foreign content, raw text, broken tags.
FRAGMENTS = [
    "<p>",
    "</p>",
    "<a href=",
    "<img src=",
    "<script>",
    "</script>",
    "<!--",
    "-->",
    "<svg>",
    "<math>",
    "<table>",
    "<td>",
    "</tr>",
    '<figure class="image">',
    "&lt;",
    "&#x6a;",
    "&amp;",
    "<style>",
    "<textarea>",
    "<noscript>",
    "<template>",
    "javascript:",
    "data:",
    " onerror=",
    '"',
    "'",
    "=",
    ">",
    "<",
    "/",
    "đảng ",
    "\x00",
    "\n",
    "<![CDATA[",
    "]]>",
    "<ul><li>",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), max_size=40))
def test_sanitizing_any_html_is_safe_and_stable(parts):
    html = "".join(parts)
    clean = sanitize(html)
    assert sanitize(clean) == clean
    assert live_markup(clean) == []


_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")


class _LiveMarkup(HTMLParser):
    """Collects the tags and attributes a browser would act on that the allowlist forbids."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        if tag not in TAGS:
            self.found.append(tag)
        for name, value in attrs:
            if name not in ATTRIBUTES.get(tag, set()) | {"class", "rel"}:
                self.found.append(f"{tag} {name}")
            elif name in {"href", "src"}:
                # A scheme as browsers read one: ":x" or "/a:b" are relative addresses.
                scheme = _SCHEME.match(browser_url(value or ""))
                if scheme and scheme.group(1).lower() not in URL_SCHEMES:
                    self.found.append(f"{tag} {name}={value}")


def live_markup(html):
    parser = _LiveMarkup()
    parser.feed(html)
    parser.close()
    return parser.found


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_sanitizing_any_text_never_raises(text):
    assert sanitize(sanitize(text)) == sanitize(text)


@pytest.mark.parametrize(
    ("html", "missing"),
    [
        ('<p>Chữ</p><img src="/media/a.jpg" alt="Hội nghị">', 0),
        ('<figure class="image"><img src="/media/a.jpg"></figure>', 1),
        ('<img src="/media/a.jpg" alt="">', 1),
        ('<img src="/media/a.jpg" alt=" &nbsp; ">', 1),
        ('<IMG SRC="/media/a.jpg"/><img src="/media/b.jpg" alt="Ảnh b">', 1),
        ("<p>Không có ảnh</p>", 0),
    ],
)
def test_images_without_a_text_alternative_are_found(html, missing):
    from news.richtext import images_without_alt

    assert images_without_alt(html) == missing


# Image addresses as browsers read them: no spelling of another host passes. -----------------

OTHER_HOST_SOURCES = [
    "https://evil.test/x.png",
    "//evil.test/x.png",
    "/\\evil.test/x.png",
    "\\\\evil.test/x.png",
    "/\t/evil.test/x.png",
    "/\n/evil.test/x.png",
    "/\r\n/evil.test/x.png",
    "/&#9;/evil.test/x.png",
    "/&#10;/evil.test/x.png",
    " //evil.test/x.png",
    "\x01//evil.test/x.png",
    "/media/../\\evil.test/x.png",
    "/m\tedia/x.png\\..\\..\\/evil.test",
    "/anh.png",  # our site, but not our media
]


@pytest.mark.parametrize("src", OTHER_HOST_SOURCES)
def test_an_image_address_pointing_elsewhere_is_dropped(src):
    clean = sanitize(f'<img src="{src}" alt="x">')
    assert "src=" not in clean, clean
    srcset = sanitize(f'<img srcset="/media/a-480.webp 480w, {src} 800w" alt="x">')
    assert "srcset=" not in srcset, srcset


def test_our_media_addresses_are_kept_and_stored_as_browsers_read_them():
    assert sanitize('<img src="/media/editor/a.jpg" alt="x">') == (
        '<img src="/media/editor/a.jpg" alt="x">'
    )
    # A harmless tab inside our own address is stored the way it will be read.
    assert sanitize('<img src="/media/editor/&#9;a.jpg" alt="x">') == (
        '<img src="/media/editor/a.jpg" alt="x">'
    )


def test_images_in_object_storage_are_our_media(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {"bucket_name": "b", "custom_domain": "media.portal.example.vn"},
        },
    }
    kept = sanitize('<img src="https://media.portal.example.vn/media/editor/a.jpg" alt="x">')
    assert 'src="https://media.portal.example.vn/media/editor/a.jpg"' in kept
    assert "src=" not in sanitize('<img src="https://media.portal.example.vn.evil.test/a.jpg">')
    assert "src=" not in sanitize('<img src="/media/editor/a.jpg" alt="x">')
