"""Typed settings stored as key → JSON rows in the ``settings`` table."""

from __future__ import annotations

import json
import math
import re
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import AppError
from core.messages import Message, msg
from db.backup import BackupPolicy
from db.models import Setting

PAGE_SIZES = ("A4", "Letter")
_CURRENCY = re.compile(r"^[A-Z]{3}$")
# The blend weights an admin may adjust (their defaults live in core.recommend.weights,
# which this module does not import: it would load numpy at start-up).
BLEND_WEIGHT_NAMES = ("content", "skill_gap", "colleagues", "quality")
DIVERSITY_NAME = "diversity_lambda"


@dataclass
class AppSettings:
    company_name: str = "My Company"
    # The logo itself (PNG, base64), so reports print it on any machine the file moves to.
    company_logo_png: str = ""
    language: str = "en"
    page_size: str = "A4"
    base_currency: str = "USD"
    # Units of base currency for one unit of each other currency: {"EUR": 1.08}.
    exchange_rates: dict[str, float] = field(default_factory=dict)
    backup_keep_daily: int = 7
    backup_keep_weekly: int = 4
    backup_keep_monthly: int = 12
    backup_on_open: bool = True
    # The recommender's adjusted weights by name (BLEND_WEIGHT_NAMES, DIVERSITY_NAME);
    # a missing name keeps its default, so {} is "reset to defaults".
    recommend_weights: dict[str, float] = field(default_factory=dict)

    def backup_policy(self) -> BackupPolicy:
        return BackupPolicy(
            keep_daily=self.backup_keep_daily,
            keep_weekly=self.backup_keep_weekly,
            keep_monthly=self.backup_keep_monthly,
            on_open=self.backup_on_open,
        )

    def problems(self) -> list[str]:
        """Readable problems with the values; empty when they can be saved."""
        found = []
        if not self.company_name.strip():
            found.append("company name: write the company's name")
        if self.page_size not in PAGE_SIZES:
            found.append(f"page size: choose one of {', '.join(PAGE_SIZES)}")
        if not _CURRENCY.match(self.base_currency):
            found.append("base currency: use a 3-letter code such as USD, EUR or CNY")
        for code, rate in self.exchange_rates.items():
            if not _CURRENCY.match(code):
                found.append(f"exchange rate {code!r}: use a 3-letter currency code")
            elif not rate > 0:
                found.append(f"exchange rate {code}: the rate must be above 0")
        for name in ("backup_keep_daily", "backup_keep_weekly", "backup_keep_monthly"):
            if not 0 <= getattr(self, name) <= 366:
                found.append(f"{name.replace('_', ' ')}: use a number from 0 to 366")
        return found + [problem.text() for problem in weight_problems(self.recommend_weights)]

    def with_normalised_weights(self) -> AppSettings:
        """The blend weights scaled to sum to 1 (they read as shares), the rest unchanged."""
        stored = self.recommend_weights
        blend = {name: stored[name] for name in BLEND_WEIGHT_NAMES if name in stored}
        total = sum(blend.values())
        if not blend or total <= 0 or len(blend) < len(BLEND_WEIGHT_NAMES):
            return self  # partial sets are completed from the defaults by the recommender
        scaled = {name: round(value / total, 6) for name, value in blend.items()}
        return replace(self, recommend_weights={**stored, **scaled})

    def to_base(self, amount: float, currency: str | None) -> float:
        """Convert ``amount`` in ``currency`` to the base currency (a bare amount is base)."""
        if not currency or currency == self.base_currency:
            return amount
        rate = self.exchange_rates.get(currency)
        if rate is None:
            raise AppError(
                msg(
                    "settings.bad_value",
                    field=currency,
                    problem="no exchange rate; add one in Settings",
                )
            )
        return amount * rate


def weight_problems(weights: dict[str, float]) -> list[Message]:
    """What is wrong with adjusted recommender weights; empty when they can be used."""
    found: list[Message] = []
    known = (*BLEND_WEIGHT_NAMES, DIVERSITY_NAME)
    for name, value in weights.items():
        if name not in known:
            found.append(msg("recommend.weight_unknown", name=name, known=", ".join(known)))
        elif not isinstance(value, int | float) or not math.isfinite(value):
            found.append(msg("recommend.weight_not_number", name=name, value=value))
        elif name == DIVERSITY_NAME and not 0.0 <= value <= 1.0:
            found.append(msg("recommend.diversity_range", value=value))
        elif value < 0:
            found.append(msg("recommend.weight_negative", name=name, value=value))
    blend = [weights[n] for n in BLEND_WEIGHT_NAMES if n in weights]
    if len(blend) == len(BLEND_WEIGHT_NAMES) and not found and sum(blend) <= 0:
        found.append(msg("recommend.weights_all_zero"))
    return found


def load_settings(session: Session) -> AppSettings:
    stored = {row.key: row.value for row in session.scalars(select(Setting))}
    values: dict[str, Any] = {}
    for f in fields(AppSettings):
        if f.name in stored:
            try:
                values[f.name] = json.loads(stored[f.name])
            except ValueError:
                continue  # an unreadable value falls back to its default
    return AppSettings(**values)


def save_settings(session: Session, settings: AppSettings) -> None:
    problems = settings.problems()
    if problems:
        raise AppError(msg("settings.bad_value", field="settings", problem="; ".join(problems)))
    settings = settings.with_normalised_weights()
    current = {row.key: row for row in session.scalars(select(Setting))}
    for key, value in asdict(settings).items():
        encoded = json.dumps(value, ensure_ascii=False, sort_keys=True)
        row = current.get(key)
        if row is None:
            session.add(Setting(key=key, value=encoded))
        elif row.value != encoded:
            row.value = encoded
