"""The demo catalog: courses built from topic templates, their modules, prerequisites, paths.

Course ``i`` uses topic ``i mod T`` in its ``i div T``-th variant (first the topic's own level,
then the other two levels, then editions such as "Workshop"), so a small catalog holds one
course per topic and a big one many variants. Prerequisites only ever point to a course
with a smaller id, which keeps the prerequisite graph acyclic by construction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from core.demo.seeds import ProviderSeed, Seeds, TopicSeed
from db.models import DIFFICULTIES

HOURS_BY_FORMAT: dict[str, tuple[float, ...]] = {
    "video": (1, 1.5, 2, 2.5, 3, 4, 5, 6),
    "online": (2, 3, 4, 5, 6, 8, 10, 12),
    "classroom": (4, 7, 8, 14, 16),
    "blended": (8, 10, 12, 16, 20, 24),
}
MODULES_BY_FORMAT: dict[str, tuple[int, int]] = {
    "video": (3, 5),
    "online": (3, 7),
    "classroom": (3, 6),
    "blended": (5, 8),
}
LEVEL_TAUGHT = {"beginner": 2, "intermediate": 3, "advanced": 4}
RETIRED_SHARE = 0.05
EXTRA_PREREQUISITE_SHARE = 0.05
CERTIFICATE_PRICE_SHARE = 0.6


@dataclass(slots=True)
class CourseSpec:
    id: int
    code: str
    title: str
    description: str
    category: str
    tags: str
    provider: str
    price: float | None
    currency: str | None
    certificate_price: float | None
    hours: float
    format: str
    language: str
    difficulty: str
    validity_months: int | None
    status: str
    topic: TopicSeed
    cycle: int
    assessed: bool
    popularity: float
    skills: tuple[tuple[int, int], ...] = ()
    module_ids: tuple[int, ...] = ()
    module_minutes: tuple[float, ...] = ()

    @property
    def mandatory_group(self) -> str | None:
        """Only a topic's first course is the one people must take."""
        return self.topic.mandatory_group if self.cycle == 0 else None


@dataclass(slots=True)
class PathSpec:
    id: int
    name: str
    description: str
    audience: str
    items: list[tuple[int, int]]  # (course id, due offset in days)


@dataclass
class Catalog:
    courses: list[CourseSpec] = field(default_factory=list)
    module_rows: list[tuple[int, int, int, str, float]] = field(default_factory=list)
    prerequisites: list[tuple[int, int]] = field(default_factory=list)
    paths: list[PathSpec] = field(default_factory=list)
    first_of_topic: dict[str, int] = field(default_factory=dict)

    def course(self, course_id: int) -> CourseSpec:
        return self.courses[course_id - 1]


def _price(rng: random.Random, bounds: tuple[float, float]) -> float:
    """A shop price: 49, 129, 1,499 — not 137.42."""
    value = rng.uniform(*bounds)
    step = 10 if value < 200 else 50
    return float(max(9, round(value / step) * step - 1))


def _difficulty(rng: random.Random, topic: TopicSeed, cycle: int) -> str:
    others = [d for d in DIFFICULTIES if d != topic.difficulty]
    order = [topic.difficulty, *others]
    return order[cycle] if cycle < len(order) else rng.choice(DIFFICULTIES)


def _title(texts: dict[str, Any], topic: TopicSeed, cycle: int, difficulty: str) -> str:
    if cycle == 0:
        return topic.title
    label = texts["level_labels"][topic.lang][difficulty]
    suffix = ""
    if cycle >= len(DIFFICULTIES):
        editions = texts["editions"][topic.lang]
        round_, index = divmod(cycle - len(DIFFICULTIES), len(editions))
        suffix = editions[index] + (f" {round_ + 1}" if round_ else "")
    if topic.lang == "zh":
        return f"{topic.title}（{label}）" + (f"·{suffix}" if suffix else "")
    return f"{topic.title}: {label}" + (f" ({suffix})" if suffix else "")


def _description(
    rng: random.Random, texts: dict[str, Any], topic: TopicSeed, fmt: str, spec: CourseSpec
) -> str:
    lang = topic.lang
    sentences = list(topic.summary)
    sentences.append(rng.choice(texts["format_sentences"][lang][fmt]))
    sentences.append(texts["difficulty_sentences"][lang][spec.difficulty])
    if spec.validity_months:
        template = texts["certification_sentences"][lang]
        sentences.append(template.format(months=spec.validity_months))
    return ("" if lang == "zh" else " ").join(sentences)


def _provider(
    rng: random.Random, providers: tuple[ProviderSeed, ...], topic: TopicSeed, cycle: int
) -> ProviderSeed:
    fitting = [p for p in providers if topic.lang in p.languages]
    if topic.mandatory_group and cycle == 0:
        # What everyone must take is written in-house, in both languages.
        return next(p for p in fitting if p.kind == "internal")
    return rng.choices(fitting, weights=[p.weight for p in fitting])[0]


