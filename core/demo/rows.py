"""The company and catalog as row tuples in :data:`core.demo.store.COLUMNS` order."""

from __future__ import annotations

from typing import Any

from core.demo.catalog import Catalog
from core.demo.company import Company
from core.demo.dates import day_text

Rows = list[tuple[Any, ...]]


def company_rows(company: Company) -> dict[str, Rows]:
    roles = sorted(company.roles.values(), key=lambda r: r.id)
    return {
        "skills": list(company.skill_rows),
        "departments": [(d.id, d.name, d.code, d.yearly_budget) for d in company.departments],
        "roles": [(r.id, r.name, r.code, r.description) for r in roles],
        "role_skills": [(r.id, s, level) for r in roles for s, level in r.skills],
        "employees": [
            (
                p.id,
                p.employee_id,
                p.name,
                p.email,
                p.department_id,
                p.role_id,
                p.manager_id,
                day_text(p.hire_day),
                int(p.active),
            )
            for p in company.people
        ],
    }


def catalog_rows(catalog: Catalog) -> dict[str, Rows]:
    courses = catalog.courses
    path_items = [
        (p.id, position, course_id, offset)
        for p in catalog.paths
        for position, (course_id, offset) in enumerate(p.items, start=1)
    ]
    return {
        "courses": [
            (
                c.id,
                c.code,
                c.title,
                c.description,
                c.category,
                c.tags,
                c.provider,
                c.price,
                c.currency,
                c.certificate_price,
                c.hours,
                c.format,
                c.language,
                c.difficulty,
                c.validity_months,
                c.status,
            )
            for c in courses
        ],
        "course_modules": list(catalog.module_rows),
        "course_skills": [(c.id, s, level) for c in courses for s, level in c.skills],
        "prerequisites": list(catalog.prerequisites),
        "path_templates": [(p.id, p.name, p.description) for p in catalog.paths],
        "path_items": [(n, *item) for n, item in enumerate(path_items, start=1)],
    }
