"""Registration exports (CSV, XLSX) to validated rows, and those rows into an event file.

`load` reads and checks a file whole (`preview` its first rows); `import_file` writes what it
read, all or nothing (`checkin.importer.writing`).
"""

from checkin.importer.columns import FIELDS
from checkin.importer.load import ImportedRow, LoadResult, Problem, load, preview
from checkin.importer.writing import ImportReport, import_file, import_key

__all__ = [
    "FIELDS",
    "ImportReport",
    "ImportedRow",
    "LoadResult",
    "Problem",
    "import_file",
    "import_key",
    "load",
    "preview",
]
