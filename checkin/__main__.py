"""Run the command line as ``python -m checkin``; the bundle's windowed ``checkin-desk`` too.

PyInstaller builds both programs from this one script (one analysis, one set of libraries);
the windowed one is told apart by its name and opens the window instead of the command line.
"""

import sys
from pathlib import Path

from checkin.cli import main
from checkin.commands.gui import desk_main

IS_DESK = Path(sys.argv[0]).stem.lower().startswith("checkin-desk")

raise SystemExit(desk_main() if IS_DESK else main())
