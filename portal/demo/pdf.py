"""A minimal PDF writer for the demo documents: real text pages, no network, no library.

The text is set in Helvetica, one of the fonts every PDF reader has, whose encoding has no
room for most Vietnamese letters; the demo files are therefore written without diacritics
("Nghi quyet"), the way Vietnamese is typed where accents are unavailable.
"""

import textwrap

from news.text import fold

PAGE_WIDTH, PAGE_HEIGHT = 595, 842  # A4, in points
MARGIN = 64
FONT_SIZE = 11
LEADING = 16
LINE_CHARS = 88


def _escape(text):
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def _lines(heading, text):
    lines = [(heading, 14), ("", FONT_SIZE)]
    for paragraph in text.split("\n"):
        wrapped = textwrap.wrap(paragraph, LINE_CHARS) or [""]
        lines += [(line, FONT_SIZE) for line in wrapped]
    return lines


def _content_stream(lines):
    y = PAGE_HEIGHT - MARGIN
    parts = ["BT"]
    for line, size in lines:
        ascii_line = fold(line).encode("ascii", "replace").decode()
        parts.append(f"/F1 {size} Tf 1 0 0 1 {MARGIN} {y} Tm ({_escape(ascii_line)}) Tj")
        y -= LEADING if size == FONT_SIZE else LEADING + 6
    parts.append("ET")
    return "\n".join(parts).encode("ascii")


def make_pdf(heading, pages):
    """The bytes of a PDF whose pages carry `heading` and the given texts, one text a page."""
    objects = []  # object bodies, numbered from 1 in order

    def add(body):
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in once the page tree exists
    page_tree = add(b"")
    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    page_ids = []
    for number, text in enumerate(pages, start=1):
        title = f"{heading} ({number}/{len(pages)})" if len(pages) > 1 else heading
        stream = _content_stream(_lines(title, text))
        content = add(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        page_ids.append(
            add(
                (
                    f"<< /Type /Page /Parent {page_tree} 0 R "
                    f"/MediaBox [0 0 {PAGE_WIDTH} {PAGE_HEIGHT}] "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {content} 0 R >>"
                ).encode()
            )
        )
    kids = " ".join(f"{pid} 0 R" for pid in page_ids)
    objects[page_tree - 1] = f"<< /Type /Pages /Kids [{kids}] /Count {len(page_ids)} >>".encode()
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {page_tree} 0 R >>".encode()

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        catalog,
        xref,
    )
    return bytes(out)
