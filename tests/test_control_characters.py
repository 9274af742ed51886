"""Control characters (news.text.strip_controls): gone from every stored text field, and
the feeds, sitemap, JSON-LD and page metadata sound whatever the database holds.

A vertical tab pasted from Word into one title used to make /rss/ answer 500.
"""

import json
import re
import unicodedata
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import models
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from news.articles.models import Article, Category, Tag
from news.cache import invalidate_all
from news.text import CONTROL_CHARACTERS, strip_controls
from portal.models import SiteIdentity
from tests.factories import (
    make_album,
    make_article,
    make_category,
    make_document,
    make_page,
    make_partner,
    make_photo,
    make_video,
    pdf_bytes,
)

pytestmark = pytest.mark.django_db

# Every C0 and C1 control character and DEL, in one string.
CONTROLS = "".join(chr(c) for c in (*range(0x00, 0x20), *range(0x7F, 0xA0)))
KEPT_IN_MULTILINE = set("\t\n\r")
ALPHABET = st.one_of(
    st.sampled_from(sorted(CONTROL_CHARACTERS)),
    st.sampled_from("Đảng viên Nghị quyết 05-CT/TW “Bác Hồ” <b>&"),
    st.characters(),
)
TEXT = st.text(alphabet=ALPHABET, max_size=60)


def forbidden(text, multiline):
    allowed = KEPT_IN_MULTILINE if multiline else set()
    return {c for c in text if c in CONTROL_CHARACTERS and c not in allowed}


@given(text=TEXT, multiline=st.booleans())
def test_stripping_leaves_no_control_character_and_nothing_else_changes(text, multiline):
    clean = strip_controls(text, multiline)
    assert not forbidden(clean, multiline)
    assert strip_controls(clean, multiline) == clean
    # Every other character is kept, in order; a control becomes a space, a newline or nothing.
    assert [c for c in clean if c not in " \n\t\r"] == [
        c for c in text if c not in CONTROL_CHARACTERS and c not in " \n\t\r"
    ]


def test_breaks_pasted_from_word_stay_breaks():
    assert strip_controls("Dòng một\vdòng hai\fhết", multiline=True) == ("Dòng một\ndòng hai\nhết")
    assert strip_controls("Tiêu\vđề\tmột\ndòng\x00\x85!") == "Tiêu đề một dòng !"


# Every model of the content apps and the site identity, made once with its required fields.
BUILDERS = {
    "portal.siteidentity": lambda: SiteIdentity.objects.create(name="Đảng ủy Khối"),
    "articles.category": make_category,
    "articles.tag": lambda: Tag.objects.create(name="Đảng viên"),
    "articles.article": make_article,
    "galleries.album": make_album,
    "galleries.photo": lambda: make_photo(make_album()),
    "videos.video": make_video,
    "links.partner": make_partner,
    "documents.documenttype": lambda: apps.get_model("documents.DocumentType").objects.create(
        name="Chỉ thị"
    ),
    "documents.issuer": lambda: apps.get_model("documents.Issuer").objects.create(
        name="Ban Tuyên giáo"
    ),
    "documents.topic": lambda: apps.get_model("documents.Topic").objects.create(name="Xây dựng"),
    "documents.document": make_document,
    "documents.attachment": lambda: apps.get_model("documents.Attachment").objects.create(
        document=make_document(), file=SimpleUploadedFile("qd.pdf", pdf_bytes())
    ),
    "pages.page": make_page,
}
# Read again on save and refused when it is not a video address; never stored as typed.
PARSED_ON_SAVE = {("videos.video", "url")}


def text_fields():
    for model in apps.get_models():
        label = model._meta.label_lower
        # The content apps' models (news.<app>) and the site identity.
        if not (model._meta.app_config.name.startswith("news.") or model is SiteIdentity):
            continue
        for field in model._meta.concrete_fields:
            is_text = isinstance(field, models.CharField) or (
                field.get_internal_type() == "TextField"
            )
            wanted = field.editable and not field.choices
            if is_text and wanted and (label, field.name) not in PARSED_ON_SAVE:
                yield pytest.param(label, field, id=f"{label}.{field.name}")


def test_every_model_with_text_is_covered():
    labels = {param.values[0] for param in text_fields()}
    assert labels == set(BUILDERS)