def _course(rng: random.Random, seeds: Seeds, index: int, codes: dict[str, int]) -> CourseSpec:
    topics = seeds.topics
    topic, cycle = topics[index % len(topics)], index // len(topics)
    texts = seeds.courses
    difficulty = _difficulty(rng, topic, cycle)
    fmt = rng.choice(topic.formats)
    provider = _provider(rng, seeds.providers, topic, cycle)
    prefix = texts["category_codes"][topic.category]
    codes[prefix] = codes.get(prefix, 100) + 1
    validity = topic.validity_months
    assessed = difficulty != "beginner" or validity is not None or rng.random() < 0.3
    spec = CourseSpec(
        id=index + 1,
        code=f"{prefix}-{codes[prefix]}",
        title=_title(texts, topic, cycle, difficulty),
        description="",
        category=topic.category,
        tags=",".join(topic.tags),
        provider=provider.name,
        price=_price(rng, provider.price) if provider.price else None,
        currency=provider.currency,
        certificate_price=None,
        hours=float(rng.choice(HOURS_BY_FORMAT[fmt])),
        format=fmt,
        language=topic.lang,
        difficulty=difficulty,
        validity_months=validity,
        status="active",
        topic=topic,
        cycle=cycle,
        assessed=assessed,
        # Some courses are simply talked about more; first editions most of all.
        popularity=rng.lognormvariate(0.0, 0.8) * (1.5 if cycle == 0 else 1.0),
    )
    if provider.certificate_price and assessed and rng.random() < CERTIFICATE_PRICE_SHARE:
        spec.certificate_price = _price(rng, provider.certificate_price)
    if cycle > 0 and not topic.mandatory_group and rng.random() < RETIRED_SHARE:
        spec.status = "retired"
    spec.description = _description(rng, texts, topic, fmt, spec)
    return spec


def _skills_taught(spec: CourseSpec, skill_ids: dict[str, int], rng: random.Random) -> None:
    main = LEVEL_TAUGHT[spec.difficulty]
    if spec.difficulty == "advanced" and spec.format in ("classroom", "blended"):
        main += int(rng.random() < 0.3)
    levels = [main] + [max(1, main - 1)] * (len(spec.topic.skills) - 1)
    spec.skills = tuple(
        (skill_ids[name], level) for name, level in zip(spec.topic.skills, levels, strict=True)
    )


def _modules(spec: CourseSpec, texts: dict[str, Any], rng: random.Random, catalog: Catalog) -> None:
    low, high = MODULES_BY_FORMAT[spec.format]
    count = rng.randint(low, high)
    generic = texts["generic_modules"][spec.language]
    middle = list(spec.topic.modules) + list(generic["extra"])
    titles = [generic["intro"], *middle[: count - 2], generic["wrap"]]
    weights = [0.5] + [1.0] * (count - 2) + [0.6]
    total = sum(weights)
    ids, minutes = [], []
    for position, (title, weight) in enumerate(zip(titles, weights, strict=True), start=1):
        hours = max(0.25, round(spec.hours * weight / total * 4) / 4)
        module_id = len(catalog.module_rows) + 1
        catalog.module_rows.append((module_id, spec.id, position, title, hours))
        ids.append(module_id)
        minutes.append(hours * 60)
    spec.module_ids, spec.module_minutes = tuple(ids), tuple(minutes)


def _prerequisites(spec: CourseSpec, catalog: Catalog, rng: random.Random) -> None:
    required: list[int] = []
    first = catalog.first_of_topic.get(spec.topic.key)
    if first is not None and first != spec.id:
        first_rank = DIFFICULTIES.index(catalog.course(first).difficulty)
        if DIFFICULTIES.index(spec.difficulty) > first_rank:
            required.append(first)
    if spec.cycle == 0:
        required.extend(
            catalog.first_of_topic[key]
            for key in spec.topic.requires
            if key in catalog.first_of_topic
        )
    if spec.id > 1 and rng.random() < EXTRA_PREREQUISITE_SHARE:
        same_category = [
            c.id for c in catalog.courses[: spec.id - 1] if c.category == spec.category
        ]
        if same_category:
            required.append(rng.choice(same_category))
    for required_id in dict.fromkeys(required):  # ordered and without repeats
        assert required_id < spec.id, "prerequisites point backwards, so there are no cycles"
        catalog.prerequisites.append((spec.id, required_id))


def _paths(seeds: Seeds, catalog: Catalog) -> None:
    for seed in seeds.paths:
        courses = [
            catalog.first_of_topic[key]
            for key in seed.topics
            if key in catalog.first_of_topic
            and catalog.course(catalog.first_of_topic[key]).status == "active"
        ]
        if len(courses) < 2:
            continue
        items = [(course_id, seed.gap_days * n) for n, course_id in enumerate(courses, start=1)]
        path = PathSpec(len(catalog.paths) + 1, seed.name, seed.description, seed.audience, items)
        catalog.paths.append(path)


def build_catalog(
    seeds: Seeds, course_count: int, skill_ids: dict[str, int], rng: random.Random
) -> Catalog:
    catalog = Catalog()
    codes: dict[str, int] = {}
    for index in range(course_count):
        spec = _course(rng, seeds, index, codes)
        _skills_taught(spec, skill_ids, rng)
        _modules(spec, seeds.courses, rng, catalog)
        _prerequisites(spec, catalog, rng)
        catalog.courses.append(spec)
        catalog.first_of_topic.setdefault(spec.topic.key, spec.id)
    _paths(seeds, catalog)
    return catalog
