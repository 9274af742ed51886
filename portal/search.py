"""Site-wide search ("Tìm kiếm") across every content type in portal.content.SOURCES.

Vietnamese writes one syllable per word, and a word is often two to four of them ("đảng
viên", "xây dựng Đảng"), so a search that matched syllables anywhere would rank "báo cáo
viên Đảng ủy" with "đảng viên". And readers type with full diacritics, none, or some.
So each published item has one SearchEntry, rewritten whenever the item is saved, holding
every syllable twice at the same position: folded ("dang") and as written ("đảng").

- Every syllable typed must be in the item, once folded: "dang" finds "đảng", "Đảng" finds
  "đang" and "dang". Text in quotes must be there as a phrase, with the marks typed.
- Ranking (`rank_key`): the marks typed, all found as typed; then syllables typed next to each
  other found next to each other (a phrase); then where: title, lead, body; then newer first.
- Highlighting marks what the ranking counted: "Đảng" marks "Đảng", not "đang", unless the item
  has only "đang".
- A query that finds little gets "Có phải bạn muốn tìm ...": each syllable that the index does
  not know is replaced by a known one a typing mistake away (`suggest`).

PostgreSQL matches with a GIN-indexed tsvector built here (positions and weights included) and
ranks the newest matches with tsquery phrase operators on it. SQLite (the zero-setup run) keeps
the same syllables as text, matched with LIKE and ranked here in Python: same rules, same order.
"""

import datetime
import html
import itertools
import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

from django import forms
from django.db import connection, transaction
from django.db.models import Q
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from news.publishing import Status
from news.text import fold_chars, lower_chars, syllables
from portal.content import BY_KIND, BY_MODEL, BY_NAME, SOURCES
from portal.models import SearchEntry, SearchTerm

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
MAX_RESULTS = 500
SNIPPET_LENGTH = 240
# Title, lead, body: tsvector weights A, B and C.
FIELDS = ("title", "lead", "body")
WEIGHTS = ("A", "B", "C")
MAX_POSITION = 16383  # tsvector's limit; later words share the last position
# No Vietnamese word is this long: a longer run of letters (a pasted code) is not indexed, as
# tsvector refuses words over 2 KB and a search term is kept in 100 characters.
MAX_SYLLABLE = 100
MAX_SYLLABLES = 50_000  # of one field: keeps the vector well under tsvector's 1 MB
# A query finding fewer results than this is offered a correction when there is one.
FEW_RESULTS = 3
CANDIDATES = 5  # corrections of one syllable judged by their neighbours


def words(text):
    """The folded, lower-case words of `text`: "Nam Định, 2021!" -> ["nam", "dinh", "2021"]."""
    return [s.folded for s in syllables(text)]


# Block-level tags separate words: "<p>tâm</p><p>Kết" is "tâm Kết", not "tâmKết". They become
# line breaks, which end a phrase: a heading's last word is not next to a paragraph's first.
_BLOCK_TAG = re.compile(
    r"</?(?:p|br|h\d|li|ul|ol|div|blockquote|figure|figcaption|table|tr|td|th)\b"
)


# A tag, with quoted attribute values that may hold ">". Rich text is sanitized when saved
# (news.richtext), so it holds no comments or scripts whose text could leak out.
_TAG = re.compile(r"""<(?:[^>"']|"[^"]*"|'[^']*')*>""")


def plain_text(rich):
    """The text of sanitized rich text; a tenth of the cost of strip_tags()."""
    return html.unescape(_TAG.sub("", _BLOCK_TAG.sub(lambda m: "\n" + m.group(0), rich or "")))


# Keeping the index current


def index(obj):
    """Write (or remove) the search entry of `obj` after it was saved."""
    source = BY_MODEL[type(obj)]
    if obj.status != Status.PUBLISHED:
        unindex(obj)
        return
    fields, terms = entry_fields(source, obj)
    SearchEntry.objects.update_or_create(kind=source.kind, object_id=obj.pk, defaults=fields)
    # Words of items deleted since stay known until the next rebuild: a suggestion is only
    # offered when it finds something, so a stale word does no harm.
    SearchTerm.objects.bulk_create(
        [SearchTerm(term=term, entries=1) for term in terms], ignore_conflicts=True
    )


