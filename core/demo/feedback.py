"""Course feedback: ratings from a course's hidden quality, comments in English and Chinese.

Negative comments on a weak course keep returning to that course's planted themes ("audio
quality is poor", "视频太长"), so theme analysis has something real to find; other courses
get the occasional complaint on a random theme, as real ones do.
"""

from __future__ import annotations

import random
from typing import Any

from core.demo.catalog import Catalog, CourseSpec
from core.demo.dates import day_text
from core.demo.plan import Learner, WeakCourse
from core.demo.simulate import Outcome

FeedbackRow = tuple[int, int | None, int, int | None, str | None, str]

COMPLETED_FEEDBACK_CHANCE = 0.55
ABANDONED_FEEDBACK_CHANCE = 0.3
WEAK_FRUSTRATION_FACTOR = 1.5  # people who gave up on a bad course say so more often
NO_RATING_SHARE = 0.04
WEAK_THEME_SHARE = 0.85
LOW_RATING_COMMENT_CHANCE = 0.85


def course_qualities(
    catalog: Catalog, weak: dict[int, WeakCourse], rng: random.Random
) -> list[float]:
    """Each course's hidden mean rating; index ``course_id - 1``."""
    qualities = []
    for course in catalog.courses:
        if course.id in weak:
            qualities.append(rng.uniform(1.9, 2.6))
        else:
            qualities.append(min(4.8, max(3.3, rng.gauss(4.1, 0.3))))
    return qualities


class FeedbackMaker:
    def __init__(
        self,
        texts: dict[str, Any],
        qualities: list[float],
        weak: dict[int, WeakCourse],
        rng: random.Random,
    ) -> None:
        self.texts = texts
        self.themes = sorted(texts["themes"])
        self.qualities = qualities
        self.weak = weak
        self.rng = rng
        self.next_id = 1

    def feedback_for(
        self, learner: Learner, course: CourseSpec, outcome: Outcome, as_of: int
    ) -> FeedbackRow | None:
        """The person's feedback on a course they completed or gave up on, if they leave any."""
        rng = self.rng
        if outcome.last_day is None:
            return None
        chance = COMPLETED_FEEDBACK_CHANCE if outcome.status == "completed" else 0.0
        if outcome.abandoned:
            chance = ABANDONED_FEEDBACK_CHANCE
            if course.id in self.weak:
                chance *= WEAK_FRUSTRATION_FACTOR
        if rng.random() >= chance:
            return None
        rating = self._rating(learner, course, outcome.abandoned)
        language = self._language(learner, course)
        comment = None
        comment_chance = self.texts["comment_share"]
        if rating is not None and rating <= 2:
            comment_chance = LOW_RATING_COMMENT_CHANCE
        if rng.random() < comment_chance:
            comment = self._comment(course, rating, language)
        anonymous = rng.random() < self.texts["anonymous_share"]
        submitted = min(learner.last_day(as_of), outcome.last_day + rng.randint(0, 10))
        row = (
            self.next_id,
            None if anonymous else learner.person.id,
            course.id,
            rating,
            comment,
            day_text(submitted),
        )
        self.next_id += 1
        return row

    def _rating(self, learner: Learner, course: CourseSpec, abandoned: bool) -> int | None:
        rng = self.rng
        if rng.random() < NO_RATING_SHARE:
            return None
        value = self.qualities[course.id - 1] + learner.profile.generosity + rng.gauss(0.0, 0.75)
        if abandoned:
            value -= 0.7
        return int(min(5, max(1, round(value))))

    def _language(self, learner: Learner, course: CourseSpec) -> str:
        if course.language == "zh":
            return "zh"
        share = self.texts["chinese_comment_share_for_chinese_learners"]
        return "zh" if learner.person.chinese and self.rng.random() < share else "en"

    def _theme_sentence(
        self, course: CourseSpec, language: str, avoid: str = ""
    ) -> tuple[str, str]:
        rng = self.rng
        weak = self.weak.get(course.id)
        options = [t for t in (weak.themes if weak else ()) if t != avoid]
        if options and rng.random() < WEAK_THEME_SHARE:
            theme = rng.choice(options)
        else:
            theme = rng.choice([t for t in self.themes if t != avoid])
        return theme, rng.choice(self.texts["themes"][theme][language])

    def _comment(self, course: CourseSpec, rating: int | None, language: str) -> str:
        rng, texts = self.rng, self.texts
        if rating is None:
            parts = [rng.choice(texts["neutral"][language])]
        elif rating <= 2:
            opener = rng.choice(texts["negative_openers"][language])
            theme, sentence = self._theme_sentence(course, language)
            parts = [opener, sentence] if opener else [sentence]
            if rng.random() < 0.35:
                parts.append(self._theme_sentence(course, language, avoid=theme)[1])
        elif rating == 3:
            parts = [rng.choice(texts["neutral"][language])]
            if rng.random() < 0.5:
                parts.append(self._theme_sentence(course, language)[1])
        else:
            count = 1 + (rng.random() < 0.4)
            parts = rng.sample(texts["positive"][language], count)
        return ("" if language == "zh" else " ").join(parts)
