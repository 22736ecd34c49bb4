"""Properties of the backup rotation over arbitrary backup histories."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from db.backup import BackupInfo, BackupPolicy, backups_to_keep

NOW = dt.datetime(2026, 6, 30, 18, 0)
moments = st.lists(
    st.datetimes(min_value=dt.datetime(2024, 1, 1), max_value=NOW),
    min_size=1,
    max_size=60,
    unique=True,
)
policies = st.builds(BackupPolicy, st.integers(0, 10), st.integers(0, 6), st.integers(0, 14))


@given(moments, policies)
def test_rotation_is_bounded_keeps_the_newest_and_one_per_bucket(
    taken: list[dt.datetime], policy: BackupPolicy
) -> None:
    history = sorted(
        (BackupInfo(Path(f"b{i}.db"), moment, "daily") for i, moment in enumerate(taken)),
        key=lambda b: b.taken_at,
        reverse=True,
    )
    kept = backups_to_keep(history, policy, NOW)
    assert history[0].path in kept
    assert len(kept) <= 1 + policy.keep_daily + policy.keep_weekly + policy.keep_monthly
    kept_days = [b.taken_at.date() for b in history if b.path in kept]
    recent_days = {NOW.date() - dt.timedelta(days=n) for n in range(policy.keep_daily)}
    for day in recent_days:
        on_day = [b for b in history if b.taken_at.date() == day]
        if on_day:  # the newest backup of each recent day survives, and only one of that day
            assert on_day[0].path in kept
    assert len(kept_days) == len(kept)
