"""Languages: bokmål (default), nynorsk and English, switchable while the desk runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTranslator

from checkin.ui.assets import asset

LANGUAGES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
DEFAULT = "nb"


class Languages:
    """Installs one translator at a time; Qt then sends every widget a LanguageChange."""

    def __init__(self) -> None:
        self.current = "en"
        self._translator: QTranslator | None = None

    def remove(self) -> None:
        """Take this desk's translator out again (the application outlives one desk)."""
        self.switch("en")

    def switch(self, code: str) -> bool:
        """Switch to a language; false when its .qm file is missing (English stays)."""
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before a language is chosen"
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        self.current = "en"
        if code == "en":
            return True
        translator = QTranslator(app)
        if not translator.load(str(asset("translations", f"checkin_{code}.qm"))):
            return False
        app.installTranslator(translator)
        self._translator = translator
        self.current = code
        return True
