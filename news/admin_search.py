"""Admin search boxes and autocompletes that read Vietnamese as staff type it: with or without
diacritics, in any case ("chuyen doi so" finds "Chuyển đổi số"), exact matches first.

`FoldedSearchMixin` goes on every content admin (WorkflowAdmin has it). Each word typed must be
in one of `search_fields` once both are folded; results holding the text as typed, marks
included, come first (the whole field equal to it before that), then the admin's own order.
"""

from django.contrib.admin.utils import lookup_spawns_duplicates
from django.contrib.admin.views.main import ORDER_VAR, ChangeList
from django.db.models import Case, Func, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Lower
from django.utils.text import smart_split, unescape_string_literal

from news.text import fold

# Every letter with a mark that folds to a plain Latin letter ("ệ" -> "e", "Đ" -> "d").
_MARKED = "".join(
    c
    for c in map(chr, range(0x00C0, 0x1EFA))
    if c.isalpha() and fold(c) != c and len(fold(c)) == 1 and fold(c).isascii()
)
_FOLDED = "".join(fold(c).lower() for c in _MARKED)


class Folded(Func):
    """A text column folded and lower-cased in SQL: "Đảng Viên" -> "dang vien"."""

    function = "TRANSLATE"
    output_field = TextField()

    def __init__(self, expression):
        super().__init__(Lower(expression), Value(_MARKED), Value(_FOLDED))

    def as_sqlite(self, compiler, connection, **extra_context):
        # SQLite has no TRANSLATE(): the same folding, as a function of the connection.
        connection.ensure_connection()
        connection.connection.create_function("vi_fold", 1, _fold_or_none, deterministic=True)
        column = self.get_source_expressions()[0].get_source_expressions()[0]
        sql, params = compiler.compile(column)
        return f"vi_fold({sql})", params


def _fold_or_none(value):
    return None if value is None else fold(value).lower()


class Lowered(Lower):
    """LOWER() for every letter: SQLite's own lower-cases only ASCII ("Ả" stays "Ả")."""

    def as_sqlite(self, compiler, connection, **extra_context):
        connection.ensure_connection()
        connection.connection.create_function("vi_lower", 1, _lower_or_none, deterministic=True)
        sql, params = compiler.compile(self.get_source_expressions()[0])
        return f"vi_lower({sql})", params


def _lower_or_none(value):
    return None if value is None else value.lower()


def _field_name(search_field):
    return search_field.lstrip("^=@")


def search_terms(text):
    """Words (or "quoted phrases") of what was typed, as Django's admin splits them."""
    terms = []
    for bit in smart_split(text):
        if bit.startswith(('"', "'")) and bit[0] == bit[-1]:
            bit = unescape_string_literal(bit)
        if bit.strip():
            terms.append(bit)
    return terms


class FoldedSearchChangeList(ChangeList):
    def get_ordering(self, request, queryset):
        ordering = super().get_ordering(request, queryset)
        if "search_rank" in queryset.query.annotations and not self.params.get(ORDER_VAR):
            ordering = ["-search_rank", *(o for o in ordering if o != "-search_rank")]
        return ordering


class FoldedSearchMixin:
    def get_changelist(self, request, **kwargs):
        return FoldedSearchChangeList

    def get_search_results(self, request, queryset, search_term):
        fields = [_field_name(f) for f in self.get_search_fields(request)]
        terms = search_terms(search_term)
        if not fields or not terms:
            return queryset, False
        annotations = {f"_folded_{n}": Folded(name) for n, name in enumerate(fields)}
        lowered = {f"_lowered_{n}": Lowered(name) for n, name in enumerate(fields)}
        queryset = queryset.alias(**annotations, **lowered)
        for term in terms:
            folded = fold(term).lower()
            queryset = queryset.filter(
                _any(**{f"{alias}__contains": folded for alias in annotations})
            )
        typed = " ".join(search_term.split()).lower()
        rank = Case(
            When(_any(**{f"{alias}__exact": typed for alias in lowered}), then=Value(3)),
            When(_any(**{f"{alias}__contains": typed for alias in lowered}), then=Value(2)),
            default=Value(1),
            output_field=IntegerField(),
        )
        queryset = queryset.annotate(search_rank=rank)
        queryset = queryset.order_by("-search_rank", *queryset.query.order_by)
        duplicates = any(lookup_spawns_duplicates(self.opts, name) for name in fields)
        return queryset, duplicates


def _any(**lookups):
    q = Q()
    for lookup, value in lookups.items():
        q |= Q(**{lookup: value})
    return q
