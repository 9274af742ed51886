"""Synthetic Vietnamese text with a realistic vocabulary, for benchmarks of search.

Text recombined from the demo articles alone has about 700 distinct words, all of them in
most articles: posting lists are all long and rare words are never measured. This module
builds tens of thousands of distinct syllables (every onset of the demo text before every
rhyme, with its tone, that the demo text has) and words of one to three syllables, and draws
them with a Zipf-like frequency spread: a few words in nearly every article, most in a
handful. Real sentences of the demo articles are mixed in, and place and person names
(Huế, Nam Định, Khoái Châu...) each at their own rate, so queries can be timed from the most
common to the rarest.
"""

import itertools
import random
import re
import unicodedata

from django.utils.html import strip_tags

from portal.demo import articles as demo

ONSETS = [
    "ngh",
    "ng",
    "nh",
    "ch",
    "gh",
    "gi",
    "kh",
    "ph",
    "qu",
    "th",
    "tr",
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "p",
    "r",
    "s",
    "t",
    "v",
    "x",
]
VOWELS = set("aăâeêioôơuưy")
# Place names readers look for; "Huế" shares its letters with "thuế" (tax).
PLACES = [
    "Huế",
    "Nam Định",
    "Hà Nội",
    "Hải Phòng",
    "Thái Bình",
    "Ninh Bình",
    "Hưng Yên",
    "Khoái Châu",
    "Quỳnh Côi",
    "Giao Thủy",
    "Hải Hậu",
    "Xuân Trường",
    "Nghĩa Hưng",
    "Ý Yên",
    "Vụ Bản",
    "Mỹ Lộc",
    "Trực Ninh",
    "Đà Nẵng",
    "Cần Thơ",
    "Quảng Ninh",
    "Thanh Hóa",
    "Nghệ An",
    "Hà Tĩnh",
    "Quảng Trị",
    "Lào Cai",
    "Điện Biên",
]
# Common words of news text that the demo articles happen not to use.
NEWS_WORDS = [
    "thuế",
    "giá vàng",
    "tăng",
    "giảm",
    "thị trường",
    "ngân sách",
    "thu nhập",
    "nông thôn mới",
    "giao thông",
    "bão",
    "lũ lụt",
    "học sinh",
    "bệnh viện",
    "y tế",
    "giáo dục",
    "du lịch",
]
FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Minh", "Quang", "Thu", "Đức", "Hữu", "Ngọc"]


def _syllables(text):
    return re.findall(r"[^\W\d_]+", unicodedata.normalize("NFC", text).lower())


def _split(syllable):
    """(onset, rhyme with its tone): "nghiệp" -> ("ngh", "iệp"), "anh" -> ("", "anh")."""
    for onset in ONSETS:
        if syllable.startswith(onset) and len(syllable) > len(onset):
            rest = syllable[len(onset) :]
            if unicodedata.normalize("NFD", rest[0])[0] in VOWELS:
                return onset, rest
    return "", syllable


def demo_text():
    return [strip_tags(a["body"]) + " " + a["lead"] + " " + a["title"] for a in demo.ARTICLES]


def demo_sentences():
    found = []
    for text in demo_text():
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) > 6]
    return found


class Vocabulary:
    """Syllables and words ranked by frequency, and text drawn from them."""

    def __init__(self, seed=17, words=40_000):
        rng = random.Random(seed)
        counts = {}
        for text in demo_text():
            for syllable in _syllables(text):
                counts[syllable] = counts.get(syllable, 0) + 1
        real = sorted(counts, key=counts.get, reverse=True)
        onsets, rhymes = set(), set()
        for syllable in real:
            onset, rhyme = _split(syllable)
            if unicodedata.normalize("NFD", rhyme)[0] in VOWELS:
                onsets.add(onset)
                rhymes.add(rhyme)
        made = sorted({o + r for o, r in itertools.product(sorted(onsets), sorted(rhymes))})
        rng.shuffle(made)
        seen = set(real)
        self.syllables = real + [s for s in made if s not in seen]
        # Words: the demo text's own two-syllable words first, then made-up compounds whose
        # syllables are themselves drawn by frequency (common syllables make many words).
        pairs = {}
        for text in demo_text():
            tokens = _syllables(text)
            for a, b in itertools.pairwise(tokens):
                pairs[a, b] = pairs.get((a, b), 0) + 1
        vocabulary = list(real[:200]) + NEWS_WORDS + list(real[200:])
        vocabulary += [f"{a} {b}" for (a, b), n in sorted(pairs.items(), key=lambda p: -p[1])]
        syllable_weights = list(
            itertools.accumulate(1 / (r + 10) for r in range(len(self.syllables)))
        )
        known = set(vocabulary)
        while len(vocabulary) < words:
            size = rng.choices((1, 2, 3), weights=(3, 6, 1))[0]
            word = " ".join(rng.choices(self.syllables, cum_weights=syllable_weights, k=size))
            if word not in known:
                known.add(word)
                vocabulary.append(word)
        # Rare syllables must appear too: every syllable is a word of its own somewhere.
        vocabulary += [s for s in self.syllables if s not in known]
        self.words = vocabulary
        self._word_weights = list(
            itertools.accumulate(1 / (r + 2) ** 1.05 for r in range(len(vocabulary)))
        )
        self.sentences = demo_sentences()
        self.places = PLACES
        self._place_weights = list(itertools.accumulate(1 / (r + 1) for r in range(len(PLACES))))

    def name(self, rng):
        return (
            f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(self.syllables[:400]).title()}"
        )

    def place(self, rng):
        return rng.choices(self.places, cum_weights=self._place_weights)[0]

    def sentence(self, rng):
        """A sentence of the demo text (one in seven) or one drawn from the vocabulary."""
        if rng.random() < 0.15:
            return rng.choice(self.sentences)
        words = rng.choices(self.words, cum_weights=self._word_weights, k=rng.randint(6, 16))
        roll = rng.random()
        if roll < 0.06:
            words.insert(rng.randrange(len(words)), self.place(rng))
        elif roll < 0.1:
            words.insert(rng.randrange(len(words)), f"đồng chí {self.name(rng)}")
        text = " ".join(words)
        return text[0].upper() + text[1:] + "."

    def title(self, rng):
        text = " ".join(
            rng.choices(self.words, cum_weights=self._word_weights, k=rng.randint(4, 9))
        )
        if rng.random() < 0.3:
            text += f" tại {self.place(rng)}"
        return text[0].upper() + text[1:]

    def paragraphs(self, rng, words):
        """HTML paragraphs of about `words` words."""
        paragraphs, count = [], 0
        while count < words:
            paragraph = " ".join(self.sentence(rng) for _ in range(rng.randint(3, 6)))
            count += paragraph.count(" ") + 1
            paragraphs.append(f"<p>{paragraph}</p>")
        return "".join(paragraphs)

    def distinct(self):
        return len(self.syllables), len(self.words)
