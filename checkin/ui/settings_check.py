"""Whether the settings file could be read, so the window can say so (not only the log).

`checkin.config.load` falls back to the defaults when settings.toml is not TOML, and keeps a
copy as settings.toml.broken; a volunteer should see that in the window, in their language.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from checkin import config

WHERE = re.compile(r"line (\d+), column (\d+)")


@dataclass(frozen=True)
class SettingsProblem:
    """A settings file the desk could not use: where, and where in it (0: not known)."""

    path: Path
    encoding: bool = False  # not UTF-8 text (else: not TOML)
    line: int = 0
    column: int = 0

    def text(self) -> str:
        """The problem in the current language (on the GUI thread)."""
        translate = QCoreApplication.translate
        if self.encoding:
            why = translate("SettingsCheck", "it is not UTF-8 text")
        elif self.line:
            why = translate("SettingsCheck", "a mistake at line {line}, column {column}").format(
                line=self.line, column=self.column
            )
        else:
            why = translate("SettingsCheck", "it is not a settings file")
        return translate(
            "SettingsCheck",
            "The settings file {file} could not be read ({why}): the desk uses its default "
            "settings. A copy of the file is kept as {copy}.",
        ).format(file=self.path, why=why, copy=self.path.name + ".broken")


def settings_problem(path: Path | None = None) -> SettingsProblem | None:
    """Read the settings file (off the GUI thread); None when it is fine or missing."""
    target = path or config.config_path()
    try:
        tomllib.loads(target.read_text(encoding="utf-8"))
    except OSError:
        return None  # missing or unreadable: the defaults, and nothing a volunteer can mend
    except UnicodeError:
        return SettingsProblem(target, encoding=True)
    except tomllib.TOMLDecodeError as error:
        found = WHERE.search(str(error))
        line, column = (int(found[1]), int(found[2])) if found else (0, 0)
        return SettingsProblem(target, line=line, column=column)
    return None
