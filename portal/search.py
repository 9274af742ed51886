"""Site-wide search ("Tìm kiếm") across every content type in portal.content.SOURCES.

Readers type with or without diacritics, so both the stored text and the query are folded by
the same function (news.text.fold: "Đảng" -> "dang") and cut into words. Each published item
has one SearchEntry, rewritten whenever the item is saved. PostgreSQL matches the words with
full-text search on a GIN-indexed vector; SQLite (the zero-setup run) matches whole words with
LIKE. Both rank the same way: every word in the title, then every word in the title or lead,
then the rest; newer first within each tier.
"""

import datetime
import html
import re
import unicodedata
from functools import reduce
from operator import and_, itemgetter, or_

from django import forms
from django.contrib.postgres.search import SearchQuery
from django.db import connection
from django.db.models import Case, IntegerField, Q, Value, When
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from news.publishing import Status
from news.text import fold
from portal.content import BY_KIND, BY_MODEL, SOURCES
from portal.models import SearchEntry

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_RESULTS = 1000
SNIPPET_LENGTH = 240

_WORD = re.compile(r"[^\W_]+")


def words(text):
    """The folded, lower-case words of `text`: "Nam Định, 2021!" -> ["nam", "dinh", "2021"]."""
    return _WORD.findall(fold(text).lower())


def _document(text):
    return f" {' '.join(words(text))} "


# Block-level tags separate words: "<p>tâm</p><p>Kết" is "tâm Kết", not "tâmKết".
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|h\d|li|ul|ol|div|blockquote|figure|figcaption|table|tr|td|th)\b"
)


# A tag, with quoted attribute values that may hold ">". Rich text is sanitized when saved
# (news.richtext), so it holds no comments or scripts whose text could leak out.
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")


def plain_text(rich):
    """The text of sanitized rich text; a tenth of the cost of strip_tags()."""
    return html.unescape(_TAG.sub("", _BLOCK_TAG.sub(lambda m: " " + m.group(0), rich or "")))


# Keeping the index current


def index(obj):
    """Write (or remove) the search entry of `obj` after it was saved."""
    source = BY_MODEL[type(obj)]
    if obj.status != Status.PUBLISHED:
        unindex(obj)
        return
    SearchEntry.objects.update_or_create(
        kind=source.kind, object_id=obj.pk, defaults=entry_fields(source, obj)
    )


def entry_fields(source, obj):
    return {
        "category_id": getattr(obj, f"{source.category}_id") if source.category else None,
        "publish_at": obj.publish_at,
        "unpublish_at": obj.unpublish_at,
        "title": _document(obj.title),
        "lead": _document(source.value(obj, source.lead)),
        "body": _document(plain_text(source.value(obj, source.body))),
    }


def unindex(obj):
    SearchEntry.objects.filter(kind=BY_MODEL[type(obj)].kind, object_id=obj.pk).delete()


def _saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index(instance)


def _deleted(sender, instance, **kwargs):
    unindex(instance)


def connect_signals():
    for source in SOURCES:
        post_save.connect(_saved, sender=source.model, dispatch_uid=f"search-{source.kind}")
        post_delete.connect(_deleted, sender=source.model, dispatch_uid=f"unsearch-{source.kind}")


def fill_if_empty(**kwargs):
    """After `migrate`: index existing content the first time search is installed."""
    if SearchEntry._meta.db_table not in connection.introspection.table_names():
        return  # migrated back to before search existed
    if SearchEntry.objects.exists():
        return
    if any(s.model.objects.filter(status=Status.PUBLISHED).exists() for s in SOURCES):
        rebuild()


def rebuild(batch_size=1000):
    """Index every item again from scratch; returns how many entries were written."""
    SearchEntry.objects.all().delete()
    written = 0
    for source in SOURCES:
        items = source.model.objects.filter(status=Status.PUBLISHED).order_by("pk")
        batch = []
        for obj in items.iterator(chunk_size=batch_size):
            batch.append(
                SearchEntry(kind=source.kind, object_id=obj.pk, **entry_fields(source, obj))
            )
            if len(batch) >= batch_size:
                written += len(SearchEntry.objects.bulk_create(batch))
                batch = []
        written += len(SearchEntry.objects.bulk_create(batch))
    return written


