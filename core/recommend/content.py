"""The course content model: which courses are about the same thing, from their text alone.

Three views of each course are blended (weights in ``ContentSettings``):

* words — field-weighted word tokens (title and skills count more than the description;
  Chinese as character unigrams + bigrams), TF-IDF with sublinear tf;
* characters — character 3–5-grams of the Latin-script text, which meet across word forms
  ("analytics"/"analysis", Spanish inflections) that the word view misses;
* topics — LSA (truncated SVD) of the word view, which links courses sharing no exact term
  but the same neighbourhood of terms;

and then smoothed by shared nearest neighbours (see ``ContentSettings.neighbours``).

The whole course × course similarity matrix is computed once per catalog content and cached,
so similar courses and person scoring are array look-ups.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from numpy.typing import NDArray

from core.recommend.catalog_data import CourseDoc
from core.recommend.text import latin_text, tokens, weighted_tokens
from core.topic_thesaurus import CONCEPT_PREFIX


@dataclass(frozen=True)
class ContentSettings:
    """How much each field and each view counts. Tuned for generality, not one catalog."""

    title_weight: float = 3.0
    skills_weight: float = 3.0
    tags_weight: float = 2.0
    category_weight: float = 1.0
    provider_weight: float = 1.0
    description_weight: float = 1.0
    word_view: float = 0.45
    char_view: float = 0.25
    topic_view: float = 0.30
    topic_dimensions: int = 100
    # Neighbourhood smoothing: two courses whose nearest neighbours overlap are related even
    # when their own texts share little (a second-order, shared-neighbour similarity).
    neighbours: int = 20
    neighbour_blend: float = 0.4


@dataclass
class ContentModel:
    codes: tuple[str, ...]
    ids: tuple[int, ...]
    # Dense course × course similarity (float32), diagonal included.
    similarity: NDArray[np.float32]
    # Word-view TF-IDF rows (scipy sparse, L2-normalised) and their readable terms.
    word_matrix: Any
    terms: tuple[str, ...]
    index_of_id: dict[int, int] = field(default_factory=dict)
    index_of_code: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.index_of_id = {cid: i for i, cid in enumerate(self.ids)}
        self.index_of_code = {code.casefold(): i for i, code in enumerate(self.codes)}

    def _shared(self, a: int, b: int) -> list[str]:
        """Terms of both courses, the ones adding most to their word-view similarity first."""
        row_a, row_b = self.word_matrix.getrow(a), self.word_matrix.getrow(b)
        product = row_a.multiply(row_b).tocoo()
        order = np.argsort(-product.data, kind="stable")
        return [self.terms[product.col[k]] for k in order]

    def shared_terms(self, a: int, b: int, limit: int = 3) -> list[str]:
        """The words that contribute most to the word-view similarity of courses a and b."""
        named = [t for t in self._shared(a, b) if len(t) > 1 and not t.startswith(CONCEPT_PREFIX)]
        return named[:limit]

    def shared_topics(self, a: int, b: int) -> list[str]:
        """Thesaurus topics (concept keys) both courses are about, strongest first."""
        prefix = len(CONCEPT_PREFIX)
        return [t[prefix:] for t in self._shared(a, b) if t.startswith(CONCEPT_PREFIX)]


def course_fields(doc: CourseDoc, settings: ContentSettings) -> list[tuple[str, float]]:
    return [
        (doc.title, settings.title_weight),
        (" ; ".join(doc.skill_names), settings.skills_weight),
        (doc.tags.replace(",", " ; "), settings.tags_weight),
        (doc.category, settings.category_weight),
        (doc.provider, settings.provider_weight),
        (doc.description, settings.description_weight),
    ]


def content_key(docs: Sequence[CourseDoc], settings: ContentSettings) -> str:
    """A fingerprint of everything the model reads: equal keys, equal models."""
    digest = hashlib.sha256(repr(settings).encode("utf-8"))
    for doc in docs:
        digest.update(repr((doc.id, doc.code, course_fields(doc, settings))).encode("utf-8"))
    return digest.hexdigest()


_CACHE: dict[str, ContentModel] = {}


def content_model(
    docs: Sequence[CourseDoc], settings: ContentSettings | None = None
) -> ContentModel:
    """The fitted model for these courses, from the cache when the content is unchanged."""
    chosen = settings or ContentSettings()
    key = content_key(docs, chosen)
    model = _CACHE.get(key)
    if model is None:
        model = fit_content_model(docs, chosen)
        _CACHE.clear()  # one catalog at a time; an old matrix is 36 MB at 3,000 courses
        _CACHE[key] = model
    return model


def _surface_forms(docs: Sequence[CourseDoc]) -> dict[str, str]:
    """Folded token → the most common way it is written, so reasons show real words."""
    from core.recommend.text import _WORD, fold_word, normalise

    seen: dict[str, Counter[str]] = {}
    for doc in docs:
        for word in _WORD.findall(normalise(f"{doc.title} {doc.description}")):
            seen.setdefault(fold_word(word), Counter())[word] += 1
    return {folded: forms.most_common(1)[0][0] for folded, forms in seen.items()}


def _cosine(matrix: Any) -> NDArray[np.float32]:
    product = matrix @ matrix.T
    dense = product.toarray() if hasattr(product, "toarray") else np.asarray(product)
    return np.asarray(dense, dtype=np.float32)


def fit_content_model(docs: Sequence[CourseDoc], settings: ContentSettings) -> ContentModel:
    from threadpoolctl import threadpool_limits

    with threadpool_limits(1):
        return _fit(docs, settings)


def _fit(docs: Sequence[CourseDoc], settings: ContentSettings) -> ContentModel:
    from sklearn.feature_extraction.text import TfidfVectorizer

    word_docs = [weighted_tokens(course_fields(doc, settings)) for doc in docs]
    words = TfidfVectorizer(analyzer=_identity, sublinear_tf=True, max_df=0.5, min_df=1)
    word_matrix = _fit_or_empty(words, word_docs)
    word_similarity = _cosine(word_matrix)
    similarity = settings.word_view * word_similarity
    char_docs = [latin_text(f"{doc.title} {doc.title} {doc.description}") for doc in docs]
    if settings.char_view > 0 and any(text.strip() for text in char_docs):
        chars = TfidfVectorizer(
            analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True, min_df=2, max_df=0.5
        )
        similarity += settings.char_view * _cosine(_fit_or_empty(chars, char_docs))
    if settings.topic_view > 0 and word_matrix.shape[1] > 2 and len(docs) > 3:
        similarity += settings.topic_view * _topic_similarity(word_similarity, settings)
    if settings.neighbour_blend > 0 and len(docs) > 2:
        similarity = (1 - settings.neighbour_blend) * similarity + (
            settings.neighbour_blend * _shared_neighbours(similarity, settings.neighbours)
        )
    surface = _surface_forms(docs)
    terms = tuple(surface.get(t, t) for t in _vocabulary(words, word_matrix.shape[1]))
    return ContentModel(
        codes=tuple(doc.code for doc in docs),
        ids=tuple(doc.id for doc in docs),
        similarity=similarity,
        word_matrix=word_matrix.tocsr(),
        terms=terms,
    )


def _identity(tokens_list: list[str]) -> list[str]:
    return tokens_list


def _fit_or_empty(vectorizer: Any, documents: list[Any]) -> Any:
    from scipy import sparse

    try:
        return vectorizer.fit_transform(documents)
    except ValueError:  # empty vocabulary (e.g. no text at all): no evidence from this view
        return sparse.csr_matrix((len(documents), 0), dtype=np.float64)


def _vocabulary(vectorizer: Any, width: int) -> list[str]:
    if width == 0:
        return []
    return [str(term) for term in vectorizer.get_feature_names_out()]


def _topic_similarity(gram: NDArray[np.float32], settings: ContentSettings) -> NDArray[np.float32]:
    """LSA from the word view's course × course Gram matrix G = X Xᵀ (X: unit TF-IDF rows).

    The top eigenvectors of G scaled by √eigenvalue are the courses' coordinates in the
    truncated SVD of X — the same topics as scikit-learn's TruncatedSVD — found here by a
    randomized range finder on numpy alone. Why not TruncatedSVD: its scipy LAPACK and
    sparse products hold the GIL, and each of its steps froze the window for 250–570 ms at
    3,000 courses; numpy's BLAS and LAPACK release it.
    """
    size = len(gram)
    dims = min(settings.topic_dimensions, size - 1)
    matrix = gram.astype(np.float64)
    probe = np.random.default_rng(0).standard_normal((size, dims + 10))
    basis, _ = np.linalg.qr(matrix @ probe)
    for _ in range(3):  # power iterations sharpen the leading topics
        basis, _ = np.linalg.qr(matrix @ basis)
    values, vectors = np.linalg.eigh(basis.T @ matrix @ basis)
    top = np.argsort(values)[::-1][:dims]
    topics = (basis @ vectors[:, top]) * np.sqrt(np.clip(values[top], 0.0, None))
    lengths = np.linalg.norm(topics, axis=1, keepdims=True)
    topics = topics / np.where(lengths > 0, lengths, 1.0)
    # Negative topic cosines carry no "related" evidence; clip them so they cannot outvote
    # the sparse views.
    return np.clip(_cosine(topics), 0.0, None)


def _shared_neighbours(similarity: NDArray[np.float32], count: int) -> NDArray[np.float32]:
    """Cosine of the courses' top-``count`` neighbour profiles (sparse, so cheap at 3,000)."""
    from scipy import sparse
    from sklearn.preprocessing import normalize

    size = len(similarity)
    count = min(count, size - 1)
    others = similarity.copy()
    np.fill_diagonal(others, 0.0)
    columns = np.argpartition(-others, count - 1, axis=1)[:, :count]
    rows = np.repeat(np.arange(size), count)
    values = np.clip(others[rows, columns.ravel()], 0.0, None)
    profile = sparse.csr_matrix((values, (rows, columns.ravel())), shape=(size, size))
    return _cosine(normalize(profile))


def text_tokens(text: str) -> list[str]:
    """Exposed for tests: the tokens a text contributes to the word view."""
    return tokens(text)
