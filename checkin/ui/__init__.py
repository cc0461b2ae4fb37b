"""The PySide6 window: every widget lives here, and nothing but UI."""
