"""Vietnamese text: slugs, the date line, folding for diacritic-insensitive matching, and the
control characters no stored text may keep."""

import datetime
import re
import unicodedata
from typing import NamedTuple

from django.db import models
from django.utils import timezone

# NFD decomposes every Vietnamese vowel into a base letter plus combining marks, but "đ" is a
# letter of its own (not a d with a mark), so it is mapped by hand.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "D"})
_COMBINING = re.compile(r"[\u0300-\u036f]")

# C0 controls, DEL and C1 controls; plus the two noncharacters and the surrogates, which XML 1.0
# cannot carry either. Pasted from Word or a PDF they are invisible, and one of them in a title
# made every feed that listed it fail.
CONTROL_CHARACTERS = frozenset(
    chr(code)
    for code in (*range(0x00, 0x20), *range(0x7F, 0xA0), *range(0xD800, 0xE000), 0xFFFE, 0xFFFF)
)
# Line breaks of other systems: Word's manual line break (VT), page break (FF), NEL, and the
# file/group/record/unit separators that str.split() also takes for line breaks.
_LINE_BREAKS = "\v\f\x1c\x1d\x1e\x85"
_MULTILINE = str.maketrans(
    {
        **{c: None for c in CONTROL_CHARACTERS if c not in "\t\n\r"},
        **{c: "\n" for c in _LINE_BREAKS},
    }
)
_SINGLE_LINE = str.maketrans(
    {**{c: None for c in CONTROL_CHARACTERS}, **{c: " " for c in "\t\n\r" + _LINE_BREAKS}}
)


def strip_controls(text, multiline=False):
    """`text` without control characters: multi-line text keeps tabs and line breaks (other
    systems' breaks become newlines); single-line text gets a space for any of them."""
    return text.translate(_MULTILINE if multiline else _SINGLE_LINE)


def _text_fields(model):
    """(attname, multiline) of the model's stored text fields, worked out once per model."""
    fields = model.__dict__.get("_control_free_fields")
    if fields is None:
        # By storage type, so that text fields of libraries (the rich-text editor's) count.
        fields = [
            (field.attname, field.get_internal_type() == "TextField")
            for field in model._meta.concrete_fields
            if isinstance(field, models.CharField) or field.get_internal_type() == "TextField"
        ]
        model._control_free_fields = fields
    return fields


def strip_control_characters(sender, instance, **kwargs):
    """pre_save receiver for every model: its text fields lose their control characters."""
    for attname, multiline in _text_fields(sender):
        value = getattr(instance, attname)
        if isinstance(value, str):
            setattr(instance, attname, strip_controls(value, multiline))


WEEKDAYS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")


def fold(text):
    """Strip Vietnamese diacritics: "Đảng viên" -> "Dang vien"."""
    text = unicodedata.normalize("NFD", str(text).translate(_LETTER_MAP))
    return unicodedata.normalize("NFC", _COMBINING.sub("", text))


class _CharTable(dict):
    """A str.translate() table applying `change` to one character at a time, learnt on first
    use; a character whose change is not one character stays as it is, so that positions in
    the result are positions in the text."""

    def __init__(self, change):
        super().__init__()
        self.change = change

    def __missing__(self, code):
        char = chr(code)
        changed = self.change(char)
        self[code] = changed if len(changed) == 1 else char
        return self[code]


_LOWER = _CharTable(str.lower)
_FOLD = _CharTable(lambda char: fold(char).lower())


def lower_chars(text):
    """`text` lower-cased character by character: same length, same positions."""
    return text.translate(_LOWER)


def fold_chars(text):
    """`text` folded and lower-cased character by character: "Đảng" -> "dang", same length."""
    return text.translate(_FOLD)


class Syllable(NamedTuple):
    """A word of the text as search sees it: Vietnamese writes one syllable per word."""

    marked: str  # lower-case, with its diacritics: "đảng"
    folded: str  # without them: "dang"
    joined: bool  # follows the previous syllable with no punctuation between: a phrase goes on
    start: int  # where it is in the text
    end: int


_WORD = re.compile(r"[^\W_]+")
# Punctuation and line breaks end a phrase; "-" and "/" do not ("25-NQ/TU", "2016-2020").
_PHRASE_BREAK = re.compile(r"[.,;:!?()\[\]{}\"“”‘’'…|<>\n]|\s-\s|\s–\s")


def syllables(text):
    """The syllables of `text`, in order: "Đảng viên, Huế" -> đảng/dang, viên/vien, huế/hue
    (this one not joined to the one before: a comma stands between). Positions are those of
    the text in NFC, as keyboards that type decomposed marks are read the same."""
    text = unicodedata.normalize("NFC", text)
    marked, folded = lower_chars(text), fold_chars(text)
    found, previous = [], 0
    for match in _WORD.finditer(marked):
        start, end = match.span()
        joined = bool(found) and not _PHRASE_BREAK.search(text, previous, start)
        found.append(Syllable(marked[start:end], folded[start:end], joined, start, end))
        previous = end
    return found


