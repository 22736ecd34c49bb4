"""The suggested fix for a weak course, built from what its evidence says.

The most specific evidence leads: a module people give up in is something to rework; the
themes of negative comments say what to change; a low rating alone says the course itself
(or its provider) needs reviewing; low completion alone, that it asks too much at once;
overdue alone, that due dates or reminders are wrong.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from core.analytics.themes import Theme
from core.messages import Message, msg


def suggested_fix(
    kinds: Collection[str], module: tuple[int, str] | None, themes: Sequence[Theme]
) -> Message:
    phrases = ", ".join(t.phrase for t in themes[:3])
    if module is not None and phrases:
        return msg("weak.fix.dropoff_themes", position=module[0], module=module[1],
                   themes=phrases)  # fmt: skip
    if module is not None:
        return msg("weak.fix.dropoff", position=module[0], module=module[1])
    if phrases:
        return msg("weak.fix.themes", themes=phrases)
    if "low_rating" in kinds or "negative_comments" in kinds:
        return msg("weak.fix.rating")
    if "low_completion" in kinds:
        return msg("weak.fix.completion")
    return msg("weak.fix.overdue")
