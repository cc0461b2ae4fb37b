"""Badges: templates, fitting text, drawing with QtGui, and the print queue.

`template` and `layout` are plain Python; `render`, `spool` and `printing` use QtGui and
QtPrintSupport (never widgets). Import the module you need: this package imports nothing.
"""
