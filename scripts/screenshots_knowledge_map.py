"""Screenshots of the knowledge map, into ./screenshots/.

    .venv/bin/python scripts/screenshots_knowledge_map.py [--out screenshots] [--lang en|zh_CN]
        [--people 120] [--courses 80]

Builds the demo company in a temporary folder, opens the real main window and its knowledge
map, and saves: the whole catalog, a role's skills and courses, a course's neighbourhood
(a course with a Chinese title) and a person's path; plus the PNG and SVG exports of the
role map.
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
    shots = demo_session(__doc__, "training-desk-kmap-shots-")
    args = shots.args
    work = shots.work
    shoot = shots.shoot
    suffix = shots.suffix
    window = shots.window
    from desktop.gui.knowledge_actions import open_knowledge_map

    with window.db.reading() as session:
        role, course, person = _examples(session)
    kmap = open_knowledge_map(window.section("catalog"))
    shows = [
        ("all", "", "kmap-01-whole-catalog"),
        ("role", role, "kmap-02-role"),
        ("course", course, "kmap-03-course-neighbourhood"),
        ("person", person, "kmap-04-person-path"),
    ]
    for kind, value, name in shows:
        _show(kmap, kind, value)
        shoot(kmap, f"{name}{suffix}")
        if kind == "role":
            from desktop.gui.knowledge_view import export_png, export_svg

            scene = kmap.view.scene()
            for path in (args.out / f"{name}{suffix}.export.png", work / f"{name}.svg"):
                (export_svg if path.suffix == ".svg" else export_png)(scene, path)
                sys.stdout.write(f"wrote {path}\n")
    kmap.view.resetTransform()  # natural size: is the text readable?
    kmap.view.centerOn(kmap.node_items[0])
    shoot(kmap, f"kmap-05-person-path-zoomed{suffix}")
    kmap.close()
    window.close()
    sys.stdout.write(f"screenshots in {args.out}\n")
    return 0


def _show(kmap: Any, kind: str, value: str) -> None:
    kmap.set_filter(kind, value)
    before = kmap.map
    kmap.show_map()
    wait_until(lambda: kmap.map is not before and not kmap.loading, timeout_s=60)


def _examples(session: Any) -> tuple[str, str, str]:
    """A role with many skills, a Chinese course with prerequisites, a person with open work."""
    from sqlalchemy import func, select

    from db.models import Assignment, Course, Employee, Prerequisite, Role, RoleSkill

    role = session.execute(
        select(Role.name)
        .join(RoleSkill, RoleSkill.role_id == Role.id)
        .group_by(Role.id)
        .order_by(func.count().desc(), Role.name)
    ).scalar()
    courses = session.execute(
        select(Course.code, Course.title)
        .join(Prerequisite, Prerequisite.course_id == Course.id)
        .order_by(Course.code)
    ).all()
    course = next((c for c, t in courses if any(ord(ch) > 0x3000 for ch in t)), courses[0][0])
    person = session.execute(
        select(Employee.employee_id)
        .join(Assignment, Assignment.employee_id == Employee.id)
        .where(Assignment.status.in_(("not_started", "in_progress")))
        .group_by(Employee.id)
        .order_by(func.count().desc(), Employee.employee_id)
    ).scalar()
    return role or "", course, person or ""


if __name__ == "__main__":
    raise SystemExit(main())
