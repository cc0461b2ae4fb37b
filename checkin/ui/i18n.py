"""Languages: bokmål (default), nynorsk and English, switchable while the desk runs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from checkin import messages
from checkin.config import LANGUAGES
from checkin.ui.assets import asset

__all__ = ["DEFAULT", "LANGUAGES", "Languages"]
DEFAULT = "nb"
LOCALES = {"nb": "nb_NO", "nn": "nn_NO", "en": "en_GB"}  # dates and times


class Languages:
    """Installs one translator at a time; Qt then sends every widget a LanguageChange."""

    def __init__(self) -> None:
        self.current = "en"
        self._translators: list[QTranslator] = []

    def remove(self) -> None:
        """Take this desk's translators out again (the application outlives one desk)."""
        app = QCoreApplication.instance()
        for old in self._translators:
            if app is not None:
                app.removeTranslator(old)
        self._translators = []
        self.current = "en"
        QLocale.setDefault(QLocale(LOCALES["en"]))

    def switch(self, code: str) -> bool:
        """Switch to a language; false when its .qm file is missing (English stays)."""
        app = QCoreApplication.instance()
        assert app is not None, "a QApplication must exist before a language is chosen"
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        self.current = "en"
        QLocale.setDefault(QLocale(LOCALES["en"]))
        messages.use(code)  # the core's messages (an event file refused) in the same language
        if code == "en":
            self._english_plurals(app)
            return True
        ours = QTranslator(app)
        if not ours.load(str(asset("translations", f"checkin_{code}.qm"))):
            return False
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)  # Qt's own dialogs (file chooser); Qt ships nn, not nb
        for translator in (ours, qt) if qt.load(f"qtbase_{code}", qt_folder) else (ours,):
            app.installTranslator(translator)
            self._translators.append(translator)
        self.current = code
        QLocale.setDefault(QLocale(LOCALES.get(code, code)))
        return True

    def _english_plurals(self, app: QCoreApplication) -> None:
        """English is the source language; its catalogue holds only the plural forms."""
        plural = QTranslator(app)
        if plural.load(str(asset("translations", "checkin_en.qm"))):
            app.installTranslator(plural)
            self._translators.append(plural)