def slugify(text, max_length=200):
    """An ASCII slug from Vietnamese text: "Đảng ủy Khối" -> "dang-uy-khoi"."""
    text = fold(text).lower()
    text = re.sub(r"[^a-z0-9\s-]", " ", text)
    slug = re.sub(r"[\s-]+", "-", text).strip("-")
    return slug[:max_length].rstrip("-")


def unique_slug(model, text, *, instance=None, field="slug", max_length=200):
    """A slug for `text` that no other row of `model` uses, adding -2, -3... when needed."""
    base = slugify(text, max_length=max_length - 6) or "bai-viet"
    others = model._default_manager.all()
    if instance is not None and instance.pk:
        others = others.exclude(pk=instance.pk)
    taken = set(others.filter(**{f"{field}__startswith": base}).values_list(field, flat=True))
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}-{n}", n + 1
    return slug


class AutoSlugField(models.SlugField):
    """A unique slug made on save from the field named `populate_from`, when left empty.

    On the field, so that the admin, commands and the shell all get the same slugs; a slug
    that is already set is never changed (published addresses must not move).
    """

    def __init__(self, *args, populate_from, **kwargs):
        self.populate_from = populate_from
        kwargs.setdefault("unique", True)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["populate_from"] = self.populate_from
        return name, path, args, kwargs

    def pre_save(self, model_instance, add):
        if not getattr(model_instance, self.attname):
            source = getattr(model_instance, self.populate_from)
            setattr(
                model_instance,
                self.attname,
                unique_slug(
                    type(model_instance),
                    source,
                    instance=model_instance,
                    field=self.attname,
                    max_length=self.max_length,
                ),
            )
        return super().pre_save(model_instance, add)


def date_line(value):
    """The portal's date line: "Thứ 2, Ngày 25/10/2021", in the site's time zone."""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return f"{WEEKDAYS[value.weekday()]}, Ngày {value:%d/%m/%Y}"


_DATE_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})(?!\d)")
_DATE_WORDS = re.compile(
    r"ngày\s*(\d{1,2})\s*tháng\s*(\d{1,2})\s*(?:năm|,)?\s*(\d{4})", re.IGNORECASE
)
_DATE_ISO = re.compile(
    r"(?<!\d)(\d{4})-(\d{2})-(\d{2})"
    r"(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?"
)
_TIME = re.compile(
    r"(?<![\d/.\-])(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{2})(?:\s*:\s*(\d{2}))?(?:\s*(SA|CH|AM|PM))?"
    r"(?![\d/.\-])",
    re.IGNORECASE,
)


def parse_date_line(text, tz=None):
    """The moment written in a Vietnamese date line, as an aware datetime, or None.

    Reads what old portals print: "Thứ 2, Ngày 25 / 10 / 2021", "25/10/2021 08:30",
    "Cập nhật lúc 8h30 ngày 25-10-2021", "Ngày 25 tháng 10 năm 2021", "2021-10-25T08:30:00+07:00"
    (an ISO time with an offset keeps it). A date alone is midnight, in the site's time zone
    unless `tz` is given.
    """
    text = " ".join(str(text or "").split())
    tz = tz or timezone.get_current_timezone()
    iso = _DATE_ISO.search(text)
    if iso and iso.group(4):
        try:
            value = datetime.datetime.fromisoformat(iso.group(0).replace(" ", "T"))
        except ValueError:
            value = None
        if value is not None:
            return value if timezone.is_aware(value) else value.replace(tzinfo=tz)
    found = _DATE_DMY.search(text) or _DATE_WORDS.search(text)
    if found:
        day, month, year = (int(part) for part in found.groups())
        rest = text[: found.start()] + " " + text[found.end() :]
    elif iso:
        year, month, day = (int(part) for part in iso.groups()[:3])
        rest = text[: iso.start()] + " " + text[iso.end() :]
    else:
        return None
    try:
        date = datetime.date(year, month, day)
    except ValueError:
        return None
    hour = minute = second = 0
    clock = _TIME.search(rest)
    if clock:
        hour, minute = int(clock.group(1)), int(clock.group(2))
        second = int(clock.group(3) or 0)
        half = (clock.group(4) or "").upper()
        if half in {"CH", "PM"} and hour < 12:
            hour += 12
        elif half in {"SA", "AM"} and hour == 12:
            hour = 0
        if hour > 23 or minute > 59 or second > 59:
            hour = minute = second = 0
    return datetime.datetime.combine(date, datetime.time(hour, minute, second), tzinfo=tz)
