"""Vietnamese text: slugs, the date line, and folding for diacritic-insensitive matching."""

import datetime
import re
import unicodedata

from django.db import models
from django.utils import timezone

# NFD decomposes every Vietnamese vowel into a base letter plus combining marks, but "đ" is a
# letter of its own (not a d with a mark), so it is mapped by hand.
_LETTER_MAP = str.maketrans({"đ": "d", "Đ": "D"})
_COMBINING = re.compile(r"[\u0300-\u036f]")

WEEKDAYS = ("Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "Chủ nhật")


def fold(text):
    """Strip Vietnamese diacritics: "Đảng viên" -> "Dang vien"."""
    text = unicodedata.normalize("NFD", str(text).translate(_LETTER_MAP))
    return unicodedata.normalize("NFC", _COMBINING.sub("", text))


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
