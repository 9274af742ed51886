"""The change log: what every process and every server must agree on about cached copies.

Each write that alters what readers see adds one `Change` row per tag it touches (an item, a
list, a group of a list), in the transaction of the write itself, so that the change commits
with the content or not at all. Rows are written without a sequence number; the first process
to sync after they commit stamps them with the next value of `Clock.seq` (news.cache). A row
with a `due` time takes effect then: the scheduled publication or take-down of an item.
"""

from django.db import models
from django.utils import timezone


class Clock(models.Model):
    """One row: the sequence number of the newest stamped change."""

    seq = models.BigIntegerField(default=0)
    # Changes when the database is replaced by a restore: copies made before are all stale.
    epoch = models.CharField(max_length=32, default="1")

    def __str__(self):
        return f"{self.epoch}:{self.seq}"


class Change(models.Model):
    tag = models.CharField(max_length=200)
    seq = models.BigIntegerField(null=True, blank=True)
    # When the row was written, then when it was stamped (pruning reads it).
    at = models.DateTimeField(default=timezone.now)
    due = models.DateTimeField(null=True, blank=True)
    # Something left the public site: copies that showed it are never served stale.
    hard = models.BooleanField(default=False)

    class Meta:
        indexes = [
            models.Index(fields=["seq"], name="news_change_seq"),
            models.Index(fields=["at"], name="news_change_at"),
            models.Index(
                fields=["due"], condition=models.Q(seq__isnull=True), name="news_change_pending"
            ),
        ]

    def __str__(self):
        return f"{self.tag}@{self.seq}"
