"""The demo company: departments with budgets, roles with required skills, and its people.

People are numbered department by department, each department's head first and then its
managers layer by layer, so every manager has a smaller id than the people reporting to them.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass, field
from typing import Any

from core.demo.seeds import DepartmentSeed, RoleSeed, Seeds

# Reports per manager before another management layer is added.
SPAN_OF_CONTROL = 8
NEW_JOINER_SHARE = 0.14
INACTIVE_SHARE = 0.04
MIN_PEOPLE_WITH_LEAVERS = 20
HISTORY_DAYS = 548  # about the 18 months of history: who counts as a recent hire


@dataclass(frozen=True, slots=True)
class Department:
    id: int
    name: str
    code: str
    yearly_budget: float
    seed: DepartmentSeed


@dataclass(frozen=True, slots=True)
class Role:
    id: int
    code: str
    name: str
    description: str
    skills: tuple[tuple[int, int], ...]  # (skill id, required level)


@dataclass(slots=True)
class Person:
    id: int
    employee_id: str
    name: str
    email: str | None
    department_id: int
    department_code: str
    role_id: int
    role_code: str
    manager_id: int | None
    hire_day: int  # date ordinal
    chinese: bool
    is_manager: bool
    active: bool = True
    leave_day: int | None = None


@dataclass
class Company:
    departments: list[Department]
    roles: dict[str, Role]
    skill_ids: dict[str, int]
    skill_rows: list[tuple[int, str, str]]
    rare_skill_ids: list[int]
    people: list[Person] = field(default_factory=list)
    # Skills exactly one person holds (the skills matrix flags them).
    rare_holders: dict[int, int] = field(default_factory=dict)


def department_sizes(learners: int, weights: list[float]) -> list[int]:
    """Split ``learners`` by weight, at least one each, by largest remainder (ties by order)."""
    sizes = [1] * len(weights)
    spare = learners - len(weights)
    total = sum(weights)
    shares = [spare * w / total for w in weights]
    for index, share in enumerate(shares):
        sizes[index] += int(share)
    left = learners - sum(sizes)
    by_remainder = sorted(range(len(weights)), key=lambda i: (-(shares[i] % 1), i))
    for index in by_remainder[:left]:
        sizes[index] += 1
    return sizes


def manager_positions(size: int, span: int = SPAN_OF_CONTROL) -> list[int | None]:
    """For positions 0..size-1 of a department (0 is its head), the position of each manager.

    Layers are filled top-down, so a manager always sits at a smaller position than the
    people reporting to them, and no manager has many more than ``span`` reports.
    """
    layers: list[int] = []
    remaining = size - 1
    while remaining > span:
        leaders = math.ceil(remaining / (span + 1))
        layers.append(remaining - leaders)
        remaining = leaders
    if remaining:
        layers.append(remaining)
    layers.reverse()
    managers: list[int | None] = [None] * size
    above, start = [0], 1
    for layer_size in layers:
        layer = list(range(start, start + layer_size))
        for k, position in enumerate(layer):
            managers[position] = above[k * len(above) // layer_size]
        above, start = layer, start + layer_size
    return managers


def _weighted_choice(rng: random.Random, options: tuple[tuple[str, float], ...]) -> str:
    return rng.choices([o[0] for o in options], weights=[o[1] for o in options])[0]


def _skills(seeds: Seeds) -> tuple[dict[str, int], list[tuple[int, str, str]], list[int]]:
    rows: list[tuple[int, str, str]] = []
    rare: list[int] = []
    for kind in ("skills", "rare_skills"):
        for raw in seeds.company[kind]:
            rows.append((len(rows) + 1, raw["name"], raw["category"]))
            if kind == "rare_skills":
                rare.append(len(rows))
    return {name: skill_id for skill_id, name, _ in rows}, rows, rare


def _roles(seeds: tuple[RoleSeed, ...], skill_ids: dict[str, int]) -> dict[str, Role]:
    return {
        seed.code: Role(
            id=index,
            code=seed.code,
            name=seed.name,
            description=seed.description,
            skills=tuple((skill_ids[name], level) for name, level in seed.skills),
        )
        for index, seed in enumerate(seeds, start=1)
    }


def department_count(learners: int, seeds: Seeds) -> int:
    """Six departments for a small company; bigger demos add departments as they grow."""
    core = int(seeds.company["core_departments"])
    extra = learners // int(seeds.company["learners_per_extra_department"])
    return max(1, min(core + extra, len(seeds.departments), learners))


class _Staffing:
    """Names, unique e-mail addresses and employee ids for the people being hired."""

    def __init__(self, seeds: Seeds) -> None:
        self.names: dict[str, Any] = seeds.names
        self.domain: str = seeds.company["email_domain"]
        self.id_prefix: str = seeds.company["employee_id_prefix"]
        self.head_role: str = seeds.company["head_role"]
        self.manager_role: str = seeds.company["manager_role"]
        self.used_emails: set[str] = set()

    def name(self, rng: random.Random, chinese: bool) -> tuple[str, str]:
        """The display name and the e-mail's local part."""
        names = self.names
        if not chinese:
            first, last = rng.choice(names["english_first"]), rng.choice(names["english_last"])
            return f"{first} {last}", f"{first}.{last}"
        surname, surname_pinyin = rng.choice(names["chinese_surnames"])
        if rng.random() < names["english_name_share_for_chinese"]:
            first = rng.choice(names["english_first"])
            return f"{first} {surname_pinyin}", f"{first}.{surname_pinyin}"
        given, given_pinyin = rng.choice(names["chinese_given"])
        return f"{surname}{given}", f"{given_pinyin}.{surname_pinyin}"

    def email(self, local: str) -> str:
        base = "".join(c for c in local.lower() if c.isalnum() or c == ".")
        candidate, n = base, 1
        while candidate in self.used_emails:
            n += 1
            candidate = f"{base}{n}"
        self.used_emails.add(candidate)
        return f"{candidate}@{self.domain}"


