"""Recommendations (issue 5): the course content model, similar courses and what each person
should take next, with reasons in plain words. scikit-learn is imported only inside the
functions that fit models, never at start-up.
"""

from core.recommend.catalog_data import CatalogData, CourseDoc, load_catalog
from core.recommend.content import ContentModel, ContentSettings, content_model
from core.recommend.engine import Recommender
from core.recommend.quality import bayesian_rating
from core.recommend.results import Scored
from core.recommend.service import (
    build_recommender,
    find_course,
    find_person,
    recommend_for,
    similar_to,
)
from core.recommend.weights import BlendWeights

__all__ = [
    "BlendWeights",
    "CatalogData",
    "ContentModel",
    "ContentSettings",
    "CourseDoc",
    "Recommender",
    "Scored",
    "bayesian_rating",
    "build_recommender",
    "content_model",
    "find_course",
    "find_person",
    "load_catalog",
    "recommend_for",
    "similar_to",
]
