"""Run the command line as ``python -m checkin``."""

from checkin.cli import main

raise SystemExit(main())
