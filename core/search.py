"""Ranked full-text search over the catalog, English and Chinese, held in memory.

Why not SQLite FTS5: its ``unicode61`` tokenizer treats a run of Chinese characters
as one token, so 数据 inside "企业数据治理" is never found; the ``trigram`` tokenizer needs
at least three characters, so two-character words (数据, 管理 — most Chinese words)
cannot be searched at all. Checked on SQLite 3.40: over "本课程讲解企业数据治理与合规要求",
``MATCH '数据'`` finds nothing with either tokenizer (nor does ``LIKE '%数据%'`` on the trigram
table), while ``MATCH '数据治'`` does. Python-side bigrams fed to FTS5 would work, but
they still need our own tokeniser, a shadow table kept in step with every edit and
import, and prefix queries over bigrams; the whole catalog (3,000 courses) indexes
in memory in a fraction of a second and answers a query in about a millisecond
(``benchmarks/bench_search.py``), so the index is simply rebuilt from
:func:`course_docs` when the catalog changes.

Tokens: Latin text becomes lower-cased, accent-folded words (NFKD, so full-width
letters fold too), matched by prefix ("analyt" finds "analytics"; a whole-word match
scores higher). Chinese and Japanese runs become character bigrams plus single
characters, so any two-character word is found anywhere in a text and a one-character
query still works. Every query term must match (AND). Scoring is BM25F: each field's
term frequency is length-normalised and weighted (code and title ≫ tags and skills ≫
description) before BM25's saturation, so a title match outranks a description match.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Course, CourseSkill, Skill

_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN_RUN = re.compile(f"[{_CJK}]+|[^\\W_{_CJK}]+")
_IS_CJK = re.compile(f"[{_CJK}]")
_ASCII_WORD = re.compile("[a-z0-9]+")
# The accents NFKD splits off Latin letters (a regex is 5x faster than a per-character test).
_COMBINING_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")

FIELD_WEIGHTS = {"code": 6.0, "title": 5.0, "tags": 2.0, "skills": 2.0, "description": 1.0}
K1 = 1.2
B = 0.75
# A word found only as the start of a longer word ("analyt" in "analytics") counts less.
PREFIX_FACTOR = 0.8


@dataclass(frozen=True)
class CourseDoc:
    id: int
    code: str
    title: str
    description: str
    tags: str
    skills: str


def course_docs(session: Session) -> list[CourseDoc]:
    """Every course's searchable text, in two queries."""
    skills: dict[int, list[str]] = {}
    for course_id, name in session.execute(
        select(CourseSkill.course_id, Skill.name).join(Skill, Skill.id == CourseSkill.skill_id)
    ):
        skills.setdefault(course_id, []).append(name)
    rows = session.execute(
        select(Course.id, Course.code, Course.title, Course.description, Course.tags)
    )
    return [
        CourseDoc(id_, code, title, description or "", tags or "", " ".join(skills.get(id_, ())))
        for id_, code, title, description, tags in rows
    ]


def fold(text: str) -> str:
    """Lower-case, accents and full-width forms folded: "Café ＳＱＬ" → "cafe sql"."""
    if text.isascii():
        return text.lower()
    return _COMBINING_MARKS.sub("", unicodedata.normalize("NFKD", text)).casefold()


def _cjk_terms(run: str) -> list[str]:
    if len(run) == 1:
        return [run]
    return [run[i : i + 2] for i in range(len(run) - 1)]


def index_terms(text: str) -> list[str]:
    """The terms a field is indexed under: words, CJK bigrams and CJK single characters."""
    if text.isascii():  # most English text: no accents, no CJK, a third of the time
        return _ASCII_WORD.findall(text.lower())
    terms: list[str] = []
    for run in _TOKEN_RUN.findall(fold(text)):
        if _IS_CJK.match(run):
            terms += _cjk_terms(run)
            if len(run) > 1:
                terms += list(run)
        else:
            terms.append(run)
    return terms


def query_terms(query: str) -> list[str]:
    """The terms a query must all match: words (as prefixes) and CJK bigrams."""
    terms: list[str] = []
    for run in _TOKEN_RUN.findall(fold(query)):
        terms += _cjk_terms(run) if _IS_CJK.match(run) else [run]
    return list(dict.fromkeys(terms))


