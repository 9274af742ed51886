"""Redirects uploaded as a spreadsheet: two columns, the old address and the new one.

Excel saves CSV as UTF-8 (with or without a byte order mark) or, in its plain "CSV" format on
Vietnamese Windows, as Windows-1258; commas, semicolons and tabs all occur as separators.
"""

import csv
import io
from dataclasses import dataclass

from django.utils.translation import gettext as _

from . import addresses

MAX_ROWS = 50_000
MAX_BYTES = 5 * 1024 * 1024


@dataclass(frozen=True)
class Row:
    line: int
    old_path: str
    old_query: str
    target_url: str


def decode(data):
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ValueError(_("Không đọc được tệp: hãy lưu tệp CSV với bảng mã UTF-8."))


def valid_target(value):
    """An address this site can send readers to: a path here, or an http(s) address."""
    if any(ch.isspace() or ord(ch) < 32 for ch in value) or '"' in value or "<" in value:
        return False
    if value.startswith("/") and not value.startswith("//"):
        return True
    return value.lower().startswith(("http://", "https://")) and len(value) > 8


def target_error(old, target):
    """Why `target` cannot be where `old` (a (path, query) pair) leads, or None."""
    if not target:
        return _("thiếu địa chỉ mới")
    if len(target) > addresses.MAX_LENGTH:
        return _("địa chỉ mới dài quá %(n)d ký tự") % {"n": addresses.MAX_LENGTH}
    if not valid_target(target):
        return _("địa chỉ mới phải bắt đầu bằng / hoặc http:// hay https:// và không có dấu cách")
    if target.startswith("/") and addresses.split(target) == old:
        return _("địa chỉ mới trùng địa chỉ cũ")
    return None


def old_error(old):
    path, query = old
    if path == "/" and not query:
        return _("không chuyển hướng trang chủ")
    return None


def parse(data):
    """(rows, errors) of an uploaded CSV; each error names its line."""
    if len(data) > MAX_BYTES:
        return [], [_("Tệp lớn quá 5 MB; hãy chia thành nhiều tệp.")]
    try:
        text = decode(data)
    except ValueError as error:
        return [], [str(error)]
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows, errors, seen = [], [], {}
    for number, cells in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        cells = [cell.strip() for cell in cells]
        if not any(cells):
            continue
        if number == 1 and _is_header(cells):
            continue
        if len(rows) >= MAX_ROWS:
            errors.append(_("Tệp có quá %(n)d dòng; hãy chia nhỏ.") % {"n": MAX_ROWS})
            break
        if len(cells) < 2:
            errors.append(
                _("Dòng %(line)d: cần hai cột, địa chỉ cũ và địa chỉ mới.") % {"line": number}
            )
            continue
        old = addresses.split(cells[0])
        problem = old_error(old) or target_error(old, cells[1])
        if problem:
            errors.append(_("Dòng %(line)d: %(problem)s.") % {"line": number, "problem": problem})
            continue
        if old in seen:
            errors.append(
                _("Dòng %(line)d: địa chỉ cũ đã có ở dòng %(first)d.")
                % {"line": number, "first": seen[old]}
            )
            continue
        seen[old] = number
        rows.append(Row(number, old[0], old[1], cells[1]))
    return rows, errors


def _is_header(cells):
    """A first line of column names ("Địa chỉ cũ;Địa chỉ mới"), not of addresses."""
    return (
        len(cells) >= 2
        and not cells[0].lower().startswith(("/", "http"))
        and not valid_target(cells[1])
    )
