"""Screenshots of the person page's Recommended tab and the path builder, into ./screenshots/.

    .venv/bin/python scripts/screenshots_recommend.py [--out screenshots] [--lang en|zh_CN]

Builds the demo company in a temporary folder, opens the real main window, picks a person
with a Chinese name who has a training history, and saves their Recommended tab, then the
path builder towards their role with the plan built and a step moved, and a course's
Similar courses tab.
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
    args = shots.args
    shoot = shots.shoot
    suffix = shots.suffix
    window = shots.window
    people: Any = window.section("people")
    window.show_section("people")
    wait_until(lambda: bool(people.loaded))
    people.detail_tabs.setCurrentWidget(people.recommended)
    people.select_where(lambda r: any(ord(c) > 0x3000 for c in r.name) and r.active and r.role)
    person = people.selected_row()
    wait_until(lambda: people.recommended.shown_for == person.employee_id, timeout_s=120)
    shoot(window, f"recommend-01-person-recommended{suffix}")
    shoot_path_builder(window, person, shoot, suffix)

    catalog: Any = window.section("catalog")
    window.show_section("catalog")
    wait_until(lambda: bool(catalog.loaded))
    catalog.detail_tabs.setCurrentWidget(catalog.similar)
    catalog.select_where(lambda r: any(ord(c) > 0x3000 for c in r.title) and r.status == "active")
    course = catalog.selected_row()
    wait_until(lambda: catalog.similar.shown_for == course.code, timeout_s=60)
    shoot(window, f"recommend-04-similar-courses{suffix}")
    window.close()
    sys.stdout.write(f"screenshots in {args.out}" + "\n")
    return 0


def shoot_path_builder(window: Any, person: Any, shoot: Any, suffix: str) -> None:
    from core.people import role_rows
    from desktop.gui import states
    from desktop.gui.path_builder_dialog import PathBuilderDialog
    from scripts.screenshots import wait_until

    people: Any = window.section("people")
    with window.db.reading() as session:
        roles = [r.name for r in role_rows(session)]
    dialog = PathBuilderDialog(
        people, window.db, (person.employee_id, person.name), roles, person.role, states.today()
    )
    dialog.show()
    dialog.build()
    wait_until(lambda: dialog.plan is not None or bool(dialog.problem.text()), timeout_s=60)
    shoot(dialog, f"recommend-02-path-builder{suffix}")
    if dialog.plan is not None and len(dialog.plan.steps) > 1:
        dialog.table.selectRow(len(dialog.plan.steps) - 1)
        dialog.move_step(-1)  # may be refused: the refusal is then in the picture
        shoot(dialog, f"recommend-03-path-builder-moved{suffix}")
    dialog.close()


if __name__ == "__main__":
    raise SystemExit(main())
