"""Another program on the same event file, as `checkin info` is beside a running desk."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

READ_ELSEWHERE = "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
READ_ELSEWHERE += "print(c.execute('SELECT count(*) FROM checkins').fetchone()[0]); c.close()"


def read_elsewhere(db: Path) -> int:
    """Open, read and close the event file in another process; return its check-in count.

    Its close is the one that deletes the -wal when it takes itself for the file's last user.
    """
    done = subprocess.run([sys.executable, "-c", READ_ELSEWHERE, str(db)], capture_output=True,
                          text=True, check=True, timeout=60)  # fmt: skip
    return int(done.stdout)
