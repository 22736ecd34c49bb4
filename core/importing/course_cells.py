"""The cells of a course row: code, money, hours, skills, prerequisites, tags, choices."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from core.importing.duration import parse_hours
from core.importing.money import Price, parse_amount, parse_price
from core.importing.rows import RowView
from core.importing.values import (
    Invalid,
    parse_difficulty,
    parse_format,
    parse_int,
    parse_language,
    parse_level,
    parse_status,
)
from core.messages import msg

DEFAULT_SKILL_LEVEL = 3
CODE_LIMIT = 64
_LIST_SPLIT = re.compile(r"[;,，；、\n]")
_SKILL_ITEM = re.compile(r"^(?P<name>.+?)\s*(?:[:：=]\s*(?P<level>\d+)|\((?P<paren>\d+)\))?$")
_CURRENCY = re.compile(r"^[A-Z]{3}$")


def derived_code(title: str, provider: str | None) -> str:
    """Stable across re-imports: a slug of the title and a short hash of title|provider."""

    def norm(text: str | None) -> str:
        return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())

    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:40].strip("-")
    digest = hashlib.sha1(f"{norm(title)}|{norm(provider)}".encode()).hexdigest()[:8]
    return f"{slug or 'course'}-{digest}"


def split_list(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for item in _LIST_SPLIT.split(text):
        if item.strip():
            seen.setdefault(item.strip(), None)
    return list(seen)


def parse_skills(text: str) -> tuple[tuple[str, int], ...]:
    parts = text.split(";") if ";" in text or "；" in text else _LIST_SPLIT.split(text)
    parts = [p for chunk in parts for p in chunk.split("；")]
    skills: dict[str, tuple[str, int]] = {}
    for part in (p.strip() for p in parts):
        if not part:
            continue
        match = _SKILL_ITEM.match(part)
        if match is None:
            raise Invalid("import.bad_skills", value=text)
        level_text = match["level"] or match["paren"]
        level = parse_level(level_text) if level_text else DEFAULT_SKILL_LEVEL
        name = match["name"].strip()
        if " ".join(name.split()).casefold() in skills:
            raise Invalid("import.bad_skills", value=text)
        skills[" ".join(name.split()).casefold()] = (name, level)
    return tuple(sorted(skills.values(), key=lambda item: item[0].casefold()))


def parse_currency(text: str) -> str:
    code = text.strip().upper()
    code = {"RMB": "CNY", "元": "CNY", "人民币": "CNY", "¥": "CNY"}.get(code, code)
    if not _CURRENCY.match(code):
        raise Invalid("import.bad_currency", value=text)
    return code


def read_code(view: RowView, title: str, provider: str | None) -> str:
    code = view.optional("code") or ""
    if not code:
        code = derived_code(title, provider) if title else ""
    elif len(code) > CODE_LIMIT:
        view.problem("code", msg("import.too_long", value=code[:40], limit=CODE_LIMIT))
    return code


def read_money(view: RowView, base_currency: str) -> dict[str, object]:
    """price, currency and certificate_price as far as the row's mapped columns say."""
    given = view.parse("currency", parse_currency)
    price = _read_price(view, given, base_currency)
    certificate: tuple[float, str | None] | None = None
    if view.optional("certificate_price"):
        certificate = view.parse(
            "certificate_price", lambda t: parse_amount(t, given, base_currency)
        )
    elif price and price.certificate is not None:
        certificate = (price.certificate, price.currency)
    currency = _settle_currency(view, given, price, certificate)
    found: dict[str, object] = {}
    if view.mapped("price"):
        found["price"] = price.amount if price else None
    if certificate is not None or view.mapped("certificate_price"):
        found["certificate_price"] = certificate[0] if certificate else None
    if currency is None and (found.get("price") or found.get("certificate_price")):
        currency = base_currency  # a bare amount is in the base currency
    if view.mapped("currency") or currency:
        found["currency"] = currency
    return found


def _read_price(view: RowView, given: str | None, base_currency: str) -> Price | None:
    text = view.optional("price")
    if text and text.lstrip().startswith("-"):
        view.problem("price", msg("import.negative_price", value=text))
        return None
    return view.parse("price", lambda t: parse_price(t, given, base_currency))


def _settle_currency(
    view: RowView,
    given: str | None,
    price: Price | None,
    certificate: tuple[float, str | None] | None,
) -> str | None:
    """One currency per course: the currency column, else the one the amounts were written in."""
    written = {c for c in (price and price.currency, certificate and certificate[1]) if c}
    if given and written - {given}:
        other = min(written - {given})
        value = view.optional("price") or view.optional("certificate_price")
        view.problem(
            "currency", msg("import.currency_conflict", value=value, found=other, given=given)
        )
    elif len(written) > 1:
        view.problem("price", msg("import.bad_price", value=view.optional("price")))
    return given or (min(written) if written else None)


def read_hours(view: RowView) -> float | None:
    weeks = view.optional("weeks")
    return view.parse("hours", lambda text: round(parse_hours(text, weeks), 6))


def read_choices(view: RowView) -> dict[str, object]:
    values: dict[str, object] = {}
    parsers = {
        "format": parse_format,
        "language": parse_language,
        "difficulty": parse_difficulty,
        "status": parse_status,
        "validity_months": lambda t: parse_int(t, 1, 1200),
    }
    for name, parser in parsers.items():
        if view.mapped(name):
            values[name] = view.parse(name, parser)
    if "status" in values and values["status"] is None:
        values["status"] = "active"
    return values
