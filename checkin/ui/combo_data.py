"""Find a combo box item by its data, compared in Python.

PySide6's ``QComboBox.findData()`` converts the value to a QVariant first; a Python object
without a Qt type (a ``datetime.date``, a tuple) then matches nothing and ``findData`` returns
-1, so ``setCurrentIndex(max(0, findData(day)))`` silently picks the first item. Compare the
items' data with ``==`` instead.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox


def index_of(combo: QComboBox, value: object) -> int:
    """The index of the first item whose data equals ``value`` (Python ``==``), or -1."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1


def choose(combo: QComboBox, value: object) -> None:
    """Make the item holding ``value`` current; the first item when none holds it."""
    combo.setCurrentIndex(max(0, index_of(combo, value)))