def field_texts(source, obj):
    """The title, lead and body of `obj` as plain text."""
    body = plain_text(source.value(obj, source.body))
    details = source.details_text(obj)
    return (obj.title, source.value(obj, source.lead), f"{body}\n{details}" if details else body)


def entry_fields(source, obj):
    """The columns of `obj`'s SearchEntry, and the set of its folded syllables."""
    parts = [
        [s for s in syllables(text) if len(s.marked) <= MAX_SYLLABLE][:MAX_SYLLABLES]
        for text in field_texts(source, obj)
    ]
    fields = {
        "category_id": getattr(obj, f"{source.category}_id") if source.category else None,
        "publish_at": obj.publish_at,
        "unpublish_at": obj.unpublish_at,
    }
    if connection.vendor == "postgresql":
        fields.update(vector=tsvector(parts), head=tsvector(parts[:2]))
    else:
        fields.update(
            {name: phrase_text(part) for name, part in zip(FIELDS, parts, strict=True)},
            marked=" " + " ".join(s.marked for part in parts for s in part) + " ",
        )
    return fields, {s.folded for part in parts for s in part}


def tsvector(parts):
    """A tsvector literal: every syllable folded and, when it has marks, as written, at the same
    position, weighted by its field. Built here rather than by to_tsvector() so that both forms
    share positions: "Đảng viên" is 'dang':1A 'đảng':1A 'vien':2A 'viên':2A, and "đảng vien"
    and "dang <-> viên" both match it as a phrase."""
    lexemes = {}
    position = 0
    for part, weight in zip(parts, WEIGHTS, strict=False):
        for syllable in part:
            # A gap where a phrase ends ("Đảng, viên"): the two are not adjacent for <->.
            position += 1 if syllable.joined else 2
            at = f"{min(position, MAX_POSITION)}{weight}"
            lexemes.setdefault(syllable.folded, []).append(at)
            if syllable.marked != syllable.folded:
                lexemes.setdefault(syllable.marked, []).append(at)
    # Syllables are letters and digits only: no quoting needed. 256 positions at most each.
    return " ".join(f"{word}:{','.join(at[:256])}" for word, at in lexemes.items())


def phrase_text(part):
    """SQLite's form of a field: folded syllables between spaces, " | " where a phrase ends."""
    text = " ".join(s.folded if s.joined or i == 0 else f"| {s.folded}" for i, s in enumerate(part))
    return f" {text} "


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
    """After `migrate`: index existing content the first time search is installed, and again
    when a migration emptied the index to change its form."""
    if SearchEntry._meta.db_table not in connection.introspection.table_names():
        return  # migrated back to before search existed
    if SearchEntry.objects.exists():
        return
    if any(s.model.objects.filter(status=Status.PUBLISHED).exists() for s in SOURCES):
        rebuild()


def rebuild(batch_size=1000):
    """Index every item again from scratch; returns how many entries were written."""
    SearchEntry.objects.all().delete()
    SearchTerm.objects.all().delete()
    written = 0
    terms = Counter()
    for source in SOURCES:
        items = (
            source.model.objects.filter(status=Status.PUBLISHED)
            .select_related(*source.select_related)
            .order_by("pk")
        )
        batch = []
        for obj in items.iterator(chunk_size=batch_size):
            fields, found = entry_fields(source, obj)
            terms.update(found)
            batch.append(SearchEntry(kind=source.kind, object_id=obj.pk, **fields))
            if len(batch) >= batch_size:
                written += len(SearchEntry.objects.bulk_create(batch))
                batch = []
        written += len(SearchEntry.objects.bulk_create(batch))
    SearchTerm.objects.bulk_create(
        (SearchTerm(term=term, entries=n) for term, n in terms.items()), batch_size=5000
    )
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


_QUOTED = re.compile(r"[\"“”„]([^\"“”„]*)(?:[\"“”„]|$)")