# Reading what the reader typed


def clean_query(raw):
    """The query as text we can use, and a notice when some of it had to go."""
    text = "".join(" " if unicodedata.category(c)[0] == "C" else c for c in raw or "")
    text = " ".join(unicodedata.normalize("NFC", text).split())
    notice = ""
    if len(text) > MAX_QUERY_LENGTH:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] or text[:MAX_QUERY_LENGTH]
        notice = _("Từ khóa quá dài: chỉ %(n)d ký tự đầu được dùng để tìm.") % {
            "n": MAX_QUERY_LENGTH
        }
    return text, notice


class SearchForm(forms.Form):
    DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]
    DATE_ERROR = _("Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/10/2021.")

    q = forms.CharField(label=_("Từ khóa"), required=False, strip=False)
    category = forms.ChoiceField(label=_("Chuyên mục"), required=False)
    start = forms.DateField(
        label=_("Từ ngày"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": DATE_ERROR},
        widget=forms.TextInput(attrs={"placeholder": "ngày/tháng/năm", "inputmode": "numeric"}),
    )
    end = forms.DateField(
        label=_("Đến ngày"),
        required=False,
        input_formats=DATE_FORMATS,
        error_messages={"invalid": DATE_ERROR},
        widget=forms.TextInput(attrs={"placeholder": "ngày/tháng/năm", "inputmode": "numeric"}),
    )

    def __init__(self, *args, menu=(), **kwargs):
        super().__init__(*args, **kwargs)
        # clean_query() turns NUL and every other control character into a space instead.
        self.fields["q"].validators = []
        choices = [("", _("Tất cả chuyên mục"))]
        self.category_ids = {}
        for parent in menu:
            choices.append((parent.slug, parent.name))
            self.category_ids[parent.slug] = [parent.pk]
            for child in parent.menu_children:
                choices.append((child.slug, f"— {child.name}"))
                self.category_ids[parent.slug].append(child.pk)
                self.category_ids[child.slug] = [child.pk]
        self.fields["category"].choices = choices
        self.fields["category"].error_messages["invalid_choice"] = _("Chuyên mục không có.")

    def clean_q(self):
        text, self.notice = clean_query(self.cleaned_data["q"])
        return text

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("“Đến ngày” phải sau “Từ ngày”."))
        return data


# Finding


def search(terms, *, category_ids=None, start=None, end=None):
    """(tier, kind, object_id) of the published items with every word of `terms`, best first.

    Only the newest MAX_RESULTS matches are ranked: a word found in most articles ("Đảng" on a
    Party committee's portal) would otherwise make every search rank the whole archive. They
    come in one query with their tier and are ordered here, so that counting them and showing
    a page costs no second pass over the index.
    """
    found = ranked_matches(terms, category_ids=category_ids, start=start, end=end)
    # They come newest first; a stable sort by tier keeps that order within each tier.
    return sorted(found, key=itemgetter(0), reverse=True)


