"""Prices as real files write them: "¥1,299.00", "$49", "1.299,00 €", "Free",
"FREE-Add a Verified Certificate for $49 USD" (a free course whose certificate costs 49 USD).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.importing.values import Invalid

_SYMBOLS = (
    ("US$", "USD"), ("HK$", "HKD"), ("A$", "AUD"), ("C$", "CAD"), ("S$", "SGD"),
    ("RMB", "CNY"), ("元", "CNY"), ("人民币", "CNY"), ("円", "JPY"),
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₹", "INR"), ("₩", "KRW"), ("₽", "RUB"),
)  # fmt: skip
_YEN = ("¥", "￥")
_FREE = {"free", "免费", "gratis", "gratuit", "gratuito", "无", "-", "none"}
_CERTIFICATE = re.compile(
    r"^(?:free|免费)\s*[-–:,(]?\s*(?:add\s+)?(?:an?\s+)?(?:verified\s+)?certificate\s+"
    r"(?:for\s+)?(?P<amount>.+?)\)?$",
    re.IGNORECASE,
)
_NUMBER = re.compile(r"^\d[\d.,' ]*$|^\d*[.,]\d+$")
_CODE = re.compile(r"\b([A-Z]{3})\b")


@dataclass(frozen=True)
class Price:
    amount: float
    currency: str | None  # None: the file did not say (a bare amount)
    certificate: float | None = None


def parse_price(text: str, row_currency: str | None, base_currency: str) -> Price:
    """``row_currency``: the row's own currency column, which settles "¥" (CNY or JPY)."""
    folded = text.strip().casefold()
    if folded in _FREE:
        return Price(0.0, None)
    certificate = _CERTIFICATE.match(text.strip())
    if certificate:
        amount, currency = parse_amount(certificate["amount"], row_currency, base_currency)
        return Price(0.0, currency, amount)
    amount, currency = parse_amount(text, row_currency, base_currency)
    return Price(amount, currency)


def parse_amount(text: str, row_currency: str | None, base: str) -> tuple[float, str | None]:
    rest = text.strip()
    currency: str | None = None
    code = _CODE.search(rest)
    if code:
        currency = code.group(1)
        rest = rest.replace(code.group(1), "")
    for symbol, iso in _SYMBOLS:
        if symbol in rest:
            currency = currency or iso
            rest = rest.replace(symbol, "")
    if any(y in rest for y in _YEN):
        rest = rest.replace("¥", "").replace("￥", "")
        currency = currency or _yen(text, row_currency, base)
    number = rest.strip()
    if not _NUMBER.match(number):
        raise Invalid("import.bad_price", value=text)
    amount = parse_decimal(number)
    if amount is None:
        raise Invalid("import.bad_price", value=text)
    return amount, currency


def _yen(text: str, row_currency: str | None, base: str) -> str:
    for candidate in (row_currency, base):
        if candidate in ("CNY", "JPY"):
            return candidate
    raise Invalid("import.ambiguous_yen", value=text)


def parse_decimal(text: str) -> float | None:
    """1,299.00 / 1.299,00 / 1 299 / 49,5 — the last separator followed by 1–2 digits or
    by anything but exactly three digits is the decimal point."""
    digits = text.replace(" ", "").replace("'", "")
    separators = [c for c in digits if c in ",."]
    if not separators:
        return float(digits)
    last = max(digits.rfind(","), digits.rfind("."))
    whole, fraction = digits[:last], digits[last + 1 :]
    mark = digits[last]
    grouping_only = len(set(separators)) == 1 and (len(separators) > 1 or len(fraction) == 3)
    if (grouping_only and mark == ",") or (len(separators) > 1 and len(set(separators)) == 1):
        if not all(len(group) == 3 for group in digits.split(mark)[1:]):
            return None
        return float(digits.replace(mark, ""))
    whole_digits = re.sub(r"[.,]", "", whole)
    if not whole_digits and not fraction:
        return None
    return float(f"{whole_digits or '0'}.{fraction}")