@dataclass(frozen=True)
class Term:
    """A syllable the reader typed."""

    marked: str
    folded: str
    phrase: int  # the syllables of one phrase typed next to each other share this number
    quoted: bool  # in quotes: must be found as a phrase, with the marks typed

    @property
    def has_marks(self):
        return self.marked != self.folded

    @property
    def exact(self):
        """The form an exact match has: as typed when typed with marks, else any marking."""
        return self.marked if self.has_marks else self.folded


@dataclass
class Query:
    """What the reader typed, as syllables: `Query.parse("đảng viên \\"Nam Định\\"")`."""

    terms: list = field(default_factory=list)

    @classmethod
    def parse(cls, text):
        terms, phrase = [], 0
        position = 0
        for quoted_match in itertools.chain(_QUOTED.finditer(text), [None]):
            end = quoted_match.start() if quoted_match else len(text)
            pieces = [(text[position:end], False)]
            if quoted_match:
                pieces.append((quoted_match.group(1), True))
                position = quoted_match.end()
            for piece, quoted in pieces:
                phrase += 1
                for syllable in syllables(piece):
                    if not syllable.joined:
                        phrase += 1
                    terms.append(Term(syllable.marked, syllable.folded, phrase, quoted))
        return cls(terms[:MAX_WORDS])

    def __bool__(self):
        return bool(self.terms)

    @property
    def text(self):
        return " ".join(t.marked for t in self.terms)

    @property
    def has_marks(self):
        return any(t.has_marks for t in self.terms)

    def pairs(self):
        """Syllables typed next to each other, in order: each pair should be found so."""
        return [(a, b) for a, b in itertools.pairwise(self.terms) if a.phrase == b.phrase]

    def quoted_pairs(self):
        return [(a, b) for a, b in self.pairs() if a.quoted]


class SearchForm(forms.Form):
    DATE_FORMATS = ["%d/%m/%Y", "%d-%m-%Y", "%Y-%m-%d"]
    DATE_ERROR = _("Ngày không hợp lệ. Hãy nhập theo dạng ngày/tháng/năm, ví dụ 25/10/2021.")

    q = forms.CharField(label=_("Từ khóa"), required=False, strip=False)
    kind = forms.ChoiceField(label=_("Loại nội dung"), required=False)
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
        self.fields["kind"].choices = [("", _("Tất cả"))] + [(s.name, s.label) for s in SOURCES]
        self.fields["kind"].error_messages["invalid_choice"] = _("Loại nội dung không có.")
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

    def filters(self):
        """The keyword arguments of search() that the valid form asks for."""
        data = self.cleaned_data
        kinds = [BY_NAME[data["kind"]].kind] if data.get("kind") else None
        category_ids = self.category_ids.get(data.get("category"))
        if category_ids and not kinds:
            kinds = [s.kind for s in SOURCES if s.category]  # only these have a category
        return {
            "kinds": kinds,
            "category_ids": category_ids,
            "start": data.get("start"),
            "end": data.get("end"),
        }


# Finding


@dataclass(frozen=True)
class Match:
    """One item found: what it is, and how well it matched (`rank_key`, higher first)."""

    kind: str
    object_id: int
    rank: tuple


def search(query, *, kinds=None, category_ids=None, start=None, end=None):
    """The published items matching `query` (a Query), best first.

    Only the newest MAX_RESULTS matches are ranked: a word found in most articles ("Đảng" on a
    Party committee's portal) would otherwise make every search rank the whole archive. They
    come in one query with what ranking needs, and are ordered here, so that counting them
    and showing a page costs no second pass over the index.
    """
    if not query:
        return []
    entries = _filtered(kinds, category_ids, start, end)
    if connection.vendor == "postgresql":
        found = _postgresql_matches(query, entries)
    else:
        found = _sqlite_matches(query, entries)
    # They come newest first; a stable sort by rank keeps that order among equals.
    return sorted(found, key=lambda m: m.rank, reverse=True)


def rank_key(query, exact, pairs, fields):
    """How well an item matched, as a tuple compared in order (higher first):

    1. the marks typed are all there as typed ("sơ kết" above "số kết", "Đảng" above "đang");
    2. how many syllables typed next to each other are next to each other: "đảng viên" above
       "viên ... Đảng";
    3. the field that holds every syllable (and those phrases): title 3, lead 2, else 1.
    `fields` maps "title" and "lead" to (all syllables there, phrases found there).
    """
    where = 1
    for score, name in ((3, "title"), (2, "lead")):
        has_all, field_pairs = fields[name]
        if has_all and field_pairs >= pairs:
            where = score
            break
    return (int(exact), pairs, where)