def ranked_matches(terms, *, category_ids=None, start=None, end=None):
    """The newest MAX_RESULTS entries containing every word of `terms`, with their tier.

    Cheap however common the words: PostgreSQL walks the date index when they are common and
    the GIN index when they are rare.
    """
    terms = terms[:MAX_WORDS]
    now = timezone.now()
    entries = SearchEntry.objects.filter(publish_at__lte=now).exclude(unpublish_at__lte=now)
    if category_ids:
        entries = entries.filter(category_id__in=category_ids)
    tz = timezone.get_current_timezone()
    # The first and last days of the calendar bound nothing, and their local midnight cannot
    # be turned into UTC or moved a day on: they are left out rather than overflow.
    if start and start > FIRST_DAY:
        entries = entries.filter(publish_at__gte=timezone.make_aware(_midnight(start), tz))
    if end and end < LAST_DAY:
        next_day = _midnight(end) + datetime.timedelta(days=1)
        entries = entries.filter(publish_at__lt=timezone.make_aware(next_day, tz))
    if connection.vendor == "postgresql":
        query = " ".join(terms)
        matches = entries.filter(vector=SearchQuery(query, config="simple", search_type="plain"))
        # plainto_tsquery reads only words (all must match): no operator a reader types counts.
        tier = RawSQL(
            "CASE WHEN ts_filter(head, '{a}') @@ plainto_tsquery('simple', %s) THEN 3"
            " WHEN head @@ plainto_tsquery('simple', %s) THEN 2 ELSE 1 END",
            (query, query),
            output_field=IntegerField(),
        )
    else:
        matches = entries.filter(_has_all(terms, "title", "lead", "body"))
        tier = Case(
            When(_has_all(terms, "title"), then=Value(3)),
            When(_has_all(terms, "title", "lead"), then=Value(2)),
            default=Value(1),
            output_field=IntegerField(),
        )
    return (
        matches.annotate(tier=tier)
        .order_by("-publish_at", "-pk")
        .values_list("tier", "kind", "object_id")[:MAX_RESULTS]
    )


FIRST_DAY = datetime.date.min + datetime.timedelta(days=1)
LAST_DAY = datetime.date.max - datetime.timedelta(days=1)


def _midnight(day):
    return datetime.datetime(day.year, day.month, day.day)


def _has_all(terms, *fields):
    return reduce(
        and_, (reduce(or_, (Q(**{f"{f}__contains": f" {t} "}) for f in fields)) for t in terms)
    )


def results(entries):
    """The published items behind a page of entries, in its order: one query per content type."""
    wanted = {}
    for _tier, kind, object_id in entries:
        wanted.setdefault(kind, []).append(object_id)
    found = {}
    for kind, ids in wanted.items():
        source = BY_KIND.get(kind)
        if source is None:
            continue
        for obj in source.published().filter(pk__in=ids).order_by():  # ordered below
            found[kind, obj.pk] = (source, obj)
    keys = [(kind, object_id) for _tier, kind, object_id in entries]
    return [found[key] for key in keys if key in found]


# Showing where it matched


class _FoldedChar(dict):
    """A str.translate() table that folds and lower-cases one character, learnt on first use."""

    def __missing__(self, code):
        char = chr(code)
        folded = fold(char).lower()
        self[code] = folded if len(folded) == 1 else char
        return self[code]


_FOLDED_CHAR = _FoldedChar()


def _folded_chars(text):
    """`text` folded and lower-cased character by character, so positions stay aligned."""
    return text.translate(_FOLDED_CHAR)


def _spans(text, terms):
    if not terms:
        return []
    alternatives = "|".join(re.escape(t) for t in sorted(set(terms), key=len, reverse=True))
    pattern = re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")
    return [m.span() for m in pattern.finditer(_folded_chars(text))]


def highlight(text, terms, length=None):
    """`text` escaped, the words of `terms` in <mark>; cut around the first match to `length`."""
    text = " ".join(unicodedata.normalize("NFC", text).split())
    spans = _spans(text, terms)
    start, end = 0, len(text)
    if length and len(text) > length:
        first = spans[0][0] if spans else 0
        start = max(0, first - length // 3)
        word_start = text.find(" ", start) + 1
        if start and 0 < word_start <= first:
            start = word_start  # begin on a whole word, never past the match
        end = min(len(text), start + length)
        word_end = text.rfind(" ", start, end)
        if end < len(text) and word_end > first:
            end = word_end
    parts, cursor = [], start
    for span_start, span_end in spans:
        if span_start < start or span_end > end:
            continue
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every piece is escaped


def snippet(source, obj, terms):
    """The passage of the lead or body where the words appear, highlighted."""
    lead = source.value(obj, source.lead)
    body = plain_text(source.value(obj, source.body))
    for text in (lead, body):
        if text and _spans(text, terms):
            return highlight(text, terms, SNIPPET_LENGTH)
    return highlight(lead or body, terms, SNIPPET_LENGTH)
