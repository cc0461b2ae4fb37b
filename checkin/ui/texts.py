"""Every text a person can see in a window, for checking that a language switch left none behind."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QWidget,
)


def _texts_of(widget: QWidget) -> list[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        return [widget.text()]
    if isinstance(widget, QLineEdit):
        return [widget.text(), widget.placeholderText()]
    if isinstance(widget, QComboBox):
        return [widget.itemText(index) for index in range(widget.count())]
    if isinstance(widget, QListWidget):
        return [widget.item(index).text() for index in range(widget.count())]
    return []


def visible_texts(window: QWidget) -> list[str]:
    """The window title, each visible widget's text, and the menus' titles and entries."""
    texts = [window.windowTitle()]
    for widget in window.findChildren(QWidget):
        if widget.isVisible():
            texts += _texts_of(widget)
    if isinstance(window, QMainWindow) and window.menuBar().isVisible():
        for menu in window.menuBar().findChildren(QMenu):
            texts.append(menu.title())
            texts += [action.text() for action in menu.actions()]
        texts.append(window.statusBar().currentMessage())
    return [text.replace("&", "") for text in texts if text]


def write_texts(texts: list[str], language: str, path: Path) -> None:
    """Write visible texts as JSON ({"language": ..., "texts": [...]}), atomically.

    Called off the GUI thread, with texts gathered on it by `visible_texts`.
    """
    temporary = path.with_suffix(".tmp")
    data = {"language": language, "texts": texts}
    temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    temporary.replace(path)