def _length_norms(counts: list[Counter[str]], weight: float) -> list[float]:
    """BM25F per document: the field's weight over its length relative to the average."""
    lengths = [sum(c.values()) for c in counts]
    average = (sum(lengths) / len(lengths) if lengths else 0.0) or 1.0
    return [weight / (1 - B + B * length / average) for length in lengths]


class CourseIndex:
    """An inverted index: term → {course position: saturated weighted term frequency}."""

    def __init__(self, ids: list[int], postings: dict[str, dict[int, float]]) -> None:
        self._ids = ids
        self._postings = postings
        count = len(ids)
        self._idf = {
            term: math.log(1 + (count - len(docs) + 0.5) / (len(docs) + 0.5))
            for term, docs in postings.items()
        }
        # Sorted Latin vocabulary for prefix look-ups by bisection.
        self._words = sorted(t for t in postings if not _IS_CJK.match(t))

    @classmethod
    def build(cls, docs: Sequence[CourseDoc]) -> CourseIndex:
        fields = {
            name: ([Counter(index_terms(getattr(doc, name))) for doc in docs], weight)
            for name, weight in FIELD_WEIGHTS.items()
        }
        # The whole code is a term as well, so "sql-101" finds SQL-101 exactly.
        for code_counts, doc in zip(fields["code"][0], docs, strict=True):
            code_counts[fold(doc.code).strip()] += 1
        normed = [(counts, _length_norms(counts, weight)) for counts, weight in fields.values()]
        postings: dict[str, dict[int, float]] = {}
        for position in range(len(docs)):
            weighted: dict[str, float] = {}
            for counts, norms in normed:
                norm = norms[position]
                for term, tf in counts[position].items():
                    weighted[term] = weighted.get(term, 0.0) + tf * norm
            for term, weight in weighted.items():
                postings.setdefault(term, {})[position] = weight * (K1 + 1) / (weight + K1)
        return cls([doc.id for doc in docs], postings)

    def __len__(self) -> int:
        return len(self._ids)

    def _expansions(self, term: str) -> list[tuple[str, float]]:
        """The indexed terms a query term matches, with the factor each one scores at."""
        if _IS_CJK.match(term):
            return [(term, 1.0)] if term in self._postings else []
        found = [(term, 1.0)] if term in self._postings else []
        start = bisect_left(self._words, term)
        for word in self._words[start:]:
            if not word.startswith(term):
                break
            if word != term:
                found.append((word, PREFIX_FACTOR))
        return found

    def _term_scores(self, term: str) -> dict[int, float]:
        best: dict[int, float] = {}
        for word, factor in self._expansions(term):
            idf = self._idf[word] * factor
            for position, saturated in self._postings[word].items():
                score = idf * saturated
                if score > best.get(position, 0.0):
                    best[position] = score
        return best

    def _add_code_bonus(self, query: str, totals: dict[int, float]) -> None:
        """A query typed as a code ("sql-1") ranks the course with that code first.

        The query's words already had to match; the whole code (indexed as one term too)
        only adds to the score, so "SQL-1" beats "PY-1" whose text also has sql and 1.
        """
        whole = fold(query).strip()
        if len(query_terms(query)) < 2 or any(c.isspace() for c in whole):
            return
        for position, score in self._term_scores(whole).items():
            if position in totals:
                totals[position] += score

    def search(self, query: str, limit: int | None = None) -> list[tuple[int, float]]:
        """(course id, score) of the courses matching every term, best first."""
        totals: dict[int, float] | None = None
        # Rarest terms first, so the candidate set shrinks early.
        per_term = sorted((self._term_scores(t) for t in query_terms(query)), key=len)
        for scores in per_term:
            if totals is None:
                totals = dict(scores)
            else:
                totals = {p: s + scores[p] for p, s in totals.items() if p in scores}
            if not totals:
                return []
        if totals is None:
            return []
        self._add_code_bonus(query, totals)
        ranked = sorted(totals.items(), key=lambda item: (-item[1], self._ids[item[0]]))
        if limit is not None:
            ranked = ranked[:limit]
        return [(self._ids[position], round(score, 6)) for position, score in ranked]
