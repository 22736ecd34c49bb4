"""Themes of negative comments: the words and two-word phrases that set them apart.

Ranked by the weighted log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi
& Quinn 2008, "Fightin' Words"): how much more often a term appears in the negative comments
than in the background, shrunk towards the term's overall rate so rare words do not win by
luck, divided by its standard error. Terms are counted once per comment. English: words and
adjacent pairs without stop words ("audio quality", "too long"); Chinese: rjieba words of two
or more characters and adjacent pairs ("视频太长", "音质差"). Deterministic: ties break by text.
"""

from __future__ import annotations

import functools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from core.sentiment.zh_lexicon import VALENCES
from core.zh_words import CJK_CHARS, chinese_words

MAX_EXAMPLES = 3
# Total weight of the prior (in counted terms): enough to keep a term seen once or twice
# from outranking one that keeps coming back.
PRIOR_WEIGHT = 50.0
MIN_Z = 1.0  # a theme must stand out at least this much


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_CLAUSES = re.compile(r"[.,;:!?()\[\]\"/\n，。；：！？、（）【】“”]+")
_LATIN_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]|[a-z]")
_CJK_RUN = re.compile(f"[{CJK_CHARS}]+")

ENGLISH_STOP = _set(
    """a about above after again against all almost also although always am an and any are
    aren't as at be because been before being below between both but by can can't cannot
    could couldn't did didn't do does doesn't doing don't down during each either else even
    ever every few for from further get gets got had hadn't has hasn't have haven't having he
    her here hers herself him himself his how however i i'd i'm i've if in into is isn't it
    it's its itself just least less let's like lot lots made make many may me might more most
    much must my myself no nor not now of off often on once one only or other others our ours
    ourselves out over own per quite rather really same several she should shouldn't so some
    something still such than that that's the their theirs them themselves then there there's
    these they they're this those though through thus to too under until up upon us very via
    was wasn't we we're were weren't what when where which while who whom whose why will with
    within without won't would wouldn't yet you you're your yours yourself also bit course
    courses class training session thing things way"""
)
# Stop words that still make a phrase when they come first: "too long", "not enough".
ENGLISH_MODIFIERS = _set("too not no more less")
CHINESE_SKIP = _set(
    """一样 的 了 是 在 和 与 及 也 都 就 把 被 很 太 非常 特别 十分 有点 有些 比较 还 又 才 吗 呢
    吧 啊 呀 嘛 哦 我 你 他 她 它 这 那 有 说 会 能 要 让 给 对 从 到 为 着 过 得 地 个 些
    一 我们 你们 他们 大家 自己 这个 那个 这些 那些 一些 一个 有的 什么 怎么 因为 所以 如果
    而且 然后 已经 但是 不过 可是 就是 还是 觉得 感觉 真的 其实 可以 时候 课程 培训 内容 一下
    一点 里面 之前 之后 现在 时候"""
)

_INTENSIFIERS = ("非常", "特别", "十分", "比较", "很", "挺", "真")


@dataclass(frozen=True)
class Theme:
    phrase: str  # a word or short phrase, Chinese or Latin
    count: int  # negative comments containing it
    share: float  # count / number of negative comments given
    examples: tuple[str, ...]  # up to 3 comments containing it


def _english_terms(clause: str) -> Iterable[str]:
    words = _LATIN_WORD.findall(clause.lower())
    for index, word in enumerate(words):
        if len(word) > 1 and word not in ENGLISH_STOP and not word.isdigit():
            yield word
        if index and word not in ENGLISH_STOP and len(word) > 1:
            first = words[index - 1]
            if first in ENGLISH_MODIFIERS or (first not in ENGLISH_STOP and len(first) > 1):
                yield f"{first} {word}"


def _plain(word: str) -> str:
    """The word without a leading "very" ("很差" → "差"), which says how much, not what."""
    for prefix in _INTENSIFIERS:
        if word.startswith(prefix) and len(word) > len(prefix):
            return word[len(prefix) :]
    return word


def _chinese_terms(clause: str) -> Iterable[str]:
    for run in _CJK_RUN.findall(clause):
        # One-character words are mostly function words; the evaluative ones ("差", "慢")
        # only make sense after what they judge ("音质" + "差"), so they only end a phrase.
        words = [_plain(w) for w in chinese_words(run)]
        words = [w for w in words if w not in CHINESE_SKIP and (len(w) > 1 or w in VALENCES)]
        for index, word in enumerate(words):
            if len(word) > 1:
                yield word
            if index and len(words[index - 1]) > 1:
                yield words[index - 1] + word


@functools.lru_cache(maxsize=65536)  # the same background is counted once per course
def terms(text: str) -> set[str]:
    """The distinct words and two-word phrases of one comment."""
    found: set[str] = set()
    for clause in _CLAUSES.split(text):
        found.update(_english_terms(clause))
        found.update(_chinese_terms(clause))
    return found


def _log_odds_z(
    negative: Counter[str], background: Counter[str], negative_total: int, background_total: int
) -> dict[str, float]:
    """Monroe et al.'s z-score of each negative term: log-odds difference over its error."""
    overall = negative + background
    overall_total = sum(overall.values())
    scores = {}
    for term, count in negative.items():
        prior = PRIOR_WEIGHT * overall[term] / overall_total
        other = background[term]
        delta = math.log((count + prior) / (negative_total + PRIOR_WEIGHT - count - prior))
        delta -= math.log((other + prior) / (background_total + PRIOR_WEIGHT - other - prior))
        scores[term] = delta / math.sqrt(1 / (count + prior) + 1 / (other + prior))
    return scores


def _covered(term: str, chosen: dict[str, int], count: int) -> bool:
    """A word already said by a chosen phrase (or a phrase whose words were said as often)."""
    for other, other_count in chosen.items():
        if term in other and other_count * 1.25 >= count:
            return True
    return False


def distinctive_themes(
    negative: Sequence[str], background: Sequence[str], top: int = 5
) -> list[Theme]:
    """The ``top`` terms that most set ``negative`` comments apart from ``background`` ones
    (e.g. the course's other comments, or every comment in the file)."""
    if not negative or top <= 0:
        return []
    negative_terms = [terms(text) for text in negative]
    negative_counts = Counter(t for found in negative_terms for t in found)
    background_counts = Counter(t for text in background for t in terms(text))
    z = _log_odds_z(
        negative_counts,
        background_counts,
        sum(negative_counts.values()),
        max(1, sum(background_counts.values())),
    )
    least = 2 if len(negative) >= 4 else 1
    ranked = sorted(
        (t for t, score in z.items() if score >= MIN_Z and negative_counts[t] >= least),
        key=lambda t: (-z[t], -negative_counts[t], t),
    )
    chosen: dict[str, int] = {}
    for term in ranked:
        count = negative_counts[term]
        if _covered(term, chosen, count):
            continue
        # A phrase that says what a chosen word said, as often, replaces that word.
        for word in [w for w in chosen if w in term and count * 1.25 >= chosen[w]]:
            del chosen[word]
        chosen[term] = count
        if len(chosen) == top:
            break
    return [
        Theme(
            phrase=term,
            count=count,
            share=count / len(negative),
            examples=tuple(
                text for text, found in zip(negative, negative_terms, strict=True) if term in found
            )[:MAX_EXAMPLES],
        )
        for term, count in chosen.items()
    ]