def _filtered(kinds, category_ids, start, end):
    now = timezone.now()
    # What published() shows: a take-down time that has come removes an item from the results
    # with no save, as it removes it from every page.
    entries = SearchEntry.objects.filter(publish_at__lte=now).exclude(unpublish_at__lte=now)
    if kinds:
        entries = entries.filter(kind__in=kinds)
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
    return entries


FIRST_DAY = datetime.date.min + datetime.timedelta(days=1)
LAST_DAY = datetime.date.max - datetime.timedelta(days=1)


def _midnight(day):
    return datetime.datetime(day.year, day.month, day.day)


# PostgreSQL: tsquery on the vector built by tsvector().


def _lexeme(word, weight=""):
    return f"'{word}'{':' + weight if weight else ''}"


def _all(words, weight=""):
    return " & ".join(_lexeme(w, weight) for w in words)


def _phrase(a, b, weight=""):
    return f"({_lexeme(a, weight)} <-> {_lexeme(b, weight)})"


def match_tsquery(query):
    """What every match must have: each syllable folded; quoted phrases as typed."""
    parts = [_lexeme(t.folded) for t in query.terms]
    parts += [_phrase(a.exact, b.exact) for a, b in query.quoted_pairs()]
    parts += [_lexeme(t.exact) for t in query.terms if t.quoted and t.has_marks]
    return " & ".join(parts)


def _features_sql(query, exact):
    """SQL for what rank_key() needs after `exact`, for one form of the query (syllables as
    typed, or folded): phrases found in the whole `vector`, then all syllables in the title
    and its phrases there, then the same in the lead (`head`: weights A and B)."""
    form = (lambda t: t.exact) if exact else (lambda t: t.folded)
    terms = [form(t) for t in query.terms]
    pairs = [(form(a), form(b)) for a, b in query.pairs()]

    def count(column, weight=""):
        sql = " + ".join(f"({column} @@ %s::tsquery)::int" for _ in pairs) or "0"
        return sql, [_phrase(a, b, weight) for a, b in pairs]

    return [
        count("vector"),
        ("(head @@ %s::tsquery)::int", [_all(terms, "A")]),
        count("head", "A"),
        ("(head @@ %s::tsquery)::int", [_all(terms, "B")]),
        count("head", "B"),
    ]


def _postgresql_matches(query, entries):
    rows = _run(query, entries)
    return [
        Match(
            kind,
            object_id,
            rank_key(
                query,
                exact,
                pairs,
                {"title": (title_all, title_pairs), "lead": (lead_all, lead_pairs)},
            ),
        )
        for kind, object_id, exact, pairs, title_all, title_pairs, lead_all, lead_pairs in rows
    ]


def _run(query, entries=None, explain=""):
    """The rows of `query`'s statement, or its plan with `explain` ("ANALYZE, FORMAT JSON"...)."""
    sql, params = postgresql_statement(query, entries)
    if explain:
        sql = f"EXPLAIN ({explain}) {sql}"
    setting = scan_setting(query)
    # SET LOCAL lasts to the end of the outermost transaction (a request's, with
    # ATOMIC_REQUESTS): it is put back at once for the queries that follow.
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL {setting} = off")
        cursor.execute(sql, params)
        rows = cursor.fetchall()
        cursor.execute(f"SET LOCAL {setting} = on")
    return rows


def explain(query, options="COSTS OFF"):
    """The plan PostgreSQL follows for `query` (EXPLAIN `options`), as the search page runs it."""
    rows = _run(query, explain=options)
    return rows[0][0] if "JSON" in options else "\n".join(row[0] for row in rows)


# Of all entries, the share a query must be expected to match for its newest matches to be
# found faster by walking the date index (testing each entry's vector on the way) than by
# reading every match the GIN index gives and keeping the newest. The GIN index alone decides
# whether an entry has the words, but not whether they stand as a phrase: with quotes every
# match is tested by reading its vector, and walking pays much sooner.
WALK_ABOVE = 0.5


