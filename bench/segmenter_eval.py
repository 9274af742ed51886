"""Would a Vietnamese word segmenter improve search? Measured on the judged set.

Run in a virtualenv where the project and the segmenter are installed (neither segmenter is a
dependency of the portal):

    pip install -e . pyvi          # or underthesea
    python bench/segmenter_eval.py pyvi

It loads the judged set (portal/demo/relevance.py) into an SQLite file in a temporary folder,
measures search as it is, then again with each query's results re-ranked by how many of the
query's multi-syllable words, as the segmenter cuts them, the item holds as words (after the
marks typed, before phrases: where a segmenter would weigh in), and prints both, with the
segmenter's speed.
"""

import os
import sys
import tempfile
import time

SAMPLE = (
    "Đảng ủy Khối tổ chức hội nghị báo cáo viên và kết nạp đảng viên mới tại Nam Định. "
    "Công tác xây dựng Đảng được đẩy mạnh trong các doanh nghiệp ngoài nhà nước."
)


def segmenter(name):
    if name == "pyvi":
        from pyvi import ViTokenizer

        return ViTokenizer.tokenize
    from underthesea import word_tokenize

    return lambda text: word_tokenize(text, format="text")


def main():
    name = sys.argv[1] if len(sys.argv) > 1 else "pyvi"
    segment = segmenter(name)
    started = time.perf_counter()
    for _ in range(200):
        segment(SAMPLE)
    speed = 200 * len(SAMPLE.split()) / (time.perf_counter() - started)

    folder = tempfile.mkdtemp()
    os.environ.update(
        DJANGO_SETTINGS_MODULE="portal.settings",
        DEBUG="1",
        DATABASE_URL=f"sqlite:///{folder}/relevance.sqlite3",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from portal import search, search_quality
    from portal.content import BY_KIND

    call_command("migrate", verbosity=0)

    def words(text):
        return {w.lower() for w in segment(text).split() if "_" in w}

    plain_search = search.search
    item_words = {}

    def reranked(query, **filters):
        wanted = words(" ".join(t.marked for t in query.terms))
        ranked = []
        for match in plain_search(query, **filters):
            key = match.kind, match.object_id
            if key not in item_words:
                source = BY_KIND[match.kind]
                obj = source.model.objects.get(pk=match.object_id)
                item_words[key] = words(" ".join(search.field_texts(source, obj)))
            ranked.append(((match.rank[0], len(wanted & item_words[key]), *match.rank[1:]), match))
        ranked.sort(key=lambda pair: pair[0], reverse=True)
        return [match for _, match in ranked]

    with transaction.atomic():
        keys = search_quality.load()
        plain = search_quality.evaluate(keys)
        search.search = reranked
        segmented = search_quality.evaluate(keys)
        transaction.set_rollback(True)
    print(f"{name}: {speed:,.0f} words per second")
    for label, report in (("as it is", plain), (f"with {name}", segmented)):
        missed = ", ".join(o.query for o in report.misses())
        print(f"{label:16} P@5 {report.precision:.3f}  MRR {report.mrr:.3f}  missed: {missed}")


if __name__ == "__main__":
    main()
