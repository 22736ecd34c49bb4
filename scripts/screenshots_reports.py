"""Screenshots of the Reports section, into ./screenshots/.

    .venv/bin/python scripts/screenshots_reports.py [--out screenshots] [--lang en|zh_CN]

Builds the demo company in a temporary folder, opens the real main window, right-clicks
"Training plan" on a person with a Chinese name (the Reports section previews their plan),
then previews the compliance report.
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


def main() -> int:
    shots = demo_session(__doc__, "training-desk-shots-")
    shoot = shots.shoot
    suffix = shots.suffix
    window = shots.window
    people: Any = window.section("people")
    window.show_section("people")
    wait_until(lambda: bool(people.loaded))
    people.select_where(lambda r: any(ord(c) > 0x3000 for c in r.name) and r.active and r.role)
    people.training_plan()
    reports: Any = window.section("reports")
    wait_until(lambda: reports.previewed is not None, timeout_s=120)
    shoot(window, f"reports-01-training-plan{suffix}")
    reports.form.choose("compliance")
    reports.make_preview()
    wait_until(lambda: reports.previewed is not None, timeout_s=120)
    shoot(window, f"reports-02-compliance{suffix}")
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
