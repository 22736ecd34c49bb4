"""Import and export of courses, learners, roles and progress (CSV or XLSX in, the same layout
out); xAPI statements come in through :mod:`core.importing.xapi`.

The wizard and the ``import``/``export`` commands both go through these functions.
"""

from core.importing.engine import preview_import, run_import
from core.importing.exporting import export_table
from core.importing.fields import EXTRA_FIELDS, FIELDS, KINDS, REQUIRED
from core.importing.mapping import MappingError, apply_overrides, auto_map
from core.importing.model import (
    ColumnMapping,
    ImportOptions,
    ImportPreview,
    ImportSummary,
    RepeatedRow,
    RowProblem,
    SourceTable,
)
from core.importing.reading import list_sheets, read_table

__all__ = [
    "EXTRA_FIELDS",
    "FIELDS",
    "KINDS",
    "REQUIRED",
    "ColumnMapping",
    "ImportOptions",
    "ImportPreview",
    "ImportSummary",
    "MappingError",
    "RepeatedRow",
    "RowProblem",
    "SourceTable",
    "apply_overrides",
    "auto_map",
    "export_table",
    "list_sheets",
    "preview_import",
    "read_table",
    "run_import",
]
