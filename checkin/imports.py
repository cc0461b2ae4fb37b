"""Old home of `checkin.importer.writing.ImportReport`: an alias kept while the window imports it.

Nothing else may import this module; it goes once ``checkin/ui/import_dialog.py`` imports
``ImportReport`` from `checkin.importer`.
"""

from checkin.importer.writing import ImportReport

__all__ = ["ImportReport"]
