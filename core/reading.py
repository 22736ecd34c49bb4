"""Reading many rows on the worker without freezing the window.

One fetch of 200,000 rows is a single C call that keeps the GIL for 100-160 ms, and the GUI
thread cannot run meanwhile; fetching in batches gives it a chance every few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy.orm import Session

BATCH_ROWS = 5_000


def batched_rows(
    session: Session, statement: Any, params: dict[str, Any] | None = None
) -> Iterator[Any]:
    """The statement's rows, fetched ``BATCH_ROWS`` at a time."""
    result = session.execute(statement, params or {}, execution_options={"yield_per": BATCH_ROWS})
    for batch in result.partitions():
        yield from batch