def scan_setting(query):
    """The plan PostgreSQL must not use for `query`: "enable_bitmapscan" (so it walks the date
    index) when its words are expected in enough entries, "enable_indexscan" (so it reads the
    matches from the GIN index) otherwise.

    PostgreSQL's own choice misjudges the walk: it counts testing an entry as one operator, but
    the test reads the entry's vector (kilobytes, out of line), and walking to the 500th match
    of words in a tenth of the entries reads five thousand of them. The share of entries is
    estimated from the same statistics PostgreSQL keeps (ANALYZE, run by autovacuum as the
    index grows): how often each of the commonest syllables occurs, as if they were
    independent. A syllable not among them is rare: the GIN index is the way.
    """
    folded = sorted({t.folded for t in query.terms})
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT word, share FROM pg_stats,"
            " unnest(most_common_elems::text::text[], most_common_elem_freqs) AS s(word, share)"
            " WHERE schemaname = current_schema() AND tablename = 'portal_searchentry'"
            " AND attname = 'vector' AND word = ANY(%s)",
            [folded],
        )
        shares = dict(cursor.fetchall())
    if len(shares) < len(folded):
        return "enable_indexscan"
    expected = math.prod(shares.values())
    total = _entries_estimate()
    walk_above = math.sqrt(MAX_RESULTS / total) if query.quoted_pairs() and total else WALK_ABOVE
    return "enable_bitmapscan" if expected >= walk_above else "enable_indexscan"


def _entries_estimate():
    with connection.cursor() as cursor:
        cursor.execute("SELECT reltuples FROM pg_class WHERE oid = 'portal_searchentry'::regclass")
        return max(cursor.fetchone()[0], 0)


def postgresql_statement(query, entries=None):
    """The SQL (and its parameters) that finds and ranks `query`'s matches among `entries`
    (every published entry by default). One statement: the newest matches, then what ranking
    needs for each, from tsquery phrase operators on the vector; the features of the form that
    does not apply are not computed (CASE). The vectors are read (out of line) only for the
    MAX_RESULTS entries ranked, and only when an expression needs them."""
    if entries is None:
        entries = _filtered(None, None, None, None)
    entries = entries.extra(where=["vector @@ %s::tsquery"], params=[match_tsquery(query)])
    newest = entries.order_by("-publish_at", "-pk").values(
        "id", "kind", "object_id", "publish_at", "head", "vector"
    )[:MAX_RESULTS]
    newest_sql, newest_params = newest.query.sql_with_params()
    if query.has_marks:
        exact_sql, exact_params = (
            "(vector @@ %s::tsquery)::int",
            [_all(t.exact for t in query.terms)],
        )
    else:
        exact_sql, exact_params = "1", []
    columns, params = [], []
    exact_form = _features_sql(query, exact=True)
    for i, (sql, feature_params) in enumerate(_features_sql(query, exact=False)):
        if query.has_marks:
            columns.append(f"CASE WHEN exact = 1 THEN {exact_form[i][0]} ELSE {sql} END")
            params += [*exact_form[i][1], *feature_params]
        else:
            columns.append(sql)
            params += feature_params
    # `|| ''` makes an in-memory copy of each vector, read out of line once: without it every
    # expression below would fetch and decompress the vector (and `head`) again.
    sql = (
        f"SELECT kind, object_id, exact, {', '.join(columns)} FROM ("  # noqa: S608 - our SQL
        f"SELECT kind, object_id, publish_at, id, vector, head, {exact_sql} AS exact FROM ("
        f"SELECT kind, object_id, publish_at, id, vector || ''::tsvector AS vector,"
        f" head || ''::tsvector AS head FROM ({newest_sql}) newest OFFSET 0) read OFFSET 0"
        f") matches ORDER BY publish_at DESC, id DESC"
    )
    return sql, [*params, *exact_params, *newest_params]


# SQLite: the same rules over the stored text, in Python.


