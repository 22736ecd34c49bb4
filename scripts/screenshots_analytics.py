"""Screenshots of the Analytics section's tabs on the demo company, into ./screenshots/.

    .venv/bin/python scripts/screenshots_analytics.py [--out screenshots] [--lang en|zh_CN]
        [--people 400] [--courses 80]

Builds the demo company in a temporary folder, opens the real main window on Analytics and
saves: Segments (a segment selected, a person clicked on the map), Feedback (a course whose
comments include Chinese ones), Weak courses (the first one with its comments) and At-risk.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.shot_support import (  # noqa: E402 - after the path is set
    demo_session,
    wait_until,
)


def has_chinese(text: str) -> bool:
    return any("\u4e00" <= c <= "\u9fff" for c in text)


def main() -> int:
    shots = demo_session(__doc__, "training-desk-shots-")
    args = shots.args
    shoot = shots.shoot
    suffix = shots.suffix
    window = shots.window
    analytics: Any = window.section("analytics")
    window.show_section("analytics")

    shoot_segments(analytics, window, shoot, suffix)
    shoot_feedback(analytics, window, shoot, suffix)
    shoot_weak_courses(analytics, window, shoot, suffix)
    tab = analytics.risk
    analytics.show_tab(tab)
    wait_until(lambda: tab.loaded, timeout_s=300)
    shoot(window, f"analytics-04-at-risk{suffix}")
    window.close()
    sys.stdout.write(f"screenshots in {args.out}\n")
    return 0


def shoot_segments(analytics: Any, window: Any, shoot: Any, suffix: str) -> None:
    tab = analytics.segments
    analytics.show_tab(tab)
    wait_until(lambda: tab.loaded, timeout_s=300)
    biggest = max(tab.result.segments, key=lambda s: s.size)
    person = next(p for p in tab.result.people if p.segment == biggest.index)
    tab.select_person(person)  # as a click on the person's dot does
    shoot(window, f"analytics-01-segments{suffix}")


def shoot_feedback(analytics: Any, window: Any, shoot: Any, suffix: str) -> None:
    tab = analytics.feedback
    analytics.show_tab(tab)
    wait_until(lambda: tab.loaded, timeout_s=300)
    # The course with most comments among those with a Chinese one, so both scripts show.
    courses = sorted(tab.summary.courses, key=lambda c: -c.comment_count)
    for course in courses[:15]:
        code: str = course.code
        tab.select_course(code)
        wait_until(lambda: tab.shown_course == code, timeout_s=60)  # noqa: B023 - waited here
        if any(has_chinese(text) for text in tab.comments.shown_texts()):
            break
    shoot(window, f"analytics-02-feedback{suffix}")


def shoot_weak_courses(analytics: Any, window: Any, shoot: Any, suffix: str) -> None:
    tab = analytics.weak_courses
    analytics.show_tab(tab)
    wait_until(lambda: tab.loaded, timeout_s=300)
    if tab.report.courses:
        code = tab.report.courses[0].code
        tab.select_course(code)
        wait_until(lambda: tab.shown_course == code, timeout_s=60)
    shoot(window, f"analytics-03-weak-courses{suffix}")


if __name__ == "__main__":
    raise SystemExit(main())
