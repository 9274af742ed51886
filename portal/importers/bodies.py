"""Turning an old site's body into one this portal's editor would have written.

WordPress stores classic-editor posts as text whose blank lines are paragraphs, with block
comments (`<!-- wp:paragraph -->`) in block-editor posts and shortcodes (`[caption]`,
`[gallery]`...) in both. `autop` follows WordPress's own `wpautop` (wp-includes/formatting.php)
in its main rules, since that function made the paragraphs readers saw; no maintained Python
port of it exists. The result then goes through a real HTML parser (selectolax): images and
links are pointed at their imported copies, the lead and a closing source line
("Theo Báo Nam Định,") are taken out, and the editor's sanitizer has the last word.
"""

import html
import re
import unicodedata

from selectolax.lexbor import LexborHTMLParser

from news.richtext import DROP_WITH_CONTENT, sanitize

_BLOCK = (
    r"(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|"
    r"map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|"
    r"hgroup|header|footer|nav|figure|figcaption|details|menu|summary|iframe|object|script)"
)
_BLOCK_OPEN = re.compile(rf"(<{_BLOCK}[\s/>])", re.IGNORECASE)
_BLOCK_CLOSE = re.compile(rf"(</{_BLOCK}>)", re.IGNORECASE)
_STARTS_BLOCK = re.compile(rf"</?{_BLOCK}[\s/>]", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")
_DOUBLE_BR = re.compile(r"<br\s*/?>\s*<br\s*/?>", re.IGNORECASE)
_PARAGRAPHS = re.compile(r"\n\s*\n")
_BARE_URL = re.compile(r"^https?://[^\s<>\"']+$")
_BLOCK_COMMENT = re.compile(r"<!--\s*/?wp:.*?-->", re.DOTALL)
_WHITESPACE = re.compile(r"\s+")
_SPACE = r"(?:\s|&nbsp;|\u00a0)"
_PARAGRAPH_EDGE_START = re.compile(rf"(<(?:p|li|td|th|h[2-6]|figcaption)>){_SPACE}+")
_PARAGRAPH_EDGE_END = re.compile(rf"{_SPACE}+(</(?:p|li|td|th|h[2-6]|figcaption)>)")
_EMPTY_PARAGRAPH = re.compile(rf"<p>{_SPACE}*(?:<br>{_SPACE}*)*</p>\n?")


def has_blocks(text):
    return "<!-- wp:" in text


def strip_block_comments(text):
    return _BLOCK_COMMENT.sub("", text)


def autop(text):
    """Paragraphs from blank lines and line breaks from single newlines, as WordPress shows."""
    if not text.strip():
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # A newline inside a tag is not a line break.
    text = _TAG.sub(lambda match: match.group(0).replace("\n", " "), text)
    text = _DOUBLE_BR.sub("\n\n", text)
    text = _BLOCK_OPEN.sub(r"\n\n\1", text)
    text = _BLOCK_CLOSE.sub(r"\1\n\n", text)
    out = []
    for chunk in _PARAGRAPHS.split(text):
        chunk = chunk.strip()
        if not chunk:
            continue
        if _STARTS_BLOCK.match(chunk):
            out.append(chunk)
        elif _BARE_URL.match(chunk):
            # On its own line WordPress embedded it; here it stays a link.
            out.append(f'<p><a href="{html.escape(chunk)}">{html.escape(chunk)}</a></p>')
        else:
            lines = [line.strip() for line in chunk.split("\n")]
            out.append("<p>" + "<br>\n".join(line for line in lines if line) + "</p>")
    return "\n".join(out)


def plain(text):
    """Text of an HTML snippet (an excerpt, a title), unescaped, on one line, NFC."""
    if "<" in text:
        root = LexborHTMLParser(f"<div>{text}</div>").body
        for node in root.css(", ".join(sorted(DROP_WITH_CONTENT))):
            node.decompose()
        text = root.text(separator=" ")
    text = html.unescape(text) if "&" in text else text
    return unicodedata.normalize("NFC", _WHITESPACE.sub(" ", text).strip())


def shorten(text, limit):
    """`text` cut at a word boundary to fit `limit` characters, marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,.;:-–")
    return (cut or text[: limit - 1]) + "…"


# A closing line naming where the article was first published: "Theo Báo Nam Định,",
# "(Theo TTXVN)", "Nguồn: baochinhphu.vn". A sentence that starts with "Theo" ("Theo kế
# hoạch, ...") has a comma inside or runs longer, and is left alone.
_SOURCE_LINE = re.compile(
    r"^[(\[]?\s*(?:theo|nguồn)\s*:?\s+(?P<name>[^,;()\[\]]{2,80}?)\s*[)\]]?\s*[,.;:]*\s*$",
    re.IGNORECASE,
)


def source_name(text):
    match = _SOURCE_LINE.match(text.strip())
    if not match or len(match.group("name").split()) > 10:
        return ""
    return match.group("name").strip()


class Body:
    """A body being converted: a tree whose images, links, lead and source line are edited."""

    def __init__(self, text):
        self.tree = LexborHTMLParser(unicodedata.normalize("NFC", text or ""))
        self.root = self.tree.body
        # What the sanitizer drops with its content goes first: no script's text may become a
        # lead or a source. The rest is sanitized at the end, once images have their new src.
        for node in self.root.css(", ".join(sorted(DROP_WITH_CONTENT))) if self.root else []:
            node.decompose()

    def images(self):
        return self.root.css("img") if self.root else []

    def links(self):
        return self.root.css("a[href]") if self.root else []

    def _blocks(self):
        if not self.root:
            return []
        return [
            node
            for node in self.root.iter(include_text=True)
            if node.tag != "-comment" and not (node.tag == "-text" and not node.text().strip())
        ]

    def take_first_paragraph(self):
        """Remove and return the text of the opening paragraph, if the body opens with one."""
        blocks = self._blocks()
        if not blocks or blocks[0].tag != "p" or blocks[0].css_first("img, table, ul, ol"):
            return ""
        text = plain(blocks[0].text(separator=" "))
        if text:
            blocks[0].decompose()
        return text

    def drop_opening(self, text):
        """Remove the opening paragraph if it says `text` (the lead), so it is not shown twice."""
        blocks = self._blocks()
        if blocks and blocks[0].tag == "p" and plain(blocks[0].text(separator=" ")) == text:
            blocks[0].decompose()

    def take_source(self):
        """Remove and return the source named by a closing "Theo ..." line, or ""."""
        blocks = self._blocks()
        if not blocks or blocks[-1].tag not in ("p", "div", "-text"):
            return ""
        name = source_name(plain(blocks[-1].text(separator=" ")))
        if name:
            blocks[-1].decompose()
        return name

    def drop_source(self, name):
        """Remove a closing line naming `name`, when the source came from elsewhere."""
        blocks = self._blocks()
        if blocks and source_name(plain(blocks[-1].text(separator=" "))).lower() == name.lower():
            blocks[-1].decompose()

    def drop_empty_figures(self):
        """A figure whose image could not be imported goes, caption and all."""
        for node in self.root.css("figure") if self.root else []:
            if not node.css_first("img, table"):
                node.decompose()

    def html(self):
        clean = sanitize(self.root.inner_html if self.root else "")
        # Old editors indented paragraphs with spaces and spaced them with empty ones.
        clean = _PARAGRAPH_EDGE_START.sub(r"\1", clean)
        clean = _PARAGRAPH_EDGE_END.sub(r"\1", clean)
        return _EMPTY_PARAGRAPH.sub("", clean).strip()


def figure(image_html, caption):
    caption = f"<figcaption>{html.escape(caption)}</figcaption>" if caption else ""
    return f'<figure class="image">{image_html}{caption}</figure>'
