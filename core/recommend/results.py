"""What similar-course and recommendation queries return."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.messages import Message


@dataclass(frozen=True)
class Scored:
    course_id: int
    code: str
    title: str
    score: float
    reasons: tuple[Message, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "title": self.title,
            "score": round(self.score, 4),
            "reasons": [{"code": r.code, "text": r.text()} for r in self.reasons],
        }
