"""The demo's word lists and templates, read from ``resources/demo/*.json``.

Keeping names, course texts and comments in data files lets a translator or a product person
improve the demo without touching the generator.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from db.resources import resource_path

LANGUAGES = ("en", "zh")


def _load(name: str) -> dict[str, Any]:
    with resource_path("resources", "demo", name).open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


@dataclass(frozen=True)
class DepartmentSeed:
    name: str
    code: str
    weight: float
    budget_per_head: float
    chinese_share: float
    email_share: float
    roles: tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class RoleSeed:
    code: str
    name: str
    description: str
    skills: tuple[tuple[str, int], ...]


@dataclass(frozen=True)
class ProviderSeed:
    name: str
    kind: str  # internal / company / expert
    currency: str | None
    price: tuple[float, float] | None
    certificate_price: tuple[float, float] | None
    languages: tuple[str, ...]
    weight: float


@dataclass(frozen=True)
class PathSeed:
    name: str
    description: str
    audience: str  # new_joiners / managers / role:CODE,CODE
    gap_days: int
    topics: tuple[str, ...]


@dataclass(frozen=True)
class TopicSeed:
    key: str
    lang: str
    title: str
    category: str
    tags: tuple[str, ...]
    skills: tuple[str, ...]
    difficulty: str
    formats: tuple[str, ...]
    summary: tuple[str, ...]
    modules: tuple[str, ...]
    validity_months: int | None
    mandatory_group: str | None
    # Department codes whose people must take it; "*" is everyone.
    mandatory_for: tuple[str, ...]
    requires: tuple[str, ...]


@dataclass(frozen=True)
class Seeds:
    company: dict[str, Any]
    names: dict[str, Any]
    courses: dict[str, Any]
    feedback: dict[str, Any]
    departments: tuple[DepartmentSeed, ...]
    roles: tuple[RoleSeed, ...]
    providers: tuple[ProviderSeed, ...]
    paths: tuple[PathSeed, ...]
    topics: tuple[TopicSeed, ...]


def _range(value: list[float] | None) -> tuple[float, float] | None:
    return (float(value[0]), float(value[1])) if value else None


def _department(raw: dict[str, Any]) -> DepartmentSeed:
    return DepartmentSeed(
        name=raw["name"],
        code=raw["code"],
        weight=float(raw["weight"]),
        budget_per_head=float(raw["budget_per_head"]),
        chinese_share=float(raw["chinese_share"]),
        email_share=float(raw["email_share"]),
        roles=tuple((code, float(weight)) for code, weight in raw["roles"]),
    )


def _role(raw: dict[str, Any]) -> RoleSeed:
    skills = tuple((name, int(level)) for name, level in raw["skills"])
    return RoleSeed(raw["code"], raw["name"], raw["description"], skills)


def _provider(raw: dict[str, Any]) -> ProviderSeed:
    return ProviderSeed(
        name=raw["name"],
        kind=raw["kind"],
        currency=raw["currency"],
        price=_range(raw["price"]),
        certificate_price=_range(raw["certificate_price"]),
        languages=tuple(raw["languages"]),
        weight=float(raw["weight"]),
    )


def _path(raw: dict[str, Any]) -> PathSeed:
    return PathSeed(
        raw["name"], raw["description"], raw["audience"], int(raw["gap_days"]), tuple(raw["topics"])
    )


def _topic(raw: dict[str, Any]) -> TopicSeed:
    return TopicSeed(
        key=raw["key"],
        lang=raw["lang"],
        title=raw["title"],
        category=raw["category"],
        tags=tuple(raw["tags"]),
        skills=tuple(raw["skills"]),
        difficulty=raw["difficulty"],
        formats=tuple(raw["formats"]),
        summary=tuple(raw["summary"]),
        modules=tuple(raw["modules"]),
        validity_months=raw.get("validity_months"),
        mandatory_group=raw.get("mandatory_group"),
        mandatory_for=tuple(raw.get("mandatory_for", ())),
        requires=tuple(raw.get("requires", ())),
    )


@lru_cache(maxsize=1)
def load_seeds() -> Seeds:
    """Read every seed file once per process; the result is never modified."""
    company = _load("company.json")
    courses = _load("courses.json")
    return Seeds(
        company=company,
        names=_load("names.json"),
        courses=courses,
        feedback=_load("feedback.json"),
        departments=tuple(_department(d) for d in company["departments"]),
        roles=tuple(_role(r) for r in company["roles"]),
        providers=tuple(_provider(p) for p in company["providers"]),
        paths=tuple(_path(p) for p in company["paths"]),
        topics=tuple(_topic(t) for t in courses["topics"]),
    )
