"""The deterministic demo company: people, catalog, 18 months of learning, planted truth.

``generate_demo(db, DemoParams(learners=120, courses=80, seed=1, as_of=day))`` writes it in
one audited transaction ("Demo data"). A file that only ever held demo data is regenerated
in place; one holding the admin's own data is refused unless ``replace_user_data=True``.
Either way a verified backup is taken first. ``read_demo_truth(session)`` returns what was
planted on purpose — behaviour groups, weak courses, at-risk people — for tests and analyses.
"""

from core.demo.generate import DEMO_ACTION, DemoParams, DemoSummary, generate_demo
from core.demo.truth import DemoTruth, PlantedWeakCourse, read_demo_truth

__all__ = [
    "DEMO_ACTION",
    "DemoParams",
    "DemoSummary",
    "DemoTruth",
    "PlantedWeakCourse",
    "generate_demo",
    "read_demo_truth",
]
