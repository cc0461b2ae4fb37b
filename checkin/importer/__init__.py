"""Registration exports (CSV, XLSX) to validated rows, or the full list of what is wrong."""

from checkin.importer.columns import FIELDS
from checkin.importer.load import ImportedRow, LoadResult, Problem, load, preview

__all__ = ["FIELDS", "ImportedRow", "LoadResult", "Problem", "load", "preview"]