def _sqlite_matches(query, entries):
    for term in query.terms:
        word = f" {term.folded} "
        entries = entries.filter(
            Q(title__contains=word) | Q(lead__contains=word) | Q(body__contains=word)
        )
    for a, b in query.quoted_pairs():
        phrase = f" {a.folded} {b.folded} "
        entries = entries.filter(
            Q(title__contains=phrase) | Q(lead__contains=phrase) | Q(body__contains=phrase)
        )
    for term in query.terms:
        if term.quoted and term.has_marks:
            entries = entries.filter(marked__contains=f" {term.marked} ")
    rows = entries.order_by("-publish_at", "-pk").values_list(
        "kind", "object_id", "title", "lead", "body", "marked"
    )[:MAX_RESULTS]
    found = []
    for kind, object_id, title, lead, body, marked in rows:
        fields = _aligned(marked.split(), title, lead, body)
        every = [token for tokens in fields.values() for token in [*tokens, None]]
        exact = all(_has(every, t, True) for t in query.terms)
        features = {
            name: (all(_has(tokens, t, exact) for t in query.terms), _pairs(tokens, query, exact))
            for name, tokens in fields.items()
        }
        rank = rank_key(query, exact, _pairs(every, query, exact), features)
        found.append(Match(kind, object_id, rank))
    return found


def _aligned(marked, title, lead, body):
    """Each field as (folded, marked) syllables, None where a phrase ends."""
    fields, used = {}, 0
    for name, folded in (("title", title), ("lead", lead), ("body", body)):
        tokens = []
        for word in folded.split():
            if word == "|":
                tokens.append(None)
            else:
                tokens.append((word, marked[used] if used < len(marked) else word))
                used += 1
        fields[name] = tokens
    return fields


def _matches(token, term, exact):
    if token is None:
        return False
    return token[1] == term.marked if exact and term.has_marks else token[0] == term.folded


def _has(tokens, term, exact):
    return any(_matches(token, term, exact) for token in tokens)


def _pairs(tokens, query, exact):
    return sum(
        any(_matches(x, a, exact) and _matches(y, b, exact) for x, y in itertools.pairwise(tokens))
        for a, b in query.pairs()
    )


def results(matches):
    """The published items behind a page of matches, in its order: one query per content type."""
    wanted = {}
    for match in matches:
        wanted.setdefault(match.kind, []).append(match.object_id)
    found = {}
    for kind, ids in wanted.items():
        source = BY_KIND.get(kind)
        if source is None:
            continue
        for obj in source.published().filter(pk__in=ids).order_by():  # ordered below
            found[kind, obj.pk] = (source, obj)
    keys = [(match.kind, match.object_id) for match in matches]
    return [found[key] for key in keys if key in found]


# "Có phải bạn muốn tìm ..."

_LETTERS = "abcdefghijklmnopqrstuvwxyz0123456789"


def _edits(word):
    """Every word one typing mistake away: a letter missing, extra, wrong or swapped."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = [a + b[1:] for a, b in splits if b]
    swaps = [a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1]
    replaces = [a + c + b[1:] for a, b in splits if b for c in _LETTERS]
    inserts = [a + c + b for a, b in splits for c in _LETTERS]
    return set(deletes + swaps + replaces + inserts) - {word}


def suggest(query):
    """A corrected query (text), or "" when every syllable typed is known or none can be fixed.

    Syllables are short (two to four letters once folded), so a syllable is compared with the
    index's own words one mistake away; of the commonest CANDIDATES of them, the one standing
    next to the syllable before or after in some item wins, then the commonest.
    Diacritics are dropped from a corrected syllable: the reader's marks were on another word.
    """
    folded = [t.folded for t in query.terms]
    known = dict(SearchTerm.objects.filter(term__in=set(folded)).values_list("term", "entries"))
    if all(known.get(w) for w in folded):
        return ""
    corrected, changed = [], False
    for i, term in enumerate(query.terms):
        if known.get(term.folded) or term.folded.isdigit():
            corrected.append(term.marked)
            continue
        candidates = _candidates(term.folded)
        if not candidates:
            corrected.append(term.marked)
            continue
        before = folded[i - 1] if i else None
        after = folded[i + 1] if i + 1 < len(folded) else None
        likeliest = sorted(candidates.items(), key=lambda item: (-item[1], item[0]))
        best = max(
            likeliest[:CANDIDATES],
            key=lambda item: (_next_to(before, item[0], after), item[1], item[0]),
        )[0]
        corrected.append(best)
        changed = True
    return " ".join(corrected) if changed else ""


def suggestion(query, filters):
    """A correction of `query` that finds more than it does, as (text, count), or None."""
    text = suggest(query)
    if not text:
        return None
    found = len(search(Query.parse(text), **filters))
    return (text, found) if found else None


def _candidates(word):
    """The index's syllables one mistake away from `word`, with how many entries have them."""
    edits = _edits(word)
    return dict(SearchTerm.objects.filter(term__in=edits).values_list("term", "entries"))


