"""One normal form for addresses, so that an old link matches however it is written.

"http://old.gov.vn/Tin-Tuc/index.php?ID=7&utm_source=zalo" and "/tin-tuc/?id=7" are the same
address: the host, the scheme, letter case of the path and of parameter names, a trailing
slash, an index file, the order of parameters and tracking parameters make no difference.
"""

import itertools
import re
import unicodedata
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit

# Parameters that say where a reader came from, never which page they want.
TRACKING_PARAMETERS = frozenset({"fbclid", "gclid", "zarsrc", "zx", "_ga", "mc_cid", "mc_eid"})
INDEX_FILES = frozenset(
    {
        "index.php",
        "index.html",
        "index.htm",
        "index.asp",
        "index.aspx",
        "default.asp",
        "default.aspx",
    }
)
# More parameters than this on a request are not tried in every combination.
MAX_PARAMETERS = 6
MAX_LENGTH = 1000
# Joomla writes "id=45:ten-bai" and "id=45" for the same article.
_NUMBERED_ALIAS = re.compile(r"^([0-9]+):[^/]*$")


def normalize_path(path):
    text = unicodedata.normalize("NFC", unquote(path or "")).lower()
    segments = [segment for segment in text.split("/") if segment]
    if segments and segments[-1] in INDEX_FILES:
        segments.pop()
    return ("/" + "/".join(segments))[:MAX_LENGTH]


def normalize_parameters(pairs):
    """Sorted (name, value) pairs without tracking parameters; names lower-cased."""
    kept = []
    for name, value in pairs:
        name = name.strip().lower()
        if not name or name.startswith("utm_") or name in TRACKING_PARAMETERS:
            continue
        value = unicodedata.normalize("NFC", value.strip())
        alias = _NUMBERED_ALIAS.match(value)
        kept.append((name, alias.group(1) if alias else value))
    return sorted(kept)


def encode(pairs):
    return urlencode(pairs)[:MAX_LENGTH]


def split(address):
    """(path, query) of an address: a full URL, a path, or "index.php?option=..."."""
    parts = urlsplit(str(address).strip())
    query = encode(normalize_parameters(parse_qsl(parts.query, keep_blank_values=True)))
    return normalize_path(parts.path), query


def request_parameters(query_string):
    return normalize_parameters(parse_qsl(query_string, keep_blank_values=True))


def query_candidates(pairs):
    """The query strings a stored redirect may have for a request with these parameters.

    Every subset of the request's parameters, so that "/?p=12&lang=vi" finds the redirect of
    "/?p=12" and "index.php?option=com_content&view=article&id=45&Itemid=3" finds the one
    of "index.php?option=com_content&id=45". The caller prefers the longest that matches.
    """
    pairs = pairs[:MAX_PARAMETERS]
    found = []
    for size in range(len(pairs), -1, -1):
        for subset in itertools.combinations(pairs, size):
            found.append(encode(list(subset)))
    return found


def display(path, query):
    return f"{path}?{query}" if query else path
