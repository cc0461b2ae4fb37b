"""Run the command line as ``python -m checkin``; the bundle's windowed ``checkin-desk`` too.

PyInstaller builds both programs from this one script (one analysis, one set of libraries);
the windowed one is told apart by its name and opens the window instead of the command line.
"""

import sys
from pathlib import Path

IS_DESK = Path(sys.argv[0]).stem.lower().startswith("checkin-desk")


def _run() -> int:
    """The window's program or the command line, importing only the one that runs."""
    if IS_DESK:
        from checkin.commands.gui import desk_main

        return desk_main()
    from checkin.cli import main

    return main()


if getattr(sys, "frozen", False):  # the dashboard's reading and the badge process start it again
    import multiprocessing

    multiprocessing.freeze_support()  # in that process: run the read, never the program
raise SystemExit(_run())
