"""The report of an import: how many items of each kind were created, updated, left as they
were, skipped or refused, and why; printed at the end of a run and kept in the admin."""

from collections import Counter, defaultdict

ACTIONS = {
    "created": "tạo mới",
    "updated": "cập nhật",
    "unchanged": "không đổi",
    "skipped": "bỏ qua",
    "refused": "từ chối",
}
KINDS = {
    "article": "bài viết",
    "page": "trang",
    "category": "chuyên mục",
    "tag": "từ khóa",
    "image": "ảnh",
    "file": "tệp",
    "redirect": "địa chỉ cũ",
    "author": "tài khoản tác giả",
    "other": "mục khác",
}
# How many examples of one reason the report lists before it only counts.
EXAMPLES = 50


class Report:
    def __init__(self, dry_run=False):
        self.dry_run = dry_run
        self.counts = Counter()  # (action, kind) -> n
        self.reasons = defaultdict(_Examples)  # (action, reason) -> examples
        self.notes = defaultdict(_Examples)  # remark -> examples
        self.tallies = defaultdict(Counter)  # heading -> {name: n}

    def count(self, action, kind, n=1):
        self.counts[(action, kind)] += n

    def skip(self, kind, reason, example=None):
        self.count("skipped", kind)
        self.reasons[("skipped", reason)].add(example)

    def refuse(self, kind, reason, example=None):
        self.count("refused", kind)
        self.reasons[("refused", reason)].add(example)

    def note(self, remark, example=None):
        self.notes[remark].add(example)

    def tally(self, heading, name, n=1):
        self.tallies[heading][name] += n

    def totals(self):
        totals = Counter()
        for (action, _kind), n in self.counts.items():
            totals[action] += n
        return {action: totals.get(action, 0) for action in ACTIONS}

    def summary(self):
        counts = ", ".join(f"{n} {ACTIONS[action]}" for action, n in self.totals().items())
        return f"{'Chạy thử xong' if self.dry_run else 'Nhập xong'}: {counts}."

    def render(self):
        lines = ["CHẠY THỬ: không có gì được ghi." if self.dry_run else "Kết quả nhập dữ liệu:"]
        for kind, label in KINDS.items():
            parts = [
                f"{self.counts[(action, kind)]} {word}"
                for action, word in ACTIONS.items()
                if self.counts[(action, kind)]
            ]
            if parts:
                lines.append(f"- {label.capitalize()}: {', '.join(parts)}.")
        for (action, reason), examples in self.reasons.items():
            lines.append(f"{ACTIONS[action].capitalize()} {examples.count}: {reason}")
            lines += examples.lines()
        for remark, examples in self.notes.items():
            lines.append(f"{remark} ({examples.count})")
            lines += examples.lines()
        for heading, names in self.tallies.items():
            listed = ", ".join(f"{name}: {n}" for name, n in names.most_common())
            lines.append(f"{heading}: {listed}.")
        return "\n".join(lines)


class _Examples:
    """How many times something happened, and the first few items it happened to."""

    def __init__(self):
        self.count = 0
        self.shown = []

    def add(self, example):
        self.count += 1
        if example and len(self.shown) < EXAMPLES:
            self.shown.append(example)

    def lines(self):
        more = self.count - len(self.shown) if self.shown else 0
        return [f"    {example}" for example in self.shown] + (
            [f"    ... và {more} mục khác"] if more > 0 else []
        )