def _tenure_days(rng: random.Random, position: int, is_manager: bool) -> int:
    if position == 0:
        return rng.randint(4 * 365, 16 * 365)
    if is_manager:
        return min(700 + int(rng.expovariate(1 / 1500)), 20 * 365)
    if rng.random() < NEW_JOINER_SHARE:
        return rng.randint(5, HISTORY_DAYS)
    return min(HISTORY_DAYS + int(rng.expovariate(1 / 1100)), 25 * 365)


def _leavers(rng: random.Random, people: list[Person], as_of: int) -> None:
    """A few staff left during the 18 months; their history stays, their flag goes off."""
    if len(people) < MIN_PEOPLE_WITH_LEAVERS:
        return
    candidates = [p for p in people if not p.is_manager and p.hire_day < as_of - 120]
    count = min(len(candidates), max(1, round(len(people) * INACTIVE_SHARE)))
    for person in rng.sample(candidates, count):
        earliest = max(person.hire_day + 90, as_of - 420)
        person.active = False
        person.leave_day = rng.randint(earliest, as_of - 20)


def _department_people(
    rng: random.Random,
    company: Company,
    department: Department,
    size: int,
    as_of: int,
    staffing: _Staffing,
) -> None:
    seeds = department.seed
    first_id = len(company.people) + 1
    managers = manager_positions(size)
    leads = {m for m in managers if m is not None}
    for position in range(size):
        person_id = first_id + position
        is_manager = position in leads or position == 0
        if position == 0:
            role = company.roles[staffing.head_role]
            manager_id = None if first_id == 1 else 1  # heads report to the first head
        else:
            code = staffing.manager_role if is_manager else _weighted_choice(rng, seeds.roles)
            role = company.roles[code]
            manager_position = managers[position]
            assert manager_position is not None
            manager_id = first_id + manager_position
        chinese = rng.random() < seeds.chinese_share
        display, local = staffing.name(rng, chinese)
        email = staffing.email(local) if rng.random() < seeds.email_share else None
        person = Person(
            id=person_id,
            employee_id=f"{staffing.id_prefix}{person_id:05d}",
            name=display,
            email=email,
            department_id=department.id,
            department_code=department.code,
            role_id=role.id,
            role_code=role.code,
            manager_id=manager_id,
            hire_day=as_of - _tenure_days(rng, position, is_manager),
            chinese=chinese,
            is_manager=is_manager,
        )
        company.people.append(person)


def build_company(seeds: Seeds, learners: int, as_of: int, rng: random.Random) -> Company:
    skill_ids, skill_rows, rare = _skills(seeds)
    roles = _roles(seeds.roles, skill_ids)
    chosen = seeds.departments[: department_count(learners, seeds)]
    sizes = department_sizes(learners, [d.weight for d in chosen])
    departments = [
        Department(
            id=index,
            name=seed.name,
            code=seed.code,
            yearly_budget=float(max(1000, round(size * seed.budget_per_head, -3))),
            seed=seed,
        )
        for index, (seed, size) in enumerate(zip(chosen, sizes, strict=True), start=1)
    ]
    company = Company(departments, roles, skill_ids, skill_rows, rare)
    staffing = _Staffing(seeds)
    for department, size in zip(departments, sizes, strict=True):
        _department_people(rng, company, department, size, as_of, staffing)
    _leavers(rng, company.people, as_of)
    active = [p.id for p in company.people if p.active]
    for skill_id in rare:
        company.rare_holders[skill_id] = rng.choice(active)
    return company