@pytest.mark.parametrize(("label", "field"), list(text_fields()))
def test_every_text_field_is_saved_without_control_characters(label, field):
    obj = BUILDERS[label]()
    model = type(obj)
    multiline = field.get_internal_type() == "TextField"
    size = min(field.max_length or 300, 300)
    # An empty slug is made again from the title; a body is then sanitized as HTML.
    derived = getattr(field, "populate_from", None) or field.name == "body"

    @settings(
        max_examples=15,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture],
    )
    @given(text=st.text(alphabet=ALPHABET, max_size=size))
    def saved_clean(text):
        setattr(obj, field.attname, text)
        obj.save()
        stored = model.objects.filter(pk=obj.pk).values_list(field.attname, flat=True).get()
        assert not forbidden(stored, multiline)
        if not derived:
            assert stored == strip_controls(text, multiline)

    saved_clean()
    # Every control character at once, as a paste from a PDF might bring.
    setattr(obj, field.attname, f"Đầu{CONTROLS}cuối"[:size])
    obj.save()
    stored = model.objects.filter(pk=obj.pk).values_list(field.attname, flat=True).get()
    assert not forbidden(stored, multiline)


# What machines read: the feeds, the sitemap, JSON-LD and metadata. ----------------------------

# The fields that reach them, and how to find the row to write them into.
SHOWN_TO_MACHINES = [
    ("site", "name"),
    ("site", "tagline"),
    ("category", "name"),
    ("category", "description"),
    ("article", "title"),
    ("article", "lead"),
    ("article", "author_name"),
    ("article", "image_alt"),
    ("album", "title"),
    ("album", "description"),
    ("video", "title"),
    ("video", "description"),
    ("document", "number"),
    ("document", "summary"),
    ("page", "title"),
]
# What a database can hold at all: PostgreSQL refuses NUL, UTF-8 refuses surrogates.
STORABLE = CONTROLS.replace("\x00", "")


@pytest.fixture
def published():
    site = SiteIdentity.objects.create(name="Cổng thông tin", tagline="Đảng ủy Khối")
    category = make_category("Tin tức")
    return {
        "site": site,
        "category": category,
        "article": make_article("Bài viết", category=category),
        "album": make_album("Album", photos=1),
        "video": make_video("Video"),
        "document": make_document("05-CT/TW"),
        "page": make_page("Giới thiệu"),
    }


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return [json.loads(block) for block in blocks]


def assert_machines_read(client, objects):
    category = objects["category"]
    for url in ("/rss/", f"/rss/{category.slug}/"):
        response = client.get(url)
        assert response.status_code == 200, url
        ET.fromstring(response.content)  # well-formed XML 1.0, or it raises
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        assert not forbidden(response.content.decode(), multiline=True)
    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    for loc in ET.fromstring(index.content).iter(
        "{http://www.sitemaps.org/schemas/sitemap/0.9}loc"
    ):
        section = client.get(loc.text.replace("http://testserver", ""))
        assert section.status_code == 200
        ET.fromstring(section.content)
    for name in ("article", "album", "video", "document", "page"):
        response = client.get(objects[name].get_absolute_url())
        assert response.status_code == 200, name
        html = response.content.decode()
        json_ld(html)  # each block is valid JSON
    for url in ("/", category.get_absolute_url()):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize(("name", "field"), SHOWN_TO_MACHINES)
def test_saved_control_characters_never_reach_machines(client, published, name, field):
    obj = published[name]
    setattr(obj, field, f"Đầu {CONTROLS} cuối")
    obj.save()
    obj.refresh_from_db()
    assert not forbidden(
        getattr(obj, field), obj._meta.get_field(field).get_internal_type() == "TextField"
    )
    assert_machines_read(client, published)


@pytest.mark.parametrize(("name", "field"), SHOWN_TO_MACHINES)
def test_feeds_and_pages_hold_whatever_is_stored(client, published, name, field):
    obj = published[name]
    # QuerySet.update() skips save(): this is text that was stored before the rule, or by SQL.
    type(obj).objects.filter(pk=obj.pk).update(**{field: f"Đầu {STORABLE} cuối"})
    invalidate_all()
    stored = type(obj).objects.values_list(field, flat=True).get(pk=obj.pk)
    assert "\x0b" in stored
    assert_machines_read(client, published)
    feed = feedparser.parse(client.get("/rss/").content)
    texts = json.dumps([dict(entry) for entry in feed.entries], default=str, ensure_ascii=False)
    texts += json.dumps(dict(feed.feed), default=str, ensure_ascii=False)
    if name in ("site", "article", "album", "video") and field in ("name", "title"):
        assert "Đầu" in unicodedata.normalize("NFC", texts)


def test_an_article_in_a_category_with_a_form_feed_is_in_its_feed(client, published):
    Category.objects.filter(pk=published["category"].pk).update(description="Mô tả\fmới")
    Article.objects.filter(pk=published["article"].pk).update(title="Tiêu\vđề")
    invalidate_all()
    feed = feedparser.parse(client.get(f"/rss/{published['category'].slug}/").content)
    assert feed.feed.description == "Mô tả\nmới"
    assert feed.entries[0].title == "Tiêu\nđề"
