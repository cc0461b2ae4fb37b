"""Write tests/data/schemas/v<N>.sqlite: a small event file of the current schema.

Run once per released schema version and commit the file, so later releases are tested on
upgrading it (forward-only migrations, as ARCHITECTURE.md asks).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from checkin.desk import Desk
from checkin.domain.model import Registration
from checkin.store import schema

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    target = ROOT / "tests" / "data" / "schemas" / f"v{schema.SCHEMA_VERSION}.sqlite"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.unlink(missing_ok=True)
    desk = Desk.create(target, "Skjemaprøve", (date(2026, 6, 1), date(2026, 6, 2)))
    person = Registration("F1", "Åse", "Ødegård", "Haukeland universitetssjukehus")
    desk.add_registrations([person])
    desk.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    desk.conn.execute("PRAGMA journal_mode = DELETE")
    desk.close()
    print(target)


if __name__ == "__main__":
    main()
