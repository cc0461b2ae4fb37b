"""Where the bundled assets are, in a checkout and in a PyInstaller bundle alike."""

from __future__ import annotations

import sys
from pathlib import Path


def asset(*parts: str) -> Path:
    """Return the path of a file under assets/."""
    base = Path(getattr(sys, "_MEIPASS", Path(__file__).resolve().parents[2]))
    return base.joinpath("assets", *parts)