def _next_to(before, word, after):
    """How many of the two neighbours `word` stands next to in some item (0 to 2)."""
    score = 0
    for a, b in ((before, word), (word, after)):
        if a and b and known_phrase(a, b):
            score += 1
    return score


def known_phrase(a, b):
    """Whether `a b` stands in some entry. On PostgreSQL only the first hundred entries having
    both are read: checking positions reads each entry's vector."""
    entries = SearchEntry.objects.all()
    if connection.vendor == "postgresql":
        both = SearchEntry.objects.extra(
            where=["vector @@ %s::tsquery"], params=[_all((a, b))]
        ).values("pk")[:100]
        entries = entries.filter(pk__in=both).extra(
            where=["vector @@ %s::tsquery"], params=[_phrase(a, b)]
        )
    else:
        phrase = f" {a} {b} "
        entries = entries.filter(
            Q(title__contains=phrase) | Q(lead__contains=phrase) | Q(body__contains=phrase)
        )
    return entries.exists()


# Showing where it matched


class Passage:
    """A text to show (whitespace made single spaces), lower-cased and folded when needed."""

    def __init__(self, text):
        self.text = " ".join(unicodedata.normalize("NFC", text or "").split())

    @cached_property
    def lower(self):
        return lower_chars(self.text)

    @cached_property
    def folded(self):
        return fold_chars(self.text)

    def spans(self, query, exact_terms):
        """Where the query's syllables are, as (start, end): a syllable typed with marks only
        where written with them when `exact_terms` holds it (the item has it so)."""
        folded = {t.folded for t in query.terms if t.marked not in exact_terms}
        exact = {t.marked for t in query.terms if t.marked in exact_terms}
        found = [m.span() for m in _whole_words(folded).finditer(self.folded)] if folded else []
        if exact:
            found += [m.span() for m in _whole_words(exact).finditer(self.lower)]
        return sorted(found)


def _whole_words(words):
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])")


def exact_terms(query, passages):
    """The syllables typed with marks that an item's `passages` hold as typed: only those are
    then highlighted as typed, the others wherever they match once folded."""
    return {
        t.marked
        for t in query.terms
        if t.has_marks
        and any(
            re.search(rf"(?<![^\W_]){re.escape(t.marked)}(?![^\W_])", p.lower) for p in passages
        )
    }


def highlight(text, query, exact=frozenset(), length=None):
    """`text` escaped, the syllables of `query` in <mark>; cut around the first match."""
    passage = text if isinstance(text, Passage) else Passage(text)
    return _marked(passage.text, passage.spans(query, exact), length)


def _marked(text, spans, length):
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
        if span_start < max(start, cursor) or span_end > end:
            continue  # outside the passage shown, or inside a span already marked
        parts.append(escape(text[cursor:span_start]))
        parts.append(f"<mark>{escape(text[span_start:span_end])}</mark>")
        cursor = span_end
    parts.append(escape(text[cursor:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 - every piece is escaped


def shown(source, obj, query):
    """The title and the passage (lead or body) of `obj` where the query matched, highlighted."""
    title, lead, body = (Passage(text) for text in field_texts(source, obj))
    exact = exact_terms(query, (title, lead, body))
    snippet = None
    for passage in (lead, body):
        spans = passage.spans(query, exact)
        if spans:
            snippet = _marked(passage.text, spans, SNIPPET_LENGTH)
            break
    if snippet is None:
        passage = lead if lead.text else body
        snippet = _marked(passage.text, [], SNIPPET_LENGTH)
    return highlight(title, query, exact), snippet
